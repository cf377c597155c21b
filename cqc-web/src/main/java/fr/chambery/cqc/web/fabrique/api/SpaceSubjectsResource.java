package fr.chambery.cqc.web.fabrique.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.SujetCatalog;
import fr.chambery.cqc.core.fabrique.Theme;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.api.PageJson;
import fr.chambery.cqc.web.api.PageRequest;
import fr.chambery.cqc.web.api.ProblemJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
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

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The subjects of a space's fabrique (an assembly: its councils'), read-only, newest first. */
@Path("assemblies/{slug}/subjects")
@RequestScoped
public class SpaceSubjectsResource {

    @Inject
    SujetCatalog catalog;

    @Inject
    AssemblyCatalog spaces;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les sujets de la fabrique citoyenne d'un espace (d'une assemblée : de ses conseils), par pages, les plus récents d'abord ; "
            + "les sujets masqués par la modération n'y sont pas")
    @APIResponse(responseCode = "200", description = "Une page de sujets (Subject)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Page")))
    @APIResponse(responseCode = "404", description = "Espace inconnu, non publié, ou sans fabrique citoyenne")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    public Response list(@PathParam("slug") String slug,
                         @Parameter(description = "PROPOSE, RETENU, NON_RETENU, FUSIONNE ou RETIRE") @QueryParam("state") String state,
                         @Parameter(description = "CADRE_DE_VIE, SERVICES_DE_PROXIMITE, VIE_SOCIALE, AMENAGEMENT_DU_QUARTIER ou AUTRE") @QueryParam("theme") String theme,
                         @BeanParam PageRequest paging) {
        Assembly space = spaces.visible(slug).filter(s -> s.enables(FabriqueComponent.KEY))
                .orElseThrow(() -> new UnknownAssemblyException(slug));
        int page = paging.page();
        int size = paging.size();
        Optional<EtatSujet> etat = named(EtatSujet.values(), state, "state : PROPOSE, RETENU, NON_RETENU, FUSIONNE ou RETIRE attendu.");
        Optional<Theme> th = named(Theme.values(), theme, "theme : CADRE_DE_VIE, SERVICES_DE_PROXIMITE, VIE_SOCIALE, AMENAGEMENT_DU_QUARTIER ou AUTRE attendu.");
        Map<Long, Assembly> scope = catalog.scopeOf(space);
        ResultPage<Sujet> found = catalog.search(scope.keySet(), etat, th, page, size);
        Map<Long, Long> counts = catalog.commentCounts(found.items().stream().map(Sujet::id).toList());
        return PageJson.response(uri, found, PageJson.of(found, found.items().stream()
                .map(s -> SubjectJson.of(uri, s, scope.get(s.spaceId()), counts.getOrDefault(s.id(), 0L))).toList()));
    }

    private static <E extends Enum<E>> Optional<E> named(E[] values, String value, String rule) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values).filter(v -> v.name().equals(value)).findFirst()
                .orElseThrow(() -> new BadRequestException(ProblemJson.response(Response.Status.BAD_REQUEST, "Paramètre invalide", rule))));
    }
}
