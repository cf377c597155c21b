package fr.chambery.cqc.web.search.ui;

import fr.chambery.cqc.core.text.PlainText;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page's title and short description for {@code <meta name="description">} and Open Graph. A page gives
 * them with {@code ui:param} ({@code pageTitle}, {@code pageDescription}); a component's page, included in its
 * space's page, tells its own with {@code <f:event type="preRenderView" listener="#{pageMeta.describe(title, text)}"/>},
 * which wins. The description is plain text cut near {@value #LENGTH} characters; the site's when none.
 */
@Named
@RequestScoped
public class PageMeta {

    static final int LENGTH = 200;

    private String describedTitle;
    private String describedText;

    /** What this page is, as its content says it before the head is written; null leaves the page's own. */
    public void describe(String title, String text) {
        if (title != null && !title.isBlank()) {
            describedTitle = title;
        }
        if (text != null && !PlainText.of(text).isBlank()) {
            describedText = text;
        }
    }

    public String title(String given) {
        if (describedTitle != null) {
            return describedTitle;
        }
        return given == null || given.isBlank() ? Messages.text("site.name") : given;
    }

    public String description(String given) {
        String text = PlainText.of(describedText != null ? describedText : given).strip();
        if (text.isEmpty()) {
            return Messages.text("site.description");
        }
        if (text.length() <= LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LENGTH - 1);
        return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH - 1) + "…";
    }
}
