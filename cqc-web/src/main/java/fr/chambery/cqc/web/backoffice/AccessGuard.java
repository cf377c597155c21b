package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.web.security.CurrentActor;
import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** The back office's side of {@link Permissions}: what to show, and 403 for what is not allowed. */
@Named("access")
@RequestScoped
public class AccessGuard {

    @Inject
    CurrentActor current;

    public Actor actor() {
        return current.inBackOffice();
    }

    /** For the views: {@code #{access.can('EDIT_SPACE', space)}}. */
    public boolean can(String action, Assembly space) {
        return Permissions.can(actor(), Action.valueOf(action), Optional.ofNullable(space));
    }

    public boolean can(String action) {
        return can(action, null);
    }

    /** Answers 403 and ends the request unless allowed; returns whether it is. */
    public boolean require(Action action, Optional<Assembly> space) {
        if (Permissions.can(actor(), action, space)) {
            return true;
        }
        ErrorResponses.send(403);
        return false;
    }
}
