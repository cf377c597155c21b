package fr.chambery.cqc.core.access;

import fr.chambery.cqc.core.space.ComponentAction;

import java.util.Optional;

/**
 * Every rule of who may do what, in one place: the back office pages and the API's write endpoints both
 * ask here. Anything not granted below is denied.
 * <ul>
 *   <li>an administrator may do everything;</li>
 *   <li>a moderator may edit, publish and create sub-spaces in the spaces assigned (and their sub-spaces),
 *       or in every space when none is assigned, and may then also create top-level spaces and manage
 *       assembly types;</li>
 *   <li>every staff member may change their own password and renew their own second factor;</li>
 *   <li>a citizen and an anonymous visitor may do nothing here;</li>
 *   <li>a component's own actions ({@link ComponentAction}: proposing, supporting...) are allowed only on
 *       a space that enables the component, to whom the component grants them: anyone signed in, the
 *       space's moderators (and the administrators), or the space's confirmed members.</li>
 * </ul>
 */
public final class Permissions {

    private Permissions() {
    }

    public static boolean can(Actor actor, Action action, Optional<? extends ModeratedSpace> space) {
        if (actor.is(Role.ADMINISTRATEUR)) {
            return true;
        }
        if (!actor.is(Role.MODERATEUR)) {
            return false;
        }
        boolean everySpace = actor.moderatedSpaceIds().isEmpty();
        return switch (action) {
            case ENTER_BACK_OFFICE, MANAGE_OWN_ACCOUNT -> true;
            case CREATE_TOP_LEVEL_SPACE, MANAGE_ASSEMBLY_TYPES -> everySpace;
            case CREATE_SUB_SPACE, EDIT_SPACE, PUBLISH_SPACE, MOVE_SPACE ->
                    space.map(s -> everySpace || moderates(actor, s)).orElse(false);
            case MANAGE_ACCOUNTS, READ_ACTION_LOG, RUN_DIRECTORY_SYNC -> false;
        };
    }

    /** A component's action on a space: only where the component is enabled, to whom it grants it. */
    public static boolean can(Actor actor, ComponentAction action, ModeratedSpace space) {
        if (!space.enables(action.componentKey())) {
            return false;
        }
        return switch (action.grantee()) {
            case SIGNED_IN -> actor.role().isPresent();
            case SPACE_MODERATORS -> can(actor, Action.EDIT_SPACE, Optional.of(space));
            case SPACE_MEMBERS -> actor.is(Role.CITOYEN) && actor.isMemberOf(space.id());
        };
    }

    public static void require(Actor actor, ComponentAction action, ModeratedSpace space) {
        if (!can(actor, action, space)) {
            throw new AccessDeniedException(actor, action.toString());
        }
    }

    public static boolean can(Actor actor, Action action) {
        return can(actor, action, Optional.empty());
    }

    public static void require(Actor actor, Action action, Optional<? extends ModeratedSpace> space) {
        if (!can(actor, action, space)) {
            throw new AccessDeniedException(actor, action);
        }
    }

    public static void require(Actor actor, Action action) {
        require(actor, action, Optional.empty());
    }

    /** An assigned space or a sub-space of one. */
    private static boolean moderates(Actor actor, ModeratedSpace space) {
        if (actor.moderatedSpaceIds().contains(space.id())) {
            return true;
        }
        return space.ancestors().stream().anyMatch(a -> actor.moderatedSpaceIds().contains(a.id()));
    }
}
