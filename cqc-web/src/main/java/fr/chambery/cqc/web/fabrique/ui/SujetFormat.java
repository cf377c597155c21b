package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.Theme;
import fr.chambery.cqc.web.ui.Language;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How the fabrique's pages write dates, states and themes, in the visitor's language. */
@Named
@RequestScoped
public class SujetFormat {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Language language;

    public String day(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(instant.atZone(PARIS));
    }

    public String iso(Instant instant) {
        return instant.atZone(PARIS).toLocalDate().toString();
    }

    /** Plain text cut in lines, for the page to write each one escaped with a line break between. */
    public List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    /** The author's public label, or « membre ayant quitté le conseil » once she has left. */
    public String author(Object label) {
        String text = text(label);
        return text.isEmpty() ? Messages.text("fabrique.author.gone") : text;
    }

    /**
     * An optional text, or empty. EL (its {@code OptionalELResolver}) hands a method an {@code Optional} argument
     * unwrapped: the text itself, or null when empty; an {@code Optional} is taken too.
     */
    public String text(Object value) {
        Object unwrapped = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        return unwrapped == null ? "" : unwrapped.toString();
    }

    public EtatSujet[] getStates() {
        return EtatSujet.values();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }
}
