package com.atiende.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Word runs ("shingles") and their fingerprints, for {@link SeedOverlapTest}. Content and essays are normalised the
 * same way: Unicode NFD with the combining marks removed (so accents and the tilde are stripped: «Atención» and
 * «atencion» are one word, «año» becomes «ano»), lower case, and split into words on every character that is not a
 * letter or a digit (so punctuation, quotes and Markdown marks such as {@code **}, {@code ##} or {@code >} drop out).
 * A shingle is {@value #RUN} consecutive words joined by one space; its fingerprint is the first 16 hex digits of the
 * SHA-256 of that string in UTF-8.
 *
 * <p>The fingerprint file {@code src/test/resources/seed-shingles.txt} holds the fingerprints of every shingle of
 * the essays in {@code shared/seeds/} (sorted, unique, one per line, after a {@code #} header), never their words,
 * so the repository can check for copies without carrying the essays. To write it again after the essays change, run
 * this class, which needs only the JDK, from the repository root (no build needed):
 *
 * <pre>
 * java content/src/test/java/com/atiende/content/SeedShingles.java ../shared/seeds \
 *     content/src/test/resources/seed-shingles.txt
 * </pre>
 *
 * (or run {@link SeedOverlapTest} with {@code -Datiende.seedShingles.write=true}, see there).
 */
final class SeedShingles {

    /** Words in a run: this many consecutive words shared with an essay count as copied. */
    static final int RUN = 8;

    static final String HEADER = """
            # Fingerprints of the seed essays (shared/seeds/*.txt), for SeedOverlapTest. No words of the essays here.
            # Each line: the first 16 hex digits of SHA-256 (UTF-8) of one run of %d consecutive words of an essay,
            # normalised by SeedShingles (accents stripped, lower case, split on anything not a letter or digit,
            # joined by one space). Sorted, unique. Written by SeedShingles (see its Javadoc) from %d essay(s):
            # %s.
            # Do not edit by hand; SeedOverlapTest.theFingerprintFileMatchesTheEssays checks it when the essays are
            # present.
            """;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SeedShingles() {
    }

    /** The words of a text, normalised as described above. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NOT_A_WORD.split(plain.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).toList();
    }

    /** The fingerprint of the run of {@link #RUN} words starting at {@code from}. */
    static String fingerprint(List<String> words, int from) {
        return fingerprint(String.join(" ", words.subList(from, from + RUN)));
    }

    static String fingerprint(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The essays of a seeds folder: its {@code .txt} files, by name. */
    static List<Path> essays(Path seeds) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The text of the fingerprint file that the essays in {@code seeds} give. */
    static String fingerprintFile(Path seeds) throws IOException {
        List<Path> essays = essays(seeds);
        TreeSet<String> fingerprints = new TreeSet<>();
        for (Path essay : essays) {
            List<String> words = words(Files.readString(essay, StandardCharsets.UTF_8));
            for (int from = 0; from + RUN <= words.size(); from++) {
                fingerprints.add(fingerprint(words, from));
            }
        }
        List<String> names = new ArrayList<>();
        essays.forEach(essay -> names.add(essay.getFileName().toString()));
        StringBuilder file = new StringBuilder(String.format(Locale.ROOT, HEADER, RUN, essays.size(),
                String.join(", ", names)));
        fingerprints.forEach(fingerprint -> file.append(fingerprint).append('\n'));
        return file.toString();
    }

    /** The fingerprints listed in a fingerprint file's text (its non-blank lines that are not comments). */
    static TreeSet<String> parse(String fingerprintFile) {
        TreeSet<String> fingerprints = new TreeSet<>();
        fingerprintFile.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(fingerprints::add);
        return fingerprints;
    }

    /**
     * Writes the fingerprint file.
     *
     * @param args the seeds folder (default {@code ../shared/seeds}) and the file to write (default
     *             {@code content/src/test/resources/seed-shingles.txt}), both relative to the working directory
     */
    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        Path target = Path.of(args.length > 1 ? args[1] : "content/src/test/resources/seed-shingles.txt");
        String text = fingerprintFile(seeds);
        Files.writeString(target, text, StandardCharsets.UTF_8);
        System.out.println("Wrote " + parse(text).size() + " fingerprints of " + essays(seeds).size() + " essay(s) to "
                + target);
    }
}
