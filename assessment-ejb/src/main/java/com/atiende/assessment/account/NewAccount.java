package com.atiende.assessment.account;

import com.atiende.domain.learner.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** What an administrator (or a directory import line) says about a new person. */
public record NewAccount(
        @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 254, message = "{account.email.tooLong}") String email,
        @NotBlank(message = "{account.name.required}") @Size(max = 200, message = "{account.name.tooLong}") String displayName,
        @Size(max = 120, message = "{account.department.tooLong}") String department,
        @Email(message = "{account.manager.invalid}") String managerEmail,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
        @Pattern(regexp = "es|en", message = "{account.language.invalid}") String preferredLanguage) implements Serializable {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? null : preferredLanguage;
    }
}
