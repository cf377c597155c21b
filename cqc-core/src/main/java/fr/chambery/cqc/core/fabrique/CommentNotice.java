package fr.chambery.cqc.core.fabrique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A comment waiting for its subject's author's next daily digest. */
@Entity
@Table(name = "fabrique_comment_notice")
public class CommentNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "comment_id", nullable = false, unique = true)
    private Long commentId;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    protected CommentNotice() {
    }

    CommentNotice(long subjectId, long commentId, Instant queuedAt) {
        this.subjectId = subjectId;
        this.commentId = commentId;
        this.queuedAt = queuedAt;
    }
}
