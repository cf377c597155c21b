package fr.chambery.cqc.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short passage of a result's text around the first word found, cut into parts so that the page can mark
 * the words found without ever writing the text as HTML.
 */
public record Snippet(List<Part> parts) {

    /** A piece of the passage; {@code found} when it is one of the words searched. */
    public record Part(String text, boolean found) {
    }

    static final int LENGTH = 240;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /** Of a long text, the part scanned for the best passage. */
    static final int SCANNED = 100_000;

    /**
     * The passage of {@code text} holding the most of the words searched (the earliest of the best), cut at
     * word boundaries; the text's start when none is found.
     */
    public static Snippet of(String text, Set<String> stems) {
        if (text == null || text.isBlank()) {
            return new Snippet(List.of());
        }
        String flat = (text.length() > SCANNED ? text.substring(0, SCANNED) : text).replaceAll("\\s+", " ").strip();
        List<int[]> found = new ArrayList<>();
        List<String> foundStems = new ArrayList<>();
        Matcher m = WORD.matcher(flat);
        while (m.find()) {
            String stem = stemFound(m.group(), stems);
            if (stem != null) {
                found.add(new int[] {m.start()});
                foundStems.add(stem);
            }
        }
        int first = -1;
        int best = 0;
        for (int i = 0; i < found.size(); i++) {
            Set<String> within = new java.util.HashSet<>();
            for (int j = i; j < found.size() && found.get(j)[0] < found.get(i)[0] + LENGTH * 2 / 3; j++) {
                within.add(foundStems.get(j));
            }
            if (within.size() > best) {
                best = within.size();
                first = found.get(i)[0];
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - LENGTH / 3);
        while (from > 0 && !Character.isWhitespace(flat.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(flat.length(), from + LENGTH);
        while (to < flat.length() && !Character.isWhitespace(flat.charAt(to))) {
            to++;
        }
        String passage = (from > 0 ? "… " : "") + flat.substring(from, to) + (to < flat.length() ? " …" : "");
        return new Snippet(cut(passage, stems));
    }

    private static List<Part> cut(String passage, Set<String> stems) {
        List<Part> parts = new ArrayList<>();
        Matcher m = WORD.matcher(passage);
        int last = 0;
        while (m.find()) {
            if (matches(m.group(), stems)) {
                if (m.start() > last) {
                    parts.add(new Part(passage.substring(last, m.start()), false));
                }
                parts.add(new Part(m.group(), true));
                last = m.end();
            }
        }
        if (last < passage.length()) {
            parts.add(new Part(passage.substring(last), false));
        }
        return parts;
    }

    private static boolean matches(String word, Set<String> stems) {
        return stemFound(word, stems) != null;
    }

    /** The word's stem when it is one of those searched. */
    private static String stemFound(String word, Set<String> stems) {
        return FrenchWords.stems(word).stream().filter(stems::contains).findFirst().orElse(null);
    }

    /** The passage as plain text. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }
}
