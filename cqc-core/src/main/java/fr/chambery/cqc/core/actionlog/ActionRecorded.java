package fr.chambery.cqc.core.actionlog;

/**
 * Fired when a change is written to the action log, inside the change's transaction: what the public sees
 * may have changed (observers that rebuild public views observe it after the transaction succeeds).
 */
public record ActionRecorded(String resourceType) {
}
