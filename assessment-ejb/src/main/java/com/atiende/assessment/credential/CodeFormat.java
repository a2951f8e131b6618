package com.atiende.assessment.credential;

import com.atiende.domain.certificate.VerificationCode;
import java.util.Optional;

/**
 * Whether typed text can be a verification code at all: {@link VerificationCode#LENGTH} characters of its alphabet
 * once normalised (case, spaces and hyphens do not matter). Public verification tells a malformed code from an
 * unknown one without looking anything up.
 */
public final class CodeFormat {

    private CodeFormat() {
    }

    /** The code in its stored form, or empty when the text cannot be a code. */
    public static Optional<String> wellFormed(String typed) {
        String code = VerificationCode.normalize(typed);
        return code.length() == VerificationCode.LENGTH
                && code.chars().allMatch(c -> VerificationCode.ALPHABET.indexOf(c) >= 0)
                ? Optional.of(code) : Optional.empty();
    }
}
