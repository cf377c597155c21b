package fr.chambery.cqc.core.access;

/** The actor may not do this: the web answers 403 (401 to an anonymous API client). */
public class AccessDeniedException extends RuntimeException {

    private final boolean anonymous;

    public AccessDeniedException(Actor actor, Action action) {
        this(actor, action.name());
    }

    /** For a component's action, named {@code component:action}. */
    public AccessDeniedException(Actor actor, String action) {
        super(actor.name() + " may not " + action);
        this.anonymous = actor.role().isEmpty();
    }

    public boolean isAnonymous() {
        return anonymous;
    }
}
