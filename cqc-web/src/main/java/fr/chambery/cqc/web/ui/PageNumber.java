package fr.chambery.cqc.web.ui;

/** A page number from a request parameter: 1 when absent or malformed, never beyond {@value #LAST}. */
public final class PageNumber {

    /** Pages are bounded: a list is filtered, never walked this far. */
    public static final int LAST = 10_000;

    private PageNumber() {
    }

    public static int of(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(LAST, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
