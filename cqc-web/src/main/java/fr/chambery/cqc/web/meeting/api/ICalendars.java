package fr.chambery.cqc.web.meeting.api;

import fr.chambery.cqc.core.meeting.Meeting;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jsoup.Jsoup;

import java.net.URI;
import java.util.Collection;
import java.util.function.Function;

/**
 * iCalendar feeds of meetings, built with ical4j: one VEVENT a meeting, times in UTC (unambiguous for
 * every client), a stable UID, the page's address, and STATUS:CANCELLED for a cancelled one.
 */
final class ICalendars {

    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private ICalendars() {
    }

    static String of(Collection<Meeting> meetings, String host, Function<Meeting, URI> page) {
        Calendar calendar = new Calendar()
                .withProdId("-//Ville de Chambéry//CQC//FR")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
        for (Meeting m : meetings) {
            VEvent event = new VEvent(m.startsAt(), m.endsAt(), m.title());
            event.add(new Uid("meeting-" + m.id() + "@" + host));
            event.add(new Url(page.apply(m)));
            m.address().ifPresent(address -> event.add(new Location(address)));
            if (m.address().isEmpty()) {
                m.onlineUrl().ifPresent(link -> event.add(new Location(link)));
            }
            String text = Jsoup.parse(m.description() == null ? "" : m.description()).text();
            if (!text.isBlank()) {
                event.add(new Description(text));
            }
            if (m.isCancelled()) {
                event.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }
}
