package fr.chambery.cqc.core.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record a run rejected, and why. */
@Entity
@Table(name = "sync_rejection")
public class SyncRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(nullable = false, length = 300)
    private String record;

    @Column(nullable = false, length = 500)
    private String reason;

    protected SyncRejection() {
    }

    SyncRejection(long runId, String record, String reason) {
        this.runId = runId;
        this.record = record.length() > 300 ? record.substring(0, 300) : record;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    public String record() { return record; }
    public String reason() { return reason; }
}
