package fr.chambery.cqc.core.fabrique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The show of hands for one subject at the plénière, as the moderator counted it: beside the online supports. */
@Entity
@Table(name = "fabrique_in_room_count")
public class InRoomCount {

    public static final int MAX_HANDS = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "priorisation_id", nullable = false)
    private Long priorisationId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(nullable = false)
    private int hands;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected InRoomCount() {
    }

    InRoomCount(long priorisationId, long subjectId, int hands, Instant now) {
        this.priorisationId = priorisationId;
        this.subjectId = subjectId;
        record(hands, now);
    }

    void record(int count, Instant now) {
        if (count < 0 || count > MAX_HANDS) {
            throw new PriorisationRefusal("refusal.priorisation.handsRange", MAX_HANDS);
        }
        this.hands = count;
        this.recordedAt = now;
    }

    public Long id() { return id; }
    public long priorisationId() { return priorisationId; }
    public long subjectId() { return subjectId; }
    public int hands() { return hands; }
    public Instant recordedAt() { return recordedAt; }
    public long version() { return version; }
}
