package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.document.DocumentFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject (sujet) a member proposes to her council: published at once, moderated afterwards. Its author
 * is her sign-up ({@code membership}); when she leaves or erases her data the subject stays, unsigned.
 * The public sees the author's first name and initial only ({@link #authorLabel()}).
 */
@Entity
@Table(name = "fabrique_subject")
public class Sujet {

    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 5_000;
    public static final int PLACE_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Theme theme;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "author_membership_id")
    private Long authorMembershipId;

    @Column(name = "author_label", length = 60)
    private String authorLabel;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EtatSujet state = EtatSujet.PROPOSE;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "attachment_hash", length = 64)
    private String attachmentHash;

    @Column(name = "attachment_name", length = 255)
    private String attachmentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "attachment_format", length = 10)
    private DocumentFormat attachmentFormat;

    @Column(name = "attachment_size")
    private Long attachmentSize;

    @Version
    private long version;

    protected Sujet() {
    }

    /** A new subject, as its author sent it (already checked by the caller). */
    public Sujet(long spaceId, String title, String description, Theme theme, String place,
                 long authorMembershipId, String authorLabel, Instant now) {
        this.spaceId = spaceId;
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.place = place;
        this.authorMembershipId = authorMembershipId;
        this.authorLabel = authorLabel;
        this.proposedAt = Objects.requireNonNull(now, "now");
    }

    /** The file its author joined when she proposed it. */
    void attach(PieceJointe pieceJointe) {
        attachmentHash = pieceJointe.hash();
        attachmentName = pieceJointe.fileName();
        attachmentFormat = pieceJointe.format();
        attachmentSize = pieceJointe.size();
    }

    /** Its author withdraws it (retiré); it stays visible, marked as such. */
    void withdraw() {
        requireOpen();
        state = EtatSujet.RETIRE;
    }

    /** The moderators set it aside (non retenu). */
    void setAside() {
        requireOpen();
        state = EtatSujet.NON_RETENU;
    }

    /** The moderators merge it into {@code target}, of the same council, whose page it then points to. */
    void mergeInto(Sujet target) {
        requireOpen();
        if (target.spaceId != spaceId || target.id.equals(id) || target.isHidden()
                || !(target.state == EtatSujet.PROPOSE || target.state == EtatSujet.RETENU)) {
            throw FabriqueRefusal.mergeTarget(target.title);
        }
        state = EtatSujet.FUSIONNE;
        mergedIntoId = target.id;
    }

    /** The moderators hide it: its text stays stored (and in the log), the public sees only the reason. */
    void hide(String reason, Instant now) {
        if (isHidden()) {
            throw FabriqueRefusal.alreadyHidden();
        }
        hiddenAt = now;
        hiddenReason = reason;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw FabriqueRefusal.closed(state);
        }
    }

    public Long id() {
        return id;
    }

    public long spaceId() {
        return spaceId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Theme theme() {
        return theme;
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<Long> authorMembershipId() {
        return Optional.ofNullable(authorMembershipId);
    }

    /** « Prénom I. », or empty once the author has left (the page then says so). */
    public Optional<String> authorLabel() {
        return Optional.ofNullable(authorLabel);
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public EtatSujet state() {
        return state;
    }

    public Optional<Long> mergedIntoId() {
        return Optional.ofNullable(mergedIntoId);
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Optional<String> hiddenReason() {
        return Optional.ofNullable(hiddenReason);
    }

    public long version() {
        return version;
    }

    /** The file joined to it, if any. */
    public Optional<PieceJointe> attachment() {
        return attachmentHash == null ? Optional.empty()
                : Optional.of(new PieceJointe(attachmentHash, attachmentName, attachmentFormat, attachmentSize));
    }

    /**
     * Retained into the council's programme de travail (it becomes a projet): only an open, visible subject.
     *
     * @throws ProjetRefusal otherwise
     */
    void retainIntoProgramme() {
        if (!state.isOpen() || isHidden()) {
            throw new ProjetRefusal("refusal.projet.notRetainable", title);
        }
        state = EtatSujet.RETENU;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sujet other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
