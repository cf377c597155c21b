package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.refusal.DomainRefusal;

import java.util.regex.Pattern;

/** The readable part of a space's URL ({@code /assemblies/bissy}): lower case letters, digits and dashes. */
public final class Slug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 80;

    private Slug() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && SLUG.matcher(candidate).matches();
    }

    public static String require(String candidate) {
        if (!isValid(candidate)) {
            throw new DomainRefusal("refusal.slug.invalid", candidate == null ? "" : candidate, String.valueOf(MAX_LENGTH));
        }
        return candidate;
    }
}
