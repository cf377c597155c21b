package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.text.SearchText;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.tartarus.snowball.ext.FrenchStemmer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * French words as the site search compares them, the way PostgreSQL's {@code cqc_french} configuration does:
 * without accents or case ({@link SearchText}), the common words (« le », « des »...) dropped, each word
 * reduced to its stem by Snowball's French stemmer (« jardins » and « jardin » give « jardin »).
 */
public final class FrenchWords {

    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

    private FrenchWords() {
    }

    /** The distinct stems of a text's significant words, in their order. */
    public static Set<String> stems(String text) {
        FrenchStemmer stemmer = new FrenchStemmer();
        Set<String> stems = new LinkedHashSet<>();
        for (String word : SearchText.words(text)) {
            if (!STOP_WORDS.contains(word)) {
                stems.add(stem(stemmer, word));
            }
        }
        return stems;
    }

    /** The significant words of a text, normalised, in their order (duplicates kept). */
    public static List<String> significantWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SearchText.words(text)) {
            if (!STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The stem of one word, already normalised. */
    public static String stem(String normalizedWord) {
        return stem(new FrenchStemmer(), normalizedWord);
    }

    private static String stem(FrenchStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
