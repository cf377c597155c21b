package fr.chambery.cqc.core.text;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text as moderators write it: sanitized on the way in with the OWASP HTML sanitizer, so what is
 * stored is safe to render as is. Formatting, lists, headings, links and tables are kept; scripts,
 * styles, event handlers and unknown elements are dropped. Text is kept; characters outside the Basic
 * Multilingual Plane (most emoji) come out as numeric character references, which render the same.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "span")
                    .allowAttributes("lang").globally()
                    .toFactory());

    private RichText() {
    }

    /** The sanitized HTML; {@code null} and blank give the empty string. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html.strip());
    }
}
