package com.atiende.assessment.account;

import com.atiende.assessment.audit.AuditDetail;
import com.atiende.assessment.audit.AuditService;
import com.atiende.domain.audit.AuditAction;
import com.atiende.domain.learner.Learner;
import com.atiende.domain.learner.LearnerRepository;
import com.atiende.domain.learner.Role;
import com.atiende.infrastructure.persistence.jpa.PeopleQueries;
import com.atiende.infrastructure.security.PasswordHashing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Account administration: create, (de)activate, change roles, reset passwords, list. Every change is
 * audit-logged in the same transaction. New passwords are random and returned once, to be handed to the person.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountService {

    @Inject
    private PeopleQueries people;

    @Inject
    private LearnerRepository learners;

    @Inject
    private AccountRegistry registry;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditService audit;

    /** Creates an account and returns its temporary password. */
    public String create(String actor, @Valid NewAccount account) throws AccountProblem {
        Learner learner = registry.register(account);
        String temporary = passwords.generateTemporaryPassword();
        learner.changePasswordHash(passwords.hash(temporary.toCharArray()));
        audit.record(AuditAction.ACCOUNT_CREATED, actor, learner.getEmail(), AuditDetail.roles(learner.getRoles()), null);
        return temporary;
    }

    public void changeRoles(String actor, long learnerId, Set<Role> roles) throws AccountProblem {
        if (roles.isEmpty()) {
            throw new AccountProblem("account.roles.required");
        }
        Learner learner = existing(learnerId);
        EnumSet<Role> before = learner.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(learner.getRoles());
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(learner);
        }
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                learner.grant(role);
            } else {
                learner.revoke(role);
            }
        }
        audit.record(AuditAction.ROLES_CHANGED, actor, learner.getEmail(), AuditDetail.rolesChanged(before, roles), null);
    }

    public void deactivate(String actor, long learnerId) throws AccountProblem {
        Learner learner = existing(learnerId);
        if (learner.getEmail().equalsIgnoreCase(actor)) {
            throw new AccountProblem("account.deactivate.self");
        }
        if (learner.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(learner);
        }
        learner.deactivate();
        audit.record(AuditAction.ACCOUNT_DEACTIVATED, actor, learner.getEmail(), null, null);
    }

    public void activate(String actor, long learnerId) throws AccountProblem {
        Learner learner = existing(learnerId);
        learner.activate();
        audit.record(AuditAction.ACCOUNT_ACTIVATED, actor, learner.getEmail(), null, null);
    }

    /** Sets a new random password and returns it once. */
    public String resetPassword(String actor, long learnerId) throws AccountProblem {
        Learner learner = existing(learnerId);
        String temporary = passwords.generateTemporaryPassword();
        learner.changePasswordHash(passwords.hash(temporary.toCharArray()));
        audit.record(AuditAction.PASSWORD_RESET, actor, learner.getEmail(), null, null);
        return temporary;
    }

    /**
     * People ordered by name, optionally filtered by name, e-mail or department: a page of {@code size} after this
     * person's place, or from the start when {@code after} is null.
     */
    public List<Account> page(String filter, Account.Key after, int size) {
        return people.page(filter, after == null ? null : after.displayName(), after == null ? 0 : after.id(), size)
                .stream().map(AccountService::account).toList();
    }

    public long count(String filter) {
        return people.count(filter);
    }

    private static Account account(Learner learner) {
        return new Account(learner.getId(), learner.getEmail(), learner.getDisplayName(), learner.getDepartment(),
                List.copyOf(learner.getRoles()), learner.isActive());
    }

    private Learner existing(long learnerId) throws AccountProblem {
        return learners.find(learnerId).orElseThrow(() -> new AccountProblem("account.unknown", learnerId));
    }

    private void requireAnotherAdmin(Learner learner) throws AccountProblem {
        if (learner.isActive() && learners.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new AccountProblem("account.lastAdmin");
        }
    }
}
