package fr.chambery.cqc.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which documents are searched: lower case, without accents, ligatures spelt out, runs of
 * spaces as one, so that « reunion » finds « Réunion » and « oeuvre » finds « œuvre ».
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String spelt = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        String bare = MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The words of a query, normalised; each must appear. */
    public static List<String> words(String query) {
        String normalized = normalize(query);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }
}
