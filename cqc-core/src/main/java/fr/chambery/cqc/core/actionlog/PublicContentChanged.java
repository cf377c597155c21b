package fr.chambery.cqc.core.actionlog;

/**
 * Fired inside a transaction that may have changed what the public sees: every change written to the action
 * log, and each end of a directory sync. {@link PublicContentSchedule} rebuilds the public views (search,
 * open data) once the transaction has succeeded.
 *
 * @param what the kind of resource changed (the action log's resource type), for the logs
 */
public record PublicContentChanged(String what) {
}
