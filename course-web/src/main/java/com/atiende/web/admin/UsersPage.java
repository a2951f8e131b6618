package com.atiende.web.admin;

import com.atiende.assessment.account.Account;
import com.atiende.assessment.account.AccountProblem;
import com.atiende.assessment.account.AccountService;
import com.atiende.assessment.account.NewAccount;
import com.atiende.domain.learner.Role;
import com.atiende.web.common.KeysetDataModel;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Account administration: the people, paged by key in the database; creating a person; changing roles; deactivating;
 * resetting a password. New and reset passwords are shown once, to be handed over.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    private String filter;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.invalid}")
    private String email;

    @NotBlank(message = "{account.name.required}")
    @Size(max = 200, message = "{account.name.tooLong}")
    private String displayName;

    @Size(max = 120, message = "{account.department.tooLong}")
    private String department;

    @Email(message = "{account.manager.invalid}")
    private String managerEmail;

    @NotEmpty(message = "{account.roles.required}")
    private Role[] roles = {Role.EMPLOYEE};

    private String language = "es";

    private Long rolesOf;
    private String rolesOfEmail;
    private Role[] newRoles;

    private String oneTimePassword;
    private String oneTimePasswordFor;

    private final KeysetDataModel<Account, Account.Key> people = new KeysetDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return accounts.count(filter);
        }

        @Override
        protected List<Account> page(Account.Key after, int size) {
            return accounts.page(filter, after, size);
        }

        @Override
        protected Account.Key keyOf(Account account) {
            return account.key();
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.id());
        }
    };

    public void create() {
        try {
            NewAccount account = new NewAccount(email, displayName, department, managerEmail, EnumSet.copyOf(List.of(roles)), language);
            oneTimePassword = accounts.create(currentUser.email(), account);
            oneTimePasswordFor = email;
            Messages.info("account.created", email);
            email = null;
            displayName = null;
            department = null;
            managerEmail = null;
            roles = new Role[] {Role.EMPLOYEE};
        } catch (AccountProblem problem) {
            Messages.error(problem.getKey().startsWith("account.manager") ? "create:manager" : "create:email", problem);
        }
    }

    /** Starts editing a person's roles: the roles form below the table fills in with theirs. */
    public void editRoles(Account account) {
        rolesOf = account.id();
        rolesOfEmail = account.email();
        newRoles = account.roles().toArray(Role[]::new);
    }

    public void changeRoles() {
        try {
            accounts.changeRoles(currentUser.email(), rolesOf,
                    newRoles == null || newRoles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(newRoles)));
            Messages.info("account.rolesChanged", rolesOfEmail);
            rolesOf = null;
        } catch (AccountProblem problem) {
            Messages.error("roles:newRoles", problem);
            // Keeps the roles dialog open on its message (its save closes it unless validation failed).
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Long getRolesOf() {
        return rolesOf;
    }

    public String getRolesOfEmail() {
        return rolesOfEmail;
    }

    public Role[] getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(Role[] newRoles) {
        this.newRoles = newRoles;
    }

    public void toggleActive(Account account) {
        try {
            if (account.active()) {
                accounts.deactivate(currentUser.email(), account.id());
                Messages.info("account.deactivated", account.email());
            } else {
                accounts.activate(currentUser.email(), account.id());
                Messages.info("account.activated", account.email());
            }
        } catch (AccountProblem problem) {
            Messages.error(null, problem);
        }
    }

    public void resetPassword(Account account) {
        try {
            oneTimePassword = accounts.resetPassword(currentUser.email(), account.id());
            oneTimePasswordFor = account.email();
        } catch (AccountProblem problem) {
            Messages.error(null, problem);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public KeysetDataModel<Account, Account.Key> getPeople() {
        return people;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        if (!Objects.equals(filter, this.filter)) {
            people.restart();
        }
        this.filter = filter;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String managerEmail) {
        this.managerEmail = managerEmail;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimePasswordFor() {
        return oneTimePasswordFor;
    }
}
