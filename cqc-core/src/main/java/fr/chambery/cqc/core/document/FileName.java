package fr.chambery.cqc.core.document;

import java.util.Locale;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.BAD_NAME;

/**
 * The name a file was uploaded with: kept to be offered back at download, never used to name anything on
 * disk. Refused when it is empty, too long, or holds a path separator or a control character.
 */
public record FileName(String value) {

    private static final int MAX_LENGTH = 255;

    public FileName {
        if (value == null || value.isBlank()) {
            throw new DocumentRefusedException(BAD_NAME, "refusal.document.name.missing");
        }
        if (value.length() > MAX_LENGTH) {
            throw new DocumentRefusedException(BAD_NAME, "refusal.document.name.tooLong", MAX_LENGTH);
        }
        if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
            throw new DocumentRefusedException(BAD_NAME, "refusal.document.name.separator");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == '\u2028' || c == '\u2029')) {
            throw new DocumentRefusedException(BAD_NAME, "refusal.document.name.control");
        }
        if (value.equals(".") || value.equals("..")) {
            throw new DocumentRefusedException(BAD_NAME, "refusal.document.name.refused");
        }
    }

    /** The lower-case extension, without its dot; empty when there is none. */
    public String extension() {
        int dot = value.lastIndexOf('.');
        return dot <= 0 ? "" : value.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
