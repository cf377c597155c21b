package fr.chambery.cqc.integration.directory;

/** The source stopped part-way (a page missing, truncated or malformed): what was read is kept, no status changes. */
public class IncompleteSourceException extends SourceException {

    public IncompleteSourceException(String message, Throwable cause) {
        super(message, cause);
    }

    public IncompleteSourceException(String message) {
        super(message);
    }
}
