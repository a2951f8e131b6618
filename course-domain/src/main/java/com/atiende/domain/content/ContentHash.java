package com.atiende.domain.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * The fingerprint of a course's files: SHA-256 over each file's path and bytes, in path order. Paths count so that
 * renaming a lesson changes the hash; each part is length-prefixed so that no two different sets of files can
 * feed the digest the same bytes.
 */
final class ContentHash {

    private ContentHash() {
    }

    /** Lower-case hex SHA-256 of the files, keyed by path relative to the content root. */
    static String of(SortedMap<String, byte[]> files) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            update(digest, file.getKey().getBytes(StandardCharsets.UTF_8));
            update(digest, file.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
        digest.update(part);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
