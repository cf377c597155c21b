package fr.chambery.cqc.core.actionlog;

import fr.chambery.cqc.core.access.Actor;

import java.util.Objects;

/**
 * One change to record, built from its parts:
 * <pre>
 * log.record(LogEntry.by(actor).did(Verb.UPDATE).on(DocumentLog.COLLECTION, id, name).from(before).to(after));
 * </pre>
 * {@code before} and {@code after} are snapshots (records, maps) written as JSON; either may be absent.
 *
 * @param id    the resource's identifier (written as text), or {@code null}
 * @param label how the log names the resource, or {@code null}
 */
public record LogEntry(Actor actor, Verb verb, ResourceType type, Object id, String label, Object before, Object after) {

    public LogEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(type, "type");
    }

    /** Who did it. */
    public static Author by(Actor actor) {
        return new Author(Objects.requireNonNull(actor, "actor"));
    }

    /** The same entry, with the resource's state before the change. */
    public LogEntry from(Object before) {
        return new LogEntry(actor, verb, type, id, label, before, after);
    }

    /** The same entry, with the resource's state after the change. */
    public LogEntry to(Object after) {
        return new LogEntry(actor, verb, type, id, label, before, after);
    }

    /** An entry's author, waiting for the verb. */
    public record Author(Actor actor) {

        public Deed did(Verb verb) {
            return new Deed(actor, Objects.requireNonNull(verb, "verb"));
        }
    }

    /** An author and a verb, waiting for the resource. */
    public record Deed(Actor actor, Verb verb) {

        public LogEntry on(ResourceType type, Object id, String label) {
            return new LogEntry(actor, verb, type, id, label, null, null);
        }
    }
}
