package fr.chambery.cqc.web.meeting.ui;

import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.web.ui.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A meeting as the pages write it: when, in the view's language and the meeting's zone (Europe/Paris),
 * and where.
 */
@Named
@ApplicationScoped
public class MeetingFormat {

    public String day(Meeting meeting) {
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale()).format(meeting.starts());
        return day.substring(0, 1).toUpperCase(locale()) + day.substring(1);
    }

    public String hours(Meeting meeting) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale());
        return time.format(meeting.starts()) + " – " + time.format(meeting.ends());
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Meeting meeting) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meeting.starts());
    }

    /** The address, or « En ligne » for an online-only meeting. */
    public String place(Meeting meeting) {
        return meeting.address().orElseGet(() -> Messages.text("meetings.online"));
    }

    public String onlineUrl(Meeting meeting) {
        return meeting.onlineUrl().orElse(null);
    }

    public String minutes(Meeting meeting) {
        return meeting.minutes().orElse(null);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
