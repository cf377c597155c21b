package fr.chambery.cqc.core.assembly;

/** Someone else stored a change to this space since the editor started from it. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String slug) {
        super("Assembly " + slug + " was changed by someone else");
    }
}
