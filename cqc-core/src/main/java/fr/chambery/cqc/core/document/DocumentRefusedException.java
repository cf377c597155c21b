package fr.chambery.cqc.core.document;

/** An upload or an edit that cannot be accepted; the message says why, in French, for the person. */
public class DocumentRefusedException extends RuntimeException {

    /** Why, for callers that answer differently (the API's status codes). */
    public enum Reason {
        TOO_LARGE, EMPTY, TYPE_NOT_ALLOWED, CONTRADICTS_NAME, BAD_NAME, UNREADABLE, INVALID, NOT_FOUND
    }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
