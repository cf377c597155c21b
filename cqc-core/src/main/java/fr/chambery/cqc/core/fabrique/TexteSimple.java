package fr.chambery.cqc.core.fabrique;

import java.util.regex.Pattern;

/**
 * Plain text as members write it: line breaks made {@code \n} and kept, other control characters (a NUL
 * that PostgreSQL refuses, a stray escape) removed, spaces around trimmed. Markup stays as typed: pages
 * escape it, never render it.
 */
final class TexteSimple {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\n\t]]");

    private TexteSimple() {
    }

    /** The cleaned text, or empty for {@code null} or blanks. */
    static String of(String typed) {
        if (typed == null) {
            return "";
        }
        return CONTROL.matcher(LINE_BREAK.matcher(typed).replaceAll("\n")).replaceAll("").strip();
    }

    /** On one line: every line break and tab becomes a space. */
    static String line(String typed) {
        return of(typed).replaceAll("\\s+", " ");
    }
}
