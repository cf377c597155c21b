package fr.chambery.cqc.web.search.ui;

import fr.chambery.cqc.core.text.PlainText;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The page's short description for {@code <meta name="description">} and Open Graph: the one a page gives
 * (a space's short description...) as plain text, cut near {@value #LENGTH} characters; the site's otherwise.
 */
@Named
@ApplicationScoped
public class PageMeta {

    static final int LENGTH = 200;

    public String description(String given) {
        String text = PlainText.of(given).strip();
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
