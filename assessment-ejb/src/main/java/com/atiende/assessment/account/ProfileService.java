package com.atiende.assessment.account;

import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What people may change about themselves: their name as shown, and the interface language. */
@Stateless
public class ProfileService {

    @Inject
    private LearnerRepository learners;

    /**
     * Updates the caller's own profile and returns how they are signed in now.
     *
     * @param language {@code es}, {@code en}, or null to follow the browser
     */
    public SignedIn update(long learnerId,
                           @NotBlank(message = "{account.name.required}") @Size(max = 200, message = "{account.name.tooLong}") String displayName,
                           @Pattern(regexp = "es|en", message = "{account.language.invalid}") String language)
            throws AccountProblem {
        Learner learner = learners.find(learnerId).orElseThrow(() -> new AccountProblem("account.unknown", learnerId));
        learner.rename(displayName);
        learner.preferLanguage(language == null || language.isBlank() ? null : language);
        return SignInService.signedIn(learner);
    }
}
