package fr.chambery.cqc.integration.directory;

/** A source that could not be read, or is not a directory at all: the run fails, and says why in French. */
public class SourceException extends RuntimeException {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
