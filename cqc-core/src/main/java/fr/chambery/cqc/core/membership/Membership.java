package fr.chambery.cqc.core.membership;

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

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person's sign-up to a council: pending until they follow the link of the confirmation e-mail. One
 * per e-mail and council; signing up again updates it.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LienAuQuartier lien;

    @Column(name = "consent_version", nullable = false, length = 20)
    private String consentVersion;

    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;

    @Column(name = "signed_up_at", nullable = false)
    private Instant signedUpAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_working_group", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "working_group_id")
    private Set<Long> workingGroupIds = new HashSet<>();

    protected Membership() {
    }

    Membership(long spaceId, String email, Instant now) {
        this.spaceId = spaceId;
        this.email = email;
        this.signedUpAt = now;
    }

    /** What the form says, each time it is sent. */
    void fill(SignUp signUp, Set<Long> groups, Instant now) {
        this.name = signUp.name().strip();
        this.lien = signUp.lien();
        this.consentVersion = SignUp.CONSENT_VERSION;
        this.consentedAt = now;
        this.workingGroupIds = new HashSet<>(groups);
    }

    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public Long id() { return id; }
    public long spaceId() { return spaceId; }
    public String email() { return email; }
    public String name() { return name; }
    public LienAuQuartier lien() { return lien; }
    public String consentVersion() { return consentVersion; }
    public Instant consentedAt() { return consentedAt; }
    public Instant signedUpAt() { return signedUpAt; }
    public Optional<Instant> confirmedAt() { return Optional.ofNullable(confirmedAt); }
    public boolean isConfirmed() { return confirmedAt != null; }
    public Set<Long> workingGroupIds() { return Set.copyOf(workingGroupIds); }
}
