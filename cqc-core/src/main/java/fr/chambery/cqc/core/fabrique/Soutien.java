package fr.chambery.cqc.core.fabrique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A member's support of a subject in a priorisation. Once her sign-up is gone (erased) the support stays,
 * counted, with no one behind it.
 */
@Entity
@Table(name = "fabrique_support")
public class Soutien {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "priorisation_id", nullable = false)
    private Long priorisationId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "membership_id")
    private Long membershipId;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected Soutien() {
    }

    Soutien(long priorisationId, long subjectId, Long membershipId, Instant givenAt) {
        this.priorisationId = priorisationId;
        this.subjectId = subjectId;
        this.membershipId = membershipId;
        this.givenAt = givenAt;
    }

    public Long id() { return id; }
    public long priorisationId() { return priorisationId; }
    public long subjectId() { return subjectId; }
    public Optional<Long> membershipId() { return Optional.ofNullable(membershipId); }
    public Instant givenAt() { return givenAt; }
}
