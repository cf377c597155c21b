package fr.chambery.cqc.web.ui;

import fr.chambery.cqc.core.refusal.Refusal;
import jakarta.enterprise.inject.spi.CDI;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words the domain's refusals, and the API's own problem texts, in a language of the interface: the one
 * place where a message key becomes a sentence for the Faces pages and for the API. An argument that is itself
 * a {@link Refusal} (the kind of a refused file...) is worded in the same language.
 */
public final class RefusalMessages {

    public static final Locale FRENCH = Locale.FRENCH;
    private static final String BUNDLE = "fr.chambery.cqc.web.i18n.messages";
    private static final List<String> SPOKEN = List.of("fr", "en");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RefusalMessages() {
    }

    /**
     * The refusal in the interface's language ({@code ?lang=en}, remembered in a cookie; French by default),
     * as {@link Language} decides it: also in a view action of a first request, before the view's own locale
     * is set (it would then follow the browser's).
     */
    public static String text(Refusal refusal) {
        return text(refusal, CDI.current().select(Language.class).get().getLocale());
    }

    /** The refusal in {@code locale}, French when the platform does not speak it. */
    public static String text(Refusal refusal, Locale locale) {
        return text(locale, refusal.key(), refusal.arguments().stream()
                .map(argument -> argument instanceof Refusal inner ? text(inner, locale) : argument).toArray());
    }

    /** The sentence {@code key} of the bundles in {@code locale}, French when the platform does not speak it. */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale spoken = spoken(locale);
        String pattern = ResourceBundle.getBundle(BUNDLE, spoken, NO_FALLBACK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, spoken).format(arguments);
    }

    /** The first of {@code preferred} that the platform speaks; French when none. */
    public static Locale firstSpoken(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage).filter(SPOKEN::contains).findFirst()
                .map(Locale::of).orElse(FRENCH);
    }

    private static Locale spoken(Locale locale) {
        return locale != null && SPOKEN.contains(locale.getLanguage()) ? Locale.of(locale.getLanguage()) : FRENCH;
    }
}
