package com.atiende.assessment.account;

import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Adds one person, checking what only the database knows (the e-mail is free, the manager exists). Shared by
 * account creation and the directory import so both apply the same rules; joins the caller's transaction.
 */
@ApplicationScoped
public class AccountRegistry {

    @Inject
    private LearnerRepository learners;

    @Inject
    private Clock clock;

    public Learner register(NewAccount account) throws AccountProblem {
        if (learners.findByEmail(account.email()).isPresent()) {
            throw new AccountProblem("account.email.taken", account.email());
        }
        Learner learner = new Learner(account.email(), account.displayName(), account.department(), account.roles(),
                clock.instant());
        learner.preferLanguage(account.preferredLanguage());
        if (account.managerEmail() != null && !account.managerEmail().isBlank()) {
            Learner manager = learners.findByEmail(account.managerEmail())
                    .orElseThrow(() -> new AccountProblem("account.manager.unknown", account.managerEmail()));
            learner.moveTo(account.department(), manager);
        }
        learners.store(learner);
        return learner;
    }
}
