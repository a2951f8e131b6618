package com.atiende.domain.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where content files come from, addressed by paths relative to the content root ({@code courses.yaml},
 * {@code atencion/lessons/mirar.md}). The reader only ever asks for files by name, so the same reading and the same
 * checks serve the shipped content jar, a working directory and a trainer's zip import.
 */
@FunctionalInterface
public interface ContentSource {

    /**
     * The bytes of a file, or empty when it does not exist.
     *
     * @param relativePath forward-slash path below the content root, without {@code ..} segments
     * @throws IllegalArgumentException for an absolute path or one that leaves the content root
     */
    Optional<byte[]> read(String relativePath);

    /**
     * Content on the class path, e.g. the shipped content jar.
     *
     * @param root folder of the content root on the class path, e.g. {@code content/}
     */
    static ContentSource classpath(ClassLoader loader, String root) {
        return new ClasspathContentSource(loader, root);
    }

    /** Content in a directory of the file system. */
    static ContentSource directory(Path root) {
        return new DirectoryContentSource(root);
    }

    /**
     * Content in a zip archive, read whole into memory. The archive may hold the content root itself or one folder
     * that holds it.
     *
     * @throws IOException when the bytes are not a readable zip or exceed the import limits
     */
    static ContentSource zip(byte[] archive) throws IOException {
        return ZipContentSource.of(archive);
    }

    /** Like {@link #zip(byte[])}, reading the archive from a stream (which is not closed). */
    static ContentSource zip(InputStream archive) throws IOException {
        return ZipContentSource.of(archive);
    }
}
