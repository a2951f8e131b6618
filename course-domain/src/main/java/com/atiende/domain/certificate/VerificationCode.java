package com.atiende.domain.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code that lets anyone verify a certificate. Twelve characters from an alphabet of 31 without look-alikes
 * (no 0/O, 1/I/L): about 59 bits from a {@link SecureRandom}, so codes cannot be guessed or enumerated. Codes are
 * stored in upper case; what a person types is {@link #normalize normalised} first, so case, spaces and hyphens do
 * not matter.
 */
public final class VerificationCode {

    /** The characters a code is made of: digits and letters that cannot be mistaken for one another. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new random code. */
    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** A typed code in the stored form: upper case, without the spaces and hyphens people add for readability. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
