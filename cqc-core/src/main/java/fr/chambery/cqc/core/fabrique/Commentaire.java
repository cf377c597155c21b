package fr.chambery.cqc.core.fabrique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's comment on a subject, or her reply to a comment (one level only). Hidden by the moderators,
 * its text stays stored for the log; the page shows the public reason in its place.
 */
@Entity
@Table(name = "fabrique_comment")
public class Commentaire {

    public static final int BODY_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "author_membership_id")
    private Long authorMembershipId;

    @Column(name = "author_label", length = 60)
    private String authorLabel;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Version
    private long version;

    protected Commentaire() {
    }

    Commentaire(long subjectId, Long parentId, String body, long authorMembershipId, String authorLabel, Instant now) {
        this.subjectId = subjectId;
        this.parentId = parentId;
        this.body = Objects.requireNonNull(body, "body");
        this.authorMembershipId = authorMembershipId;
        this.authorLabel = authorLabel;
        this.writtenAt = Objects.requireNonNull(now, "now");
    }

    void hide(String reason, Instant now) {
        if (isHidden()) {
            throw FabriqueRefusal.alreadyHidden();
        }
        hiddenAt = now;
        hiddenReason = reason;
    }

    public Long id() { return id; }
    public long subjectId() { return subjectId; }
    public Optional<Long> parentId() { return Optional.ofNullable(parentId); }
    public boolean isReply() { return parentId != null; }
    public String body() { return body; }
    public Optional<Long> authorMembershipId() { return Optional.ofNullable(authorMembershipId); }
    /** « Prénom I. », or empty once the author has left. */
    public Optional<String> authorLabel() { return Optional.ofNullable(authorLabel); }
    public Instant writtenAt() { return writtenAt; }
    public boolean isHidden() { return hiddenAt != null; }
    public Optional<String> hiddenReason() { return Optional.ofNullable(hiddenReason); }
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commentaire other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
