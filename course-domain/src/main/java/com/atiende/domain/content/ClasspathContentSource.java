package com.atiende.domain.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/** Content below a folder of the class path, as shipped in the content jar. */
final class ClasspathContentSource implements ContentSource {

    private final ClassLoader loader;
    private final String root;

    ClasspathContentSource(ClassLoader loader, String root) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.root = root.isEmpty() || root.endsWith("/") ? root : root + "/";
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        String path = root + ContentPaths.requireRelative(relativePath);
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path resource " + path, e);
        }
    }
}
