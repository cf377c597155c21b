package fr.chambery.cqc.core.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A line of the sync's ledger: a listed association that a run held for confirmation did not see, and
 * whether that miss would unlist it. Applied when an administrator confirms the run, never otherwise.
 */
@Entity
@Table(name = "sync_held_miss")
public class HeldMiss {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "association_id", nullable = false)
    private long associationId;

    @Column(name = "would_unlist", nullable = false)
    private boolean wouldUnlist;

    protected HeldMiss() {
    }

    HeldMiss(long runId, long associationId, boolean wouldUnlist) {
        this.runId = runId;
        this.associationId = associationId;
        this.wouldUnlist = wouldUnlist;
    }

    public long associationId() { return associationId; }
    public boolean wouldUnlist() { return wouldUnlist; }
}
