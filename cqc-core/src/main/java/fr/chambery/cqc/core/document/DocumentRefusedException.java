package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/** An upload or an edit that cannot be accepted: why, as a {@code refusal.document.*} key and its arguments. */
public class DocumentRefusedException extends DomainRefusal {

    /** Why, for callers that answer differently (the API's status codes). */
    public enum Reason {
        TOO_LARGE, EMPTY, TYPE_NOT_ALLOWED, CONTRADICTS_NAME, BAD_NAME, UNREADABLE, INVALID, NOT_FOUND
    }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String key, Object... arguments) {
        super(key, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
