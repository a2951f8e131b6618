package com.atiende.domain.certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTest {

    @Test
    void usesTwelveCharactersOfAnAlphabetWithoutLookAlikes() {
        String code = VerificationCode.generate();

        assertThat(code).hasSize(12).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}");
        assertThat(VerificationCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void drawsEveryCharacterOfTheAlphabet() {
        SplittableRandom random = new SplittableRandom(42);
        Set<Character> seen = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> VerificationCode.generate(random).chars()
                .forEach(c -> seen.add((char) c)));

        assertThat(seen).hasSize(VerificationCode.ALPHABET.length());
    }

    @Test
    void generatesDistinctCodes() {
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 100_000).forEach(i -> codes.add(VerificationCode.generate()));

        assertThat(codes).hasSize(100_000);
    }

    @ParameterizedTest
    @CsvSource({
            "abcd-efgh-jkmn, ABCDEFGHJKMN",
            "' ABCD EFGH JKMN ', ABCDEFGHJKMN",
            "ABCDEFGHJKMN, ABCDEFGHJKMN",
            "'', ''"})
    void normalisesWhatAPersonTypes(String typed, String stored) {
        assertThat(VerificationCode.normalize(typed)).isEqualTo(stored);
    }

    @Test
    void normalisesNothingToAnEmptyCode() {
        assertThat(VerificationCode.normalize(null)).isEmpty();
    }
}
