package fr.chambery.cqc.web.search.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.search.SearchHit;
import fr.chambery.cqc.core.search.SearchQuery;
import fr.chambery.cqc.core.search.SearchResults;
import fr.chambery.cqc.core.search.SiteSearch;
import fr.chambery.cqc.core.search.Snippet;
import fr.chambery.cqc.web.api.PageJson;
import fr.chambery.cqc.web.api.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import java.util.Optional;

/** {@code GET /api/search?q=…}: the site search, paged as every list of the API. */
@Path("search")
@RequestScoped
public class SearchResource {

    @Inject
    SiteSearch search;

    @Inject
    AssemblyCatalog spaces;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rechercher dans tout ce qui est public : espaces, rencontres, documents (et le texte de leurs fichiers), "
            + "associations… Accents et majuscules ignorés, pluriels et formes proches trouvés, tous les mots requis ; "
            + "résultats par type puis du plus récent au plus ancien")
    @APIResponse(responseCode = "200", description = "Une page des résultats",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Page")))
    @APIResponse(responseCode = "400", description = "Recherche vide, trop longue (plus de " + SearchQuery.MAX_LENGTH
            + " caractères), de plus de " + SearchQuery.MAX_WORDS + " mots, sans mot à chercher, espace ou type inconnu")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    public Response search(@Parameter(description = "les mots cherchés, tous requis", required = true) @QueryParam("q") String q,
                           @Parameter(description = "slug d'un espace : seulement ses résultats") @QueryParam("space") String space,
                           @Parameter(description = "seulement ce type : spaces, meetings, documents, associations… (ceux des composants déployés)")
                           @QueryParam("kind") String kind,
                           @BeanParam PageRequest paging) {
        Optional<Long> spaceId = Optional.ofNullable(space).filter(s -> !s.isBlank())
                .map(slug -> spaces.visible(slug).map(Assembly::id).orElseThrow(() -> new UnknownAssemblyException(slug)));
        SearchQuery query = SearchQuery.of(q, spaceId, Optional.ofNullable(kind).filter(k -> !k.isBlank()));
        SearchResults found = search.search(query, paging.page(), Math.min(paging.size(), SiteSearch.MAX_PAGE_SIZE));
        return PageJson.response(uri, found.page(), PageJson.of(found.page(), found.page().items().stream().map(this::json).toList()));
    }

    private SearchHitJson json(SearchHit hit) {
        String root = uri.getBaseUri().resolve("..").toString().replaceAll("/$", "");
        return new SearchHitJson(hit.kind(), hit.title(), root + hit.path(), hit.spaceSlug().orElse(null),
                hit.spaceTitle().orElse(null), hit.date().map(Object::toString).orElse(null), hit.snippet().text(),
                hit.snippet().parts().stream().filter(Snippet.Part::found).map(Snippet.Part::text).distinct().toList());
    }
}
