package fr.chambery.cqc.core.search;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of thing the site search finds (spaces, meetings, documents...): its stable key, the bundle key of
 * its name for the results' headings and filter, and its place among the kinds (lower first).
 */
public record SearchKind(String key, String nameKey, int order) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public SearchKind {
        Objects.requireNonNull(nameKey, "nameKey");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid search kind '" + key + "': expected " + KEY.pattern());
        }
    }
}
