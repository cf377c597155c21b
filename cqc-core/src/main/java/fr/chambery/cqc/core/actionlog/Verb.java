package fr.chambery.cqc.core.actionlog;

/**
 * What was done, in the action log's one vocabulary. {@link #stored()} is the word written to the
 * {@code action} column and named in the bundles by {@code admin.log.action.<stored>}: it never changes
 * once entries carry it.
 */
public enum Verb {
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    PUBLISH("publish"),
    UNPUBLISH("unpublish"),
    MOVE("move"),
    REORDER("reorder"),
    CANCEL("cancel"),
    NEW_VERSION("new_version"),
    SIGN_UP("sign_up"),
    CONFIRM("confirm"),
    DISCARD("discard"),
    LEAVE("leave"),
    ERASE("erase"),
    WRITE("write"),
    ASSIGN_QUARTIER("assign_quartier"),
    REVOKE("revoke"),
    DISABLE("disable"),
    ENABLE("enable"),
    CHANGE_PASSWORD("change_password"),
    RENEW_SECOND_FACTOR("renew_second_factor"),
    RESET_SECOND_FACTOR("reset_second_factor"),
    HIDE("hide"),
    DISMISS("dismiss"),
    MERGE("merge"),
    SET_ASIDE("set_aside"),
    // the fabrique's priorisation and programme de travail
    OPEN("open"),
    CLOSE("close"),
    COUNT_IN_ROOM("count_in_room"),
    RETAIN("retain"),
    ANSWER("answer");

    private final String stored;

    Verb(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
