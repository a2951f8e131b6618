package com.atiende.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation's refusals of an API request in the client's language, whatever the server's own: our messages
 * (ValidationMessages) and the validator's, each named by the member of the request it is about. The server here
 * speaks English (Locale.getDefault), as a container image usually does, so a Spanish text can only come from the
 * request. What JAX-RS itself refuses is checked against the running server (ApiProblemsIT).
 */
class ProblemMappersTest {

    private static Locale serverLocale;
    private static ValidatorFactory validation;
    private static Validator validator;

    /** A body as an endpoint might declare it, with a message of ours and the validator's own. */
    record Order(@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") String email,
                 @Size(max = 3) List<@Email String> emails, @Max(1000) int size) {
    }

    @BeforeAll
    static void englishServer() {
        serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        // The validator logs through JBoss Logging, which would otherwise take the log4j 1 that the HTML checker
        // brings to the test class path and warn that it has no appender.
        System.setProperty("org.jboss.logging.provider", "jdk");
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void restoreLocale() {
        validation.close();
        Locale.setDefault(serverLocale);
    }

    @Test
    void saysEachViolationInTheClientsLanguageNotTheServers() {
        Set<ConstraintViolation<?>> violations = new HashSet<>(validator.validate(new Order("", List.of(), 5000)));

        assertThat(ProblemMappers.fieldErrors(violations, Locale.forLanguageTag("es"))).containsExactly(
                new Problem.FieldError("email", "Escribe el correo electrónico."),
                new Problem.FieldError("size", "debe ser menor que o igual a 1000"));
        assertThat(ProblemMappers.fieldErrors(violations, Locale.ENGLISH)).containsExactly(
                new Problem.FieldError("email", "Enter the e-mail address."),
                new Problem.FieldError("size", "must be less than or equal to 1000"));
    }

    @Test
    void namesAnElementOfAListByItsIndex() {
        Set<ConstraintViolation<?>> violations = new HashSet<>(validator.validate(
                new Order("ana@example.com", List.of("ana@example.com", "no es un correo"), 1)));

        assertThat(ProblemMappers.fieldErrors(violations, Locale.forLanguageTag("es"))).containsExactly(
                new Problem.FieldError("emails[1]", "debe ser una dirección de correo electrónico con formato correcto"));
    }
}
