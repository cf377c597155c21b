package fr.chambery.cqc.web.meeting.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.Meeting;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** How the API writes meetings: JSON records, page addresses, iCalendar responses. */
final class MeetingRepresentations {

    private MeetingRepresentations() {
    }

    static MeetingJson json(UriInfo uri, Meeting m, Assembly space) {
        return new MeetingJson(m.id(), m.type().name(), m.title(), m.starts().toOffsetDateTime(), m.ends().toOffsetDateTime(),
                m.zone().getId(), m.address().orElse(null), m.onlineUrl().orElse(null), m.isCancelled(), m.description(),
                m.agenda(), m.minutes().orElse(null), space.slug(), page(uri, space, m),
                uri.getBaseUriBuilder().path("meetings").path(Long.toString(m.id())).path("calendar.ics").build());
    }

    static URI page(UriInfo uri, Assembly space, Meeting m) {
        return uri.getBaseUriBuilder().path("..").path("assemblies").path(space.slug()).path("meetings")
                .path(Long.toString(m.id())).build().normalize();
    }

    static Response calendar(UriInfo uri, List<Meeting> meetings, Map<Long, Assembly> spaces) {
        String body = ICalendars.of(meetings, uri.getBaseUri().getHost(), m -> page(uri, spaces.get(m.spaceId()), m));
        return Response.ok(body, ICalendars.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"rencontres.ics\"").build();
    }
}
