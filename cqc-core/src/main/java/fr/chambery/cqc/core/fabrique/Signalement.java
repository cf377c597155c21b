package fr.chambery.cqc.core.fabrique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A report (signalement) of a subject or of one of its comments, with the reporter's reason: open until
 * the moderators hide the item or dismiss the report. The reporter is known to the moderators only.
 */
@Entity
@Table(name = "fabrique_report")
public class Signalement {

    public static final int REASON_MAX = 500;

    /** How the moderators closed it. */
    public enum Issue { HIDDEN, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(nullable = false, length = 254)
    private String reporter;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Issue outcome;

    protected Signalement() {
    }

    Signalement(long subjectId, Long commentId, String reporter, String reason, Instant now) {
        this.subjectId = subjectId;
        this.commentId = commentId;
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.reportedAt = Objects.requireNonNull(now, "now");
    }

    void close(Issue issue, Instant now) {
        if (closedAt == null) {
            closedAt = now;
            outcome = issue;
        }
    }

    public Long id() { return id; }
    public long subjectId() { return subjectId; }
    /** The comment reported, or empty when the report is about the subject itself. */
    public Optional<Long> commentId() { return Optional.ofNullable(commentId); }
    public String reporter() { return reporter; }
    public String reason() { return reason; }
    public Instant reportedAt() { return reportedAt; }
    public boolean isOpen() { return closedAt == null; }
    public Optional<Issue> outcome() { return Optional.ofNullable(outcome); }
}
