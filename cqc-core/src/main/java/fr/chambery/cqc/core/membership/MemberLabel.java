package fr.chambery.cqc.core.membership;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * How public pages name a member: the first word of the name she gave and the initial of its last word,
 * « Camille D. » for « Camille Dupont » (« Jean-Pierre L. » for « jean-pierre de la Fontaine »); her first
 * word alone when she gave one word. Never her surname, never her e-mail (a word with an {@code @} is left out).
 */
public final class MemberLabel {

    /** Wide enough for any first word of a 100-character name, its initial and punctuation. */
    public static final int MAX = 60;

    private MemberLabel() {
    }

    /** The label of a name as typed at sign-up; « Membre » when it holds no letter at all. */
    public static String of(String name) {
        String[] words = name == null ? new String[0]
                : Arrays.stream(Normalizer.normalize(name, Normalizer.Form.NFC).strip().split("[\\s\\u00a0]+"))
                        .filter(w -> w.codePoints().anyMatch(Character::isLetter) && w.indexOf('@') < 0).toArray(String[]::new);
        if (words.length == 0) {
            return "Membre";
        }
        String first = capitalized(words[0]);
        if (first.length() > MAX - 4) {
            first = first.substring(0, first.offsetByCodePoints(0, MAX - 5)) + "…";
        }
        if (words.length == 1) {
            return first;
        }
        int initial = words[words.length - 1].codePoints().filter(Character::isLetter).findFirst().orElseThrow();
        return first + " " + new String(Character.toChars(initial)).toUpperCase(Locale.FRENCH) + ".";
    }

    /** The first word alone (« Camille »), for « Bonjour Camille » and the header of the public pages. */
    public static String firstName(String name) {
        String label = of(name);
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }

    private static String capitalized(String word) {
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + word.substring(Character.charCount(first));
    }
}
