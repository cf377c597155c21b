package fr.chambery.cqc.core.fabrique;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a member writes in « Proposer un sujet »: a title, a description (plain text, line breaks kept),
 * one of the charter's themes (its code, as the form sends it) and, if she wants, a place in the quartier.
 */
public record Proposition(String title, String description, String theme, String place) {

    /** Every problem of the form, each tied to its field; empty when it can be published. */
    public List<Probleme> check() {
        List<Probleme> problems = new ArrayList<>();
        String t = TexteSimple.line(title);
        if (t.isEmpty()) {
            problems.add(Probleme.of("title", "refusal.fabrique.field.title.missing"));
        } else if (t.length() > Sujet.TITLE_MAX) {
            problems.add(Probleme.of("title", "refusal.fabrique.field.tooLong", Sujet.TITLE_MAX, t.length()));
        }
        String d = TexteSimple.of(description);
        if (d.isEmpty()) {
            problems.add(Probleme.of("description", "refusal.fabrique.field.description.missing"));
        } else if (d.length() > Sujet.DESCRIPTION_MAX) {
            problems.add(Probleme.of("description", "refusal.fabrique.field.tooLong", Sujet.DESCRIPTION_MAX, d.length()));
        }
        if (themeOf(theme).isEmpty()) {
            problems.add(Probleme.of("theme", "refusal.fabrique.field.theme"));
        }
        if (TexteSimple.line(place).length() > Sujet.PLACE_MAX) {
            problems.add(Probleme.of("place", "refusal.fabrique.field.tooLong", Sujet.PLACE_MAX, TexteSimple.line(place).length()));
        }
        return problems;
    }

    String cleanTitle() {
        return TexteSimple.line(title);
    }

    String cleanDescription() {
        return TexteSimple.of(description);
    }

    Theme cleanTheme() {
        return themeOf(theme).orElseThrow();
    }

    /** The place, or null when none was given. */
    String cleanPlace() {
        String p = TexteSimple.line(place);
        return p.isEmpty() ? null : p;
    }

    static Optional<Theme> themeOf(String code) {
        return Arrays.stream(Theme.values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
