package fr.chambery.cqc.web.meeting.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingCatalog;
import fr.chambery.cqc.core.meeting.MeetingFilter;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.api.PageJson;
import fr.chambery.cqc.web.api.PageRequest;
import fr.chambery.cqc.web.api.ProblemJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The meetings of a space and its sub-spaces, as JSON and as an iCalendar feed. */
@Path("assemblies/{slug}/meetings")
@RequestScoped
public class SpaceMeetingsResource {

    @Inject
    MeetingCatalog catalog;

    @Inject
    AssemblyCatalog spaces;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les rencontres d'un espace et de ses sous-espaces, par pages")
    @APIResponse(responseCode = "200", description = "Une page des rencontres",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Page")))
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    public Response list(@PathParam("slug") String slug,
                                @Parameter(description = "PLENIERE, GROUPE_DE_TRAVAIL, COORDINATION_INTERNE ou FORMATION") @QueryParam("type") String type,
                                @Parameter(description = "slug d'un sous-espace") @QueryParam("council") String council,
                                @Parameter(description = "upcoming (par défaut), past ou all") @QueryParam("when") @DefaultValue("upcoming") String when,
                                @BeanParam PageRequest paging) {
        Map<Long, Assembly> scope = scopeOf(slug);
        int page = paging.page();
        int size = paging.size();
        if (council != null && scope.values().stream().noneMatch(a -> a.slug().equals(council))) {
            throw bad("council : aucun sous-espace « " + council + " » dans « " + slug + " ».");
        }
        ResultPage<Meeting> found = catalog.search(scope, new MeetingFilter(typeOf(type), Optional.ofNullable(council), whenOf(when)), page, size);
        return PageJson.response(uri, found, PageJson.of(found,
                found.items().stream().map(m -> MeetingRepresentations.json(uri, m, scope.get(m.spaceId()))).toList()));
    }

    @GET
    @Path("calendar.ics")
    @Produces(ICalendars.MEDIA_TYPE)
    @Operation(summary = "Le calendrier (iCalendar) des rencontres d'un espace et de ses sous-espaces")
    public Response spaceCalendar(@PathParam("slug") String slug) {
        Map<Long, Assembly> scope = scopeOf(slug);
        List<Meeting> all = catalog.search(scope, new MeetingFilter(Optional.empty(), Optional.empty(), MeetingFilter.When.ALL), 1, 500).items();
        return MeetingRepresentations.calendar(uri, all, scope);
    }

    private Map<Long, Assembly> scopeOf(String slug) {
        Assembly space = spaces.visible(slug).orElseThrow(() -> new UnknownAssemblyException(slug));
        return catalog.spacesOf(space);
    }

    private static Optional<MeetingType> typeOf(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MeetingType.named(value).orElseThrow(() -> bad("type : PLENIERE, GROUPE_DE_TRAVAIL, COORDINATION_INTERNE ou FORMATION attendu.")));
    }

    private static MeetingFilter.When whenOf(String value) {
        return MeetingFilter.When.named(value).orElseThrow(() -> bad("when : upcoming, past ou all attendu."));
    }

    private static BadRequestException bad(String detail) {
        return new BadRequestException(ProblemJson.response(Response.Status.BAD_REQUEST, "Paramètre invalide", detail));
    }
}
