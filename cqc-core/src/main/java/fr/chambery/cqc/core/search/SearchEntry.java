package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.assembly.Assembly;

import java.time.Instant;
import java.util.Objects;

/**
 * One public thing as the site search holds it.
 *
 * @param ref        its identifier within its kind (an id, usually)
 * @param space      the space it belongs to (the council, for an association), or {@code null}: its title is the
 *                   result's context, its slug the API's
 * @param title      what the result is called
 * @param path       its public page (or file), from the site's root: {@code /assemblies/jardins/meetings/12}
 * @param date       the date shown beside it (a meeting's start, a document's publication), or {@code null}
 * @param text       the plain text searched and quoted in the snippet, besides the title
 */
public record SearchEntry(String ref, Assembly space, String title, String path, Instant date, String text) {

    public SearchEntry {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        text = text == null ? "" : text;
    }
}
