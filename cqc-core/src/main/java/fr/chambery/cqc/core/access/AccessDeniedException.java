package fr.chambery.cqc.core.access;

/**
 * The actor may not do this: the web answers 403 (401 to an anonymous API client). The message names the
 * role and the action, never the person: a refusal is expected, and its log line carries no personal data.
 */
public class AccessDeniedException extends RuntimeException {

    private final boolean anonymous;
    private final String action;

    public AccessDeniedException(Actor actor, Action action) {
        this(actor, action.name());
    }

    /** For a component's action, named {@code component:action}. */
    public AccessDeniedException(Actor actor, String action) {
        super(actor.role().map(r -> "a " + r).orElse("an anonymous visitor") + " may not " + action);
        this.anonymous = actor.role().isEmpty();
        this.action = action;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    /** The refused action's name: an {@link Action}'s, or {@code component:action}. */
    public String action() {
        return action;
    }
}
