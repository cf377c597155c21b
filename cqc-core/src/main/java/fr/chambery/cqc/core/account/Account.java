package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Role;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone who signs in: an administrator, a moderator (of every space, or of the spaces assigned), or a
 * citizen. Staff accounts need a second factor. Identified by e-mail address, kept in lower case.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "totp_secret", length = 100)
    private String totpSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** The spaces a moderator moderates; none means every space. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_space", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "assembly_id")
    private Set<Long> moderatedSpaceIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When an administrator disabled the account; null while it is active. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, Role role, String passwordHash, Instant createdAt) {
        this.email = normalise(email);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name is required");
        }
        this.displayName = displayName.strip();
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The e-mail address as accounts are keyed: stripped, lower case. */
    public static String normalise(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalised).matches() || normalised.length() > 254) {
            throw new IllegalArgumentException("Invalid e-mail address");
        }
        return normalised;
    }

    public void enrolSecondFactor(String secret) {
        this.totpSecret = Objects.requireNonNull(secret);
        this.totpLastStep = null;
    }

    /** Records the step of an accepted code, so that the same code is never accepted twice. */
    void useSecondFactorStep(long step) {
        this.totpLastStep = step;
    }

    /** Stops the account: it signs in no more, and its sessions and API tokens stop on their next request. */
    void disable(Instant at) {
        if (disabledAt == null) {
            disabledAt = Objects.requireNonNull(at);
        }
    }

    void enable() {
        disabledAt = null;
    }

    /** Replaces the password hash (the caller checked the policy and the owner's credentials). */
    void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void changeRole(Role newRole, Set<Long> spaceIds) {
        this.role = Objects.requireNonNull(newRole, "role");
        assignSpaces(spaceIds);
    }

    public void assignSpaces(Set<Long> spaceIds) {
        moderatedSpaceIds.clear();
        moderatedSpaceIds.addAll(spaceIds);
    }

    public Long id() { return id; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public Role role() { return role; }
    String passwordHash() { return passwordHash; }
    Optional<String> totpSecret() { return Optional.ofNullable(totpSecret); }
    Long totpLastStep() { return totpLastStep; }
    public boolean hasSecondFactor() { return totpSecret != null; }
    public boolean isActive() { return disabledAt == null; }
    public Optional<Instant> disabledAt() { return Optional.ofNullable(disabledAt); }
    public Set<Long> moderatedSpaceIds() { return Collections.unmodifiableSet(moderatedSpaceIds); }

    /** This account as the one who asks: its e-mail, its role and the spaces it moderates. */
    public Actor actor() {
        return new Actor(Optional.of(email), Optional.of(role), Set.copyOf(moderatedSpaceIds));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account other && Objects.equals(email, other.email);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(email);
    }
}
