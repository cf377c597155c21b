package fr.chambery.cqc.web.fabrique.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates of the fabrique's pages (rounds, updates, the City's answers) in the view's language, Paris time. */
@Named
@ApplicationScoped
public class FabriqueFormat {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** « 12 novembre 2026 ». */
    public String day(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(at.atZone(PARIS));
    }

    /** « 12 novembre 2026 à 18:30 » / « 12 November 2026, 18:30 ». */
    public String dayAndTime(Instant at) {
        if (at == null) {
            return "";
        }
        String pattern = "fr".equals(locale().getLanguage()) ? "d MMMM yyyy 'à' HH:mm" : "d MMMM yyyy, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale()).format(at.atZone(PARIS));
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(PARIS));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
