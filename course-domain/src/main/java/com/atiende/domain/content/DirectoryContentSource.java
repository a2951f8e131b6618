package com.atiende.domain.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Content in a directory, e.g. while a trainer edits a course before zipping it. */
final class DirectoryContentSource implements ContentSource {

    private final Path root;

    DirectoryContentSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        Path file = root.resolve(ContentPaths.requireRelative(relativePath)).normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
