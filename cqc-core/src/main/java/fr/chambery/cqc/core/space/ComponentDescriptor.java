package fr.chambery.cqc.core.space;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a component says of itself.
 *
 * @param key       stable identifier stored with each space that enables the component: lower case
 *                  letters, digits and dashes
 * @param nameKey   resource-bundle key of its name, for the UI
 * @param weight    default display order among a space's components (lower first)
 */
public record ComponentDescriptor(String key, String nameKey, int weight) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ComponentDescriptor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameKey, "nameKey");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid component key '" + key + "': expected " + KEY.pattern());
        }
    }
}
