package fr.chambery.cqc.core.space;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a component is administered: the back-office page that lists a space's items, linked from the
 * space's row on the back-office home as {@code {page}?space={slug}}. Plain data, so that the core names
 * no Faces view.
 *
 * @param page     the page's path from the application's root, e.g. {@code admin/meetings}
 * @param labelKey resource-bundle key of the link's label
 */
public record BackOfficeEntry(String page, String labelKey) {

    private static final Pattern PAGE = Pattern.compile("admin/[a-z][a-z0-9-]*");

    public BackOfficeEntry {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(labelKey, "labelKey");
        if (!PAGE.matcher(page).matches()) {
            throw new IllegalArgumentException("Invalid back-office page '" + page + "': expected " + PAGE.pattern());
        }
    }
}
