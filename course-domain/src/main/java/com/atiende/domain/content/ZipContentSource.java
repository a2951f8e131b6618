package com.atiende.domain.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Content in a zip archive, as a trainer uploads it. The archive is read whole, within limits that keep a hostile or
 * mistaken upload (a zip bomb, a whole disk) from exhausting memory; names that would leave the root are ignored.
 */
final class ZipContentSource implements ContentSource {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

    private static final String MARKER = "courses.yaml";

    private final Map<String, byte[]> files;

    private ZipContentSource(Map<String, byte[]> files) {
        this.files = files;
    }

    static ZipContentSource of(byte[] archive) throws IOException {
        return of(new ByteArrayInputStream(archive));
    }

    static ZipContentSource of(InputStream archive) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entries.size() >= MAX_ENTRIES) {
                throw new IOException("the zip holds more than " + MAX_ENTRIES + " files");
            }
            byte[] bytes = readEntry(zip, MAX_TOTAL_BYTES - total);
            total += bytes.length;
            if (!entry.isDirectory() && isSafe(entry.getName())) {
                entries.put(entry.getName(), bytes);
            }
        }
        return new ZipContentSource(withinRoot(entries));
    }

    private static byte[] readEntry(InputStream zip, long allowed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
            if (out.size() + (long) read > allowed) {
                throw new IOException("the zip unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static boolean isSafe(String name) {
        try {
            ContentPaths.requireRelative(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Zip tools often wrap everything in one folder: then that folder is the content root. */
    private static Map<String, byte[]> withinRoot(Map<String, byte[]> entries) {
        if (entries.containsKey(MARKER)) {
            return entries;
        }
        String prefix = null;
        for (String name : entries.keySet()) {
            int slash = name.indexOf('/');
            if (slash > 0 && name.substring(slash + 1).equals(MARKER)) {
                if (prefix != null) {
                    return entries;
                }
                prefix = name.substring(0, slash + 1);
            }
        }
        if (prefix == null) {
            return entries;
        }
        Map<String, byte[]> rooted = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith(prefix)) {
                rooted.put(entry.getKey().substring(prefix.length()), entry.getValue());
            }
        }
        return rooted;
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        return Optional.ofNullable(files.get(ContentPaths.requireRelative(relativePath)));
    }
}
