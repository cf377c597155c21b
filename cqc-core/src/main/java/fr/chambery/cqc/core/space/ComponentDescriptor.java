package fr.chambery.cqc.core.space;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a component says of itself.
 *
 * @param key       stable identifier stored with each space that enables the component: lower case
 *                  letters, digits and dashes
 * @param nameKey   resource-bundle key of its name, for the UI
 * @param weight    default display order among a space's components (lower first)
 * @param backOffice its back-office page, if it has one (see {@link #administeredAt})
 * @param actions   the actions it adds and who may do them (see {@link #withActions})
 */
public record ComponentDescriptor(String key, String nameKey, int weight, Optional<BackOfficeEntry> backOffice,
                                  List<ComponentAction> actions) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ComponentDescriptor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(backOffice, "backOffice");
        actions = List.copyOf(actions);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid component key '" + key + "': expected " + KEY.pattern());
        }
        for (ComponentAction action : actions) {
            if (!action.componentKey().equals(key)) {
                throw new IllegalArgumentException("The component '" + key + "' declares the action of another: " + action);
            }
        }
    }

    /** A component administered only through the space editor (no page of its own in the back office). */
    public ComponentDescriptor(String key, String nameKey, int weight) {
        this(key, nameKey, weight, Optional.empty(), List.of());
    }

    /** The same component, administered at {@code page} (e.g. {@code admin/meetings}), linked with the label {@code labelKey}. */
    public ComponentDescriptor administeredAt(String page, String labelKey) {
        return new ComponentDescriptor(key, nameKey, weight, Optional.of(new BackOfficeEntry(page, labelKey)), actions);
    }

    /** The same component, adding these actions (each declared with this component's key). */
    public ComponentDescriptor withActions(ComponentAction... added) {
        return new ComponentDescriptor(key, nameKey, weight, backOffice,
                Stream.concat(actions.stream(), Arrays.stream(added)).toList());
    }
}
