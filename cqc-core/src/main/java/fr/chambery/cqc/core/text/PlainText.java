package fr.chambery.cqc.core.text;

import org.jsoup.Jsoup;

/** The text of a rich text (sanitised HTML) as read aloud: no tags, entities decoded, blanks collapsed. */
public final class PlainText {

    private PlainText() {
    }

    public static String of(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text();
    }

    /** Several texts, one after the other, the missing ones skipped. */
    public static String joined(String... htmls) {
        StringBuilder sb = new StringBuilder();
        for (String html : htmls) {
            String text = of(html);
            if (!text.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(text);
            }
        }
        return sb.toString();
    }
}
