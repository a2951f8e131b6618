package com.atiende.domain.learner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in to Atiende. Everyone is a learner (HR and trainers take courses too); roles add powers.
 * The e-mail address is the sign-in name, kept in lower case so that look-ups ignore case. The password is
 * stored only as a PBKDF2 hash produced by the security layer.
 */
@Entity
@Table(name = "learner")
@NamedQuery(name = "Learner.findByEmail", query = "SELECT l FROM Learner l WHERE l.email = :email")
@NamedQuery(name = "Learner.findByEmails", query = "SELECT l FROM Learner l WHERE l.email IN :emails")
@NamedQuery(name = "Learner.activeWithRole", query = "SELECT l FROM Learner l JOIN l.roles r"
        + " WHERE r = :role AND l.active = TRUE ORDER BY l.displayName, l.id")
@NamedQuery(name = "Learner.activeWithRoleIn", query = "SELECT l FROM Learner l JOIN l.roles r"
        + " WHERE r = :role AND l.active = TRUE AND l.department = :department ORDER BY l.displayName, l.id")
@NamedQuery(name = "Learner.countWithRole", query = "SELECT COUNT(l) FROM Learner l JOIN l.roles r WHERE r = :role AND l.active = TRUE")
@NamedQuery(name = "Learner.list", query = "SELECT l FROM Learner l WHERE" + Learner.MATCHING
        + " ORDER BY l.displayName, l.id")
@NamedQuery(name = "Learner.listAfter", query = "SELECT l FROM Learner l WHERE" + Learner.MATCHING
        + " AND (l.displayName > :name OR (l.displayName = :name AND l.id > :id)) ORDER BY l.displayName, l.id")
@NamedQuery(name = "Learner.count", query = "SELECT COUNT(l) FROM Learner l WHERE" + Learner.MATCHING)
@NamedQuery(name = "Learner.departments", query = "SELECT DISTINCT l.department FROM Learner l"
        + " WHERE l.department IS NOT NULL ORDER BY l.department")
public class Learner {

    /**
     * Name, e-mail or department contains {@code :filter}, a LIKE pattern in lower case; {@code %} matches everyone.
     * Always bound, so that the list's statement is one named query whether filtered or not.
     */
    static final String MATCHING = " (:filter = '%' OR LOWER(l.displayName) LIKE :filter OR l.email LIKE :filter"
            + " OR LOWER(l.department) LIKE :filter)";

    @Id
    @SequenceGenerator(name = "learner_seq", sequenceName = "learner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_seq")
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "department", length = 120)
    private String department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Learner manager;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** The interface language the person chose; null follows the browser's language. */
    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learner_role", joinColumns = @JoinColumn(name = "learner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Learner() {
        // for JPA
    }

    public Learner(String email, String displayName, String department, Set<Role> roles, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = requireText(displayName, "displayName");
        this.department = department == null || department.isBlank() ? null : department.strip();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The canonical form of a sign-in e-mail address: trimmed and in lower case. */
    public static String normalizeEmail(String email) {
        return requireText(email, "email").toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = requireText(newHash, "passwordHash");
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public void rename(String newDisplayName) {
        this.displayName = requireText(newDisplayName, "displayName");
    }

    public void moveTo(String newDepartment, Learner newManager) {
        if (newManager == this) {
            throw new IllegalArgumentException("a person cannot be their own manager");
        }
        this.department = newDepartment == null || newDepartment.isBlank() ? null : newDepartment.strip();
        this.manager = newManager;
    }

    /** Sets the interface language ({@code es} or {@code en}), or {@code null} to follow the browser. */
    public void preferLanguage(String language) {
        if (language != null && !"es".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("unsupported language: " + language);
        }
        this.preferredLanguage = language;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getDepartment() {
        return department;
    }

    public Learner getManager() {
        return manager;
    }

    public boolean isActive() {
        return active;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** In the roles' own order (employee, trainer, HR, administrator), whatever set the persistence layer loaded. */
    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
