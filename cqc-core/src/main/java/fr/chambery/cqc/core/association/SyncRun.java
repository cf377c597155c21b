package fr.chambery.cqc.core.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One run of the directory sync: its source, how far it went, what it counted, how it ended. */
@Entity
@Table(name = "sync_run")
public class SyncRun {

    public enum State {
        /** Running (or killed while running, until the next run says so). */
        EN_COURS,
        /** Read its whole source: listing statuses were updated. */
        REUSSIE,
        /** Stopped part-way: what it read is kept, no listing status changed. */
        PARTIELLE,
        /** Read nothing usable: nothing changed. */
        ECHOUEE,
        /**
         * Read its whole source, but read no record at all or would unlist more than the allowed share of
         * the listed associations: no listing status changed, an administrator confirms or discards it.
         */
        A_CONFIRMER,
        /** Held for confirmation, then discarded (by an administrator, or by the next run): no listing status changed. */
        ECARTEE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 50)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private Integer expected;
    private int processed;
    private int created;
    private int updated;
    private int unchanged;
    private int unlisted;
    private int rejected;

    /** While held for confirmation: how many associations confirming it would unlist. */
    @Column(name = "to_unlist", nullable = false)
    private int toUnlist;

    @Column(length = 2000)
    private String message;

    protected SyncRun() {
    }

    SyncRun(String source, Instant now) {
        this.source = source;
        this.state = State.EN_COURS;
        this.startedAt = now;
    }

    void expect(int count) { this.expected = count; }
    void add(int created, int updated, int unchanged, int rejected) {
        this.created += created;
        this.updated += updated;
        this.unchanged += unchanged;
        this.rejected += rejected;
        this.processed += created + updated + unchanged + rejected;
    }
    void countUnlisted(int count) { unlisted += count; }

    /** Ends held for an administrator's decision, unlisting nothing yet. */
    void hold(int wouldUnlist, String reason, Instant now) {
        this.toUnlist = wouldUnlist;
        end(State.A_CONFIRMER, reason, now);
    }

    /** An administrator confirmed it: its misses were applied, {@code count} associations unlisted. */
    void confirm(int count, String note) {
        if (state != State.A_CONFIRMER) {
            throw new RunNotHeldException(id);
        }
        this.unlisted += count;
        this.toUnlist = 0;
        this.state = State.REUSSIE;
        this.message = note;
    }

    /** Discarded: its misses stay unapplied. */
    void discard(String note) {
        if (state != State.A_CONFIRMER) {
            throw new RunNotHeldException(id);
        }
        this.state = State.ECARTEE;
        this.message = note;
    }

    void end(State state, String message, Instant now) {
        this.state = state;
        this.message = message;
        this.finishedAt = now;
    }

    public Long id() { return id; }
    public String source() { return source; }
    public State state() { return state; }
    public Instant startedAt() { return startedAt; }
    public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
    public Optional<Duration> duration() { return finishedAt().map(f -> Duration.between(startedAt, f)); }
    public Optional<Integer> expected() { return Optional.ofNullable(expected); }
    public int processed() { return processed; }
    public int created() { return created; }
    public int updated() { return updated; }
    public int unchanged() { return unchanged; }
    public int unlisted() { return unlisted; }
    public int rejected() { return rejected; }
    public String message() { return message; }
    public int toUnlist() { return toUnlist; }
    public boolean isRunning() { return state == State.EN_COURS; }
    public boolean isHeld() { return state == State.A_CONFIRMER; }

    /** « 1,4 s », or « — » while it runs. */
    public String durationText() {
        return duration().map(d -> String.format(java.util.Locale.FRANCE, "%.1f s", d.toMillis() / 1000.0)).orElse("—");
    }

    /** Whether the source said how many records to expect (else the progress bar is indeterminate). */
    public boolean knowsTotal() {
        return expected != null && expected > 0;
    }

    /** From 0 to 100, when the source said how many records to expect. */
    public int percent() {
        return expected == null || expected == 0 ? (isRunning() ? 0 : 100) : Math.min(100, processed * 100 / expected);
    }
}
