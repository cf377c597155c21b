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

/**
 * A council's priorisation, tied to one of its plénières: members support the open subjects from the
 * opening until the plénière ends (or until a moderator closes it earlier), each with at most
 * {@link #supportsPerMember()} supports; the counts stay hidden until the close unless the round shows them
 * live. During the plénière the moderators record the show of hands beside the online supports.
 */
@Entity
@Table(name = "fabrique_priorisation")
public class Priorisation {

    public static final int DEFAULT_SUPPORTS = 3;
    public static final int MAX_SUPPORTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Column(name = "meeting_id", nullable = false)
    private Long pleniereId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "supports_per_member", nullable = false)
    private int supportsPerMember;

    @Column(name = "counts_live", nullable = false)
    private boolean countsLive;

    @Version
    private long version;

    protected Priorisation() {
    }

    /** @throws PriorisationRefusal when it would open after the plénière's end, or the number of supports is out of range */
    public Priorisation(long spaceId, long pleniereId, Instant opensAt, Instant pleniereEnds, int supportsPerMember, boolean countsLive) {
        Objects.requireNonNull(opensAt, "opensAt");
        if (!opensAt.isBefore(pleniereEnds)) {
            throw new PriorisationRefusal("refusal.priorisation.opensAfterClose");
        }
        this.spaceId = spaceId;
        this.pleniereId = pleniereId;
        this.opensAt = opensAt;
        this.closesAt = pleniereEnds;
        settle(supportsPerMember, countsLive);
    }

    /** The round's settings; the supports already given stay. */
    public void settle(int supports, boolean live) {
        if (supports < 1 || supports > MAX_SUPPORTS) {
            throw new PriorisationRefusal("refusal.priorisation.supportsRange", MAX_SUPPORTS);
        }
        this.supportsPerMember = supports;
        this.countsLive = live;
    }

    /** Closes the round now, before the plénière's end (it ended early). */
    public void closeAt(Instant now) {
        if (now.isBefore(closesAt)) {
            closesAt = now;
        }
    }

    /**
     * Follows its plénière, rescheduled to end at {@code pleniereEnds}: a round not closed yet closes then
     * instead (now, when the plénière was moved into the past; without opening, when it now ends before the
     * round opens); a closed round keeps its results.
     *
     * @return whether the close moved
     */
    public boolean followPleniere(Instant pleniereEnds, Instant now) {
        if (isClosed(now)) {
            return false;
        }
        Instant close = pleniereEnds.isAfter(now) ? pleniereEnds : now;
        if (close.equals(closesAt)) {
            return false;
        }
        closesAt = close;
        if (opensAt.isAfter(close)) {
            opensAt = close;
        }
        return true;
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isClosed(Instant now) {
        return !now.isBefore(closesAt);
    }

    /** Whether anyone may read the counts: after the close, or all along when the round shows them live. */
    public boolean countsArePublic(Instant now) {
        return countsLive || isClosed(now);
    }

    public Long id() { return id; }
    public long spaceId() { return spaceId; }
    public long pleniereId() { return pleniereId; }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public int supportsPerMember() { return supportsPerMember; }
    public boolean countsLive() { return countsLive; }
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Priorisation other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
