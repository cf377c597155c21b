package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.membership.Memberships;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
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
    Memberships memberships;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            actor = current.inBackOffice();
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

    public boolean isSignedIn() {
        return actor().role().isPresent();
    }

    /** Her confirmed sign-up to the council, if she is a member of it. */
    public Optional<Membership> membershipIn(Assembly space) {
        if (!canPropose(space)) {
            return Optional.empty();
        }
        return actor().email().flatMap(email -> memberships.of(space.id(), email)).filter(Membership::isConfirmed);
    }
}
