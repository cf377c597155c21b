package fr.chambery.cqc.core.fabrique;

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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A projet of a council's programme de travail: a subject the plénière retained, carried by a working group
 * (its two référent·es) or by the mairie de quartier, flagged when it needs the City. Followed with a status
 * (abandoned with a reason), a progress from 0 to 100 %, dated updates ({@link ProjetUpdate}), the City's
 * dated official answer and its linked meetings.
 */
@Entity
@Table(name = "fabrique_projet")
public class Projet {

    public static final int ANSWER_MAX = 5_000;
    public static final int REASON_MAX = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "pleniere_id")
    private Long pleniereId;

    @Column(name = "programme_year", nullable = false)
    private int year;

    @Column(nullable = false, length = Sujet.TITLE_MAX)
    private String title;

    @Column(name = "working_group_id")
    private Long workingGroupId;

    @Column(name = "needs_city", nullable = false)
    private boolean needsCity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatutProjet status = StatutProjet.A_L_ETUDE;

    @Column(name = "abandon_reason", length = REASON_MAX)
    private String abandonReason;

    @Column(nullable = false)
    private int progress;

    @Column(name = "retained_at", nullable = false)
    private Instant retainedAt;

    @Column(name = "realised_at")
    private Instant realisedAt;

    @Column(name = "city_answer", length = ANSWER_MAX)
    private String cityAnswer;

    @Column(name = "city_answered_at")
    private Instant cityAnsweredAt;

    // the linked meetings of all the projets a query reads, in one statement (not one a projet: flat cost)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "fabrique_projet_meeting", joinColumns = @JoinColumn(name = "projet_id"))
    @Column(name = "meeting_id")
    private Set<Long> meetingIds = new HashSet<>();

    @Version
    private long version;

    protected Projet() {
    }

    /** The projet a retained subject becomes; {@code workingGroupId} empty: carried by the mairie de quartier. */
    Projet(Sujet subject, Long pleniereId, int year, Long workingGroupId, boolean needsCity, Instant now) {
        this.spaceId = subject.spaceId();
        this.subjectId = Objects.requireNonNull(subject.id(), "subject id");
        this.pleniereId = pleniereId;
        this.year = year;
        this.title = subject.title();
        this.workingGroupId = workingGroupId;
        this.needsCity = needsCity;
        this.retainedAt = now;
    }

    void carry(Long group, boolean city) {
        this.workingGroupId = group;
        this.needsCity = city;
    }

    /** @throws ProjetRefusal when abandoned without a reason */
    void changeStatus(StatutProjet next, String reason, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (next == StatutProjet.ABANDONNE && why.isEmpty()) {
            throw new ProjetRefusal("refusal.projet.abandonReason");
        }
        if (why.length() > REASON_MAX) {
            throw new ProjetRefusal("refusal.projet.tooLong", REASON_MAX);
        }
        this.status = Objects.requireNonNull(next, "status");
        this.abandonReason = next == StatutProjet.ABANDONNE ? why : null;
        if (next == StatutProjet.REALISE) {
            this.realisedAt = now;
            this.progress = 100;
        } else {
            this.realisedAt = null;
        }
    }

    void progress(int percent) {
        if (percent < 0 || percent > 100) {
            throw new ProjetRefusal("refusal.projet.progressRange");
        }
        this.progress = percent;
    }

    void answer(String text, Instant now) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw new ProjetRefusal("refusal.projet.answerEmpty");
        }
        if (answer.length() > ANSWER_MAX) {
            throw new ProjetRefusal("refusal.projet.tooLong", ANSWER_MAX);
        }
        this.cityAnswer = answer;
        this.cityAnsweredAt = now;
    }

    void link(long meetingId) {
        meetingIds.add(meetingId);
    }

    public Long id() { return id; }
    public long spaceId() { return spaceId; }
    public long subjectId() { return subjectId; }
    public Optional<Long> pleniereId() { return Optional.ofNullable(pleniereId); }
    public int year() { return year; }
    public String title() { return title; }
    /** Empty: carried by the mairie de quartier. */
    public Optional<Long> workingGroupId() { return Optional.ofNullable(workingGroupId); }
    public boolean needsCity() { return needsCity; }
    public StatutProjet status() { return status; }
    public Optional<String> abandonReason() { return Optional.ofNullable(abandonReason); }
    public int progress() { return progress; }
    public Instant retainedAt() { return retainedAt; }
    public Optional<Instant> realisedAt() { return Optional.ofNullable(realisedAt); }
    public Optional<String> cityAnswer() { return Optional.ofNullable(cityAnswer); }
    public Optional<Instant> cityAnsweredAt() { return Optional.ofNullable(cityAnsweredAt); }
    public Set<Long> meetingIds() { return Set.copyOf(meetingIds); }
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Projet other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
