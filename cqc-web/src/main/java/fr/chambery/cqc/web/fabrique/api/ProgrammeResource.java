package fr.chambery.cqc.web.fabrique.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.InRoomCount;
import fr.chambery.cqc.core.fabrique.Priorisation;
import fr.chambery.cqc.core.fabrique.Priorisations;
import fr.chambery.cqc.core.fabrique.Programme;
import fr.chambery.cqc.core.fabrique.Projet;
import fr.chambery.cqc.core.fabrique.ProjetUpdate;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.api.PageJson;
import fr.chambery.cqc.web.api.PageRequest;
import fr.chambery.cqc.web.infrastructure.cache.PageExpiry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The programme de travail of a council, or of the councils of an assembly, read-only and public. */
@Path("assemblies/{slug}/programme")
@RequestScoped
public class ProgrammeResource {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    AssemblyCatalog spaces;

    @Inject
    Programme programme;

    @Inject
    Priorisations priorisations;

    @Inject
    Meetings meetings;

    @Context
    UriInfo uri;

    /** To tell the cache of rendered pages that the supports appear at a round's close, with no write. */
    @Inject
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Le programme de travail d'un conseil (ou des conseils d'une assemblée) : projets, statut, avancement, étapes, réponse de la Ville")
    @APIResponse(responseCode = "200", description = "Une page des projets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Page")))
    @APIResponse(responseCode = "404", description = "Aucune assemblée publiée ne porte cet identifiant")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    public Response list(@PathParam("slug") String slug, @BeanParam PageRequest paging) {
        Assembly space = spaces.visible(slug).orElseThrow(() -> new UnknownAssemblyException(slug));
        Map<Long, Assembly> scope = new HashMap<>();
        scope.put(space.id(), space);
        spaces.subSpacesOf(space).forEach(c -> scope.put(c.id(), c));
        scope.values().removeIf(s -> !s.enables(FabriqueComponent.KEY));
        ResultPage<Projet> found = programme.of(scope.keySet(), paging.page(), paging.size());
        List<Projet> projets = found.items();
        Map<Long, List<ProjetUpdate>> updates = programme.updates(projets.stream().map(Projet::id).toList());
        Map<Long, WorkingGroup> groups = new HashMap<>();
        meetings.workingGroupsOf(projets.stream().map(Projet::spaceId).distinct().toList()).forEach(g -> groups.put(g.id(), g));
        Map<Long, List<Meeting>> linked = programme.meetings(projets);
        Map<Long, Priorisation> rounds = priorisations.ofPlenieres(projets.stream().map(Projet::pleniereId).flatMap(Optional::stream).distinct().toList());
        Instant now = Instant.now();
        List<Long> publicRounds = rounds.values().stream().filter(r -> r.countsArePublic(now)).map(Priorisation::id).toList();
        List<Long> subjects = projets.stream().map(Projet::subjectId).toList();
        Map<Priorisations.SubjectInRound, Long> online = priorisations.onlineCounts(publicRounds, subjects);
        Map<Priorisations.SubjectInRound, InRoomCount> inRoom = priorisations.inRoomCounts(publicRounds, subjects);
        rounds.values().stream().filter(r -> !r.countsArePublic(now)).forEach(r -> PageExpiry.changesAt(request, r.closesAt()));
        List<ProjetJson> items = new ArrayList<>();
        for (Projet p : projets) {
            Optional<WorkingGroup> group = p.workingGroupId().map(groups::get);
            Optional<Priorisation> round = p.pleniereId().map(rounds::get).filter(r -> r.countsArePublic(now));
            Assembly council = scope.get(p.spaceId());
            items.add(new ProjetJson(p.id(), council.slug(), p.title(), p.year(), p.status().name(), p.abandonReason().orElse(null),
                    p.progress(), p.needsCity(), group.map(WorkingGroup::name).orElse("mairie de quartier"),
                    group.map(g -> List.of(g.referent1(), g.referent2())).orElse(List.of()),
                    p.cityAnswer().map(text -> new ProjetJson.CityAnswerJson(text, at(p.cityAnsweredAt().orElseThrow()))).orElse(null),
                    updates.getOrDefault(p.id(), List.of()).stream()
                            .map(u -> new ProjetJson.UpdateJson(at(u.writtenAt()), u.body(), u.documentUrl().orElse(null))).toList(),
                    linked.getOrDefault(p.id(), List.of()).stream().map(m -> link("api/meetings/" + m.id())).toList(),
                    round.map(r -> supports(new Priorisations.SubjectInRound(r.id(), p.subjectId()), online, inRoom)).orElse(null),
                    link("assemblies/" + council.slug() + "/fabrique/projets/" + p.id())));
        }
        return PageJson.response(uri, found, PageJson.of(found, items));
    }

    private static ProjetJson.SupportsJson supports(Priorisations.SubjectInRound key, Map<Priorisations.SubjectInRound, Long> online,
                                                    Map<Priorisations.SubjectInRound, InRoomCount> inRoom) {
        long supports = online.getOrDefault(key, 0L);
        int hands = Optional.ofNullable(inRoom.get(key)).map(InRoomCount::hands).orElse(0);
        return new ProjetJson.SupportsJson(supports, hands, supports + hands);
    }

    private URI link(String path) {
        return uri.getBaseUri().resolve("../" + path).normalize();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atZone(PARIS).toOffsetDateTime();
    }
}
