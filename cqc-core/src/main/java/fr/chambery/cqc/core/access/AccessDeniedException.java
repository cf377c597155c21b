package fr.chambery.cqc.core.access;

/**
 * The actor may not do this: the web answers 403 (401 to an anonymous API client). The message names the
 * role and the action, never the person: a refusal is expected, and its log line carries no personal data.
 */
public class AccessDeniedException extends RuntimeException {

    private final boolean anonymous;
    private final Action action;

    public AccessDeniedException(Actor actor, Action action) {
        super(actor.role().map(r -> "a " + r).orElse("an anonymous visitor") + " may not " + action);
        this.anonymous = actor.role().isEmpty();
        this.action = action;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Action action() {
        return action;
    }
}
