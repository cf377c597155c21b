package fr.chambery.cqc.core.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.INVALID;

/**
 * A document of a space (Decidim's attachment): what citizens read about it (title, description, its
 * collection, the meeting whose minutes it is) and which of its versions is the current one. The public
 * sees only published documents, and only their current version.
 */
@Entity
@Table(name = "document")
public class Document {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Document() {
    }

    Document(long spaceId, DocumentDraft draft, int position, Instant now) {
        this.spaceId = spaceId;
        this.position = position;
        this.createdAt = now;
        this.currentVersion = 1;
        describe(draft, now);
    }

    /** Sets what people read; the {@link DocumentIndex} is refreshed apart. */
    void describe(DocumentDraft draft, Instant now) {
        String t = draft.title() == null ? "" : draft.title().strip();
        if (t.isEmpty()) {
            throw new DocumentRefusedException(INVALID, "refusal.document.title.missing");
        }
        if (t.length() > MAX_TITLE) {
            throw new DocumentRefusedException(INVALID, "refusal.document.title.tooLong", MAX_TITLE);
        }
        String d = draft.description() == null ? "" : draft.description().strip();
        if (d.length() > MAX_DESCRIPTION) {
            throw new DocumentRefusedException(INVALID, "refusal.document.description.tooLong", MAX_DESCRIPTION);
        }
        this.title = t;
        this.description = d.isEmpty() ? null : d;
        this.collectionId = draft.collectionId();
        this.meetingId = draft.meetingId();
        this.updatedAt = now;
    }

    void replacedBy(int versionNumber, Instant now) {
        this.currentVersion = versionNumber;
        this.updatedAt = now;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void publish(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void unpublish() {
        publishedAt = null;
    }

    public Long id() {
        return id;
    }

    public long spaceId() {
        return spaceId;
    }

    public Optional<Long> collectionId() {
        return Optional.ofNullable(collectionId);
    }

    public Optional<Long> meetingId() {
        return Optional.ofNullable(meetingId);
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public int position() {
        return position;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
