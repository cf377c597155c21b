package fr.chambery.cqc.core.space;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An action a component adds (proposing, supporting, commenting...) and who may do it. It is allowed
 * only on a space that enables the component, and answered, like every other rule, by
 * {@code fr.chambery.cqc.core.access.Permissions}: a new component declares its actions here and edits
 * neither {@code Permissions} nor {@code Action}.
 *
 * @param componentKey the key of the component that declares it
 * @param name         the action's name within the component, e.g. {@code propose}
 * @param grantee      who may do it
 */
public record ComponentAction(String componentKey, String name, Grantee grantee) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** Who may do a component's action, on a space that enables the component. */
    public enum Grantee {
        /** Anyone signed in: citizens, moderators and administrators (never an anonymous visitor). */
        SIGNED_IN,
        /** Those who may edit the space: its moderators and the administrators. */
        SPACE_MODERATORS,
        /** The confirmed members of the space (a council), signed in by an e-mail link; staff accounts are not. */
        SPACE_MEMBERS
    }

    public ComponentAction {
        Objects.requireNonNull(componentKey, "componentKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grantee, "grantee");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid action name '" + name + "': expected " + NAME.pattern());
        }
    }

    @Override
    public String toString() {
        return componentKey + ":" + name;
    }
}
