package fr.chambery.cqc.core.space;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a component says of itself.
 *
 * @param key       stable identifier stored with each space that enables the component: lower case
 *                  letters, digits and dashes
 * @param nameKey   resource-bundle key of its name, for the UI
 * @param weight    default display order among a space's components (lower first)
 * @param backOffice its back-office page, if it has one (see {@link #administeredAt})
 */
public record ComponentDescriptor(String key, String nameKey, int weight, Optional<BackOfficeEntry> backOffice) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ComponentDescriptor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(backOffice, "backOffice");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid component key '" + key + "': expected " + KEY.pattern());
        }
    }

    /** A component administered only through the space editor (no page of its own in the back office). */
    public ComponentDescriptor(String key, String nameKey, int weight) {
        this(key, nameKey, weight, Optional.empty());
    }

    /** The same component, administered at {@code page} (e.g. {@code admin/meetings}), linked with the label {@code labelKey}. */
    public ComponentDescriptor administeredAt(String page, String labelKey) {
        return new ComponentDescriptor(key, nameKey, weight, Optional.of(new BackOfficeEntry(page, labelKey)));
    }
}
