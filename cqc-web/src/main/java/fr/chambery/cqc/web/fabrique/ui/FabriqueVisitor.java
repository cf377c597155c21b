package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.membership.Members;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * Who visits the fabrique's public pages, and what the page offers her: the forms of the actions
 * {@code Permissions} grants her on the space, and nothing else (a forged postback is refused by the
 * core all the same).
 */
@Named
@RequestScoped
public class FabriqueVisitor {

    @Inject
    CurrentActor current;

    @Inject
    Members members;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            actor = current.onPublicPages();
        }
        return actor;
    }

    public boolean canPropose(Assembly space) {
        return Permissions.can(actor(), FabriqueComponent.PROPOSE, space);
    }

    public boolean canComment(Assembly space) {
        return Permissions.can(actor(), FabriqueComponent.COMMENT, space);
    }

    public boolean canReport(Assembly space) {
        return Permissions.can(actor(), FabriqueComponent.REPORT, space);
    }

    /**
     * On a postback of the form {@code form} (its client id, or its last segment inside a list) that the page
     * does not offer her, a forged request: 403, as the back office answers.
     */
    public void refuseForged(String form, boolean offered, String action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() || offered) {
            return;
        }
        boolean sent = faces.getExternalContext().getRequestParameterMap().keySet().stream()
                .anyMatch(name -> name.equals(form) || name.endsWith(":" + form));
        if (sent) {
            throw new AccessDeniedException(actor(), FabriqueComponent.KEY + ":" + action);
        }
    }

    public boolean isSignedIn() {
        return actor().role().isPresent();
    }

    /** Her confirmed sign-up to the council, if she is a member of it. */
    public Optional<Membership> membershipIn(Assembly space) {
        if (!canPropose(space)) {
            return Optional.empty();
        }
        return members.confirmed(actor().email().orElseThrow(), space.id());
    }
}
