package fr.chambery.cqc.core.actionlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One change made in the back office or through the API, as Decidim's admin log keeps it: who, when,
 * what, on which resource, and the resource's state before and after (JSON).
 */
@Entity
@Table(name = "action_log")
public class ActionLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "resource_type", nullable = false, length = 60)
    private String resourceType;

    @Column(name = "resource_id", length = 100)
    private String resourceId;

    @Column(name = "resource_label", length = 300)
    private String resourceLabel;

    @Column(name = "before_state", length = 200_000)
    private String before;

    @Column(name = "after_state", length = 200_000)
    private String after;

    protected ActionLogEntry() {
    }

    public ActionLogEntry(Instant at, String actor, String action, String resourceType, String resourceId,
                          String resourceLabel, String before, String after) {
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.resourceType = Objects.requireNonNull(resourceType);
        this.resourceId = resourceId;
        this.resourceLabel = resourceLabel;
        this.before = before;
        this.after = after;
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String resourceType() { return resourceType; }
    public String resourceId() { return resourceId; }
    public String resourceLabel() { return resourceLabel; }
    public String before() { return before; }
    public String after() { return after; }
}
