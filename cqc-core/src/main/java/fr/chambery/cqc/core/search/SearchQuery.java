package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.text.SearchText;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A visitor's search, checked: at most {@value #MAX_LENGTH} characters and {@value #MAX_WORDS} words, at least
 * one significant word. Every word is required; quotes, operators, {@code %} and {@code _} are mere punctuation.
 *
 * @param words   the query's words without accents, case or punctuation, as PostgreSQL is given them
 * @param stems   their French stems, as the embedded database and the highlighting compare them
 * @param spaceId only the results of that space, when given
 * @param kind    only the results of that kind, when given
 */
public record SearchQuery(String words, Set<String> stems, Optional<Long> spaceId, Optional<String> kind) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 12;

    /** The query typed, or a {@link SearchRefusal} telling what is wrong with it. */
    public static SearchQuery of(String typed, Optional<Long> spaceId, Optional<String> kind) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new SearchRefusal("refusal.search.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new SearchRefusal("refusal.search.tooLong", MAX_LENGTH);
        }
        List<String> words = SearchText.words(text);
        if (words.size() > MAX_WORDS) {
            throw new SearchRefusal("refusal.search.tooManyWords", MAX_WORDS);
        }
        Set<String> stems = FrenchWords.stems(text);
        if (stems.isEmpty()) {
            throw new SearchRefusal("refusal.search.noWord");
        }
        return new SearchQuery(String.join(" ", FrenchWords.significantWords(text)), Set.copyOf(stems), spaceId, kind);
    }
}
