package fr.chambery.cqc.web.meeting.api;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingCatalog;
import fr.chambery.cqc.web.api.ApiLanguage;
import fr.chambery.cqc.web.api.ProblemJson;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One published meeting, as JSON and as an iCalendar event. */
@Path("meetings/{id}")
@RequestScoped
public class MeetingResource {

    @Inject
    MeetingCatalog catalog;

    @Inject
    Assemblies assemblies;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Une rencontre")
    public MeetingJson one(@PathParam("id") long id) {
        Meeting meeting = visible(id);
        return MeetingRepresentations.json(uri, meeting, spaceOf(meeting));
    }

    @GET
    @Path("calendar.ics")
    @Produces(ICalendars.MEDIA_TYPE)
    @Operation(summary = "Une rencontre, à ajouter à son agenda (iCalendar)")
    public Response calendar(@PathParam("id") long id) {
        Meeting meeting = visible(id);
        Assembly space = spaceOf(meeting);
        return MeetingRepresentations.calendar(uri, List.of(meeting), Map.of(space.id(), space));
    }

    private Assembly spaceOf(Meeting meeting) {
        return assemblies.byId(meeting.spaceId()).orElseThrow();
    }

    private Meeting visible(long id) {
        Locale language = ApiLanguage.of(headers);
        return catalog.visible(id).orElseThrow(() -> new NotFoundException(ProblemJson.response(Response.Status.NOT_FOUND,
                RefusalMessages.text(language, "problem.meeting.unknown"),
                RefusalMessages.text(language, "problem.meeting.unknown.detail", String.valueOf(id)))));
    }
}
