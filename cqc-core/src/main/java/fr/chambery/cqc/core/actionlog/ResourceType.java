package fr.chambery.cqc.core.actionlog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of resource the action log records, e.g. {@code document}. Each feature declares its own as
 * constants of its {@link LoggedResources}; {@link #key()} is the word written to the
 * {@code resource_type} column and named in the bundles by {@code admin.log.type.<key>}.
 *
 * @param key lower case letters and underscores, at most 60 characters (the column's width)
 */
public record ResourceType(String key) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z_]{0,59}");

    public ResourceType {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid resource type '" + key + "': expected " + KEY.pattern());
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
