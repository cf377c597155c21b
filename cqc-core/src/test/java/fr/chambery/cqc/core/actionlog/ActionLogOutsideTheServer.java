package fr.chambery.cqc.core.actionlog;

import jakarta.persistence.EntityManager;

import java.time.Clock;

/** The action log over a test's entity manager, for the services that write to it, outside the server. */
public final class ActionLogOutsideTheServer {

    private ActionLogOutsideTheServer() {
    }

    public static ActionLog over(EntityManager em, Clock clock) {
        ActionLog log = new ActionLog();
        log.em = em;
        log.clock = clock;
        return log;
    }
}
