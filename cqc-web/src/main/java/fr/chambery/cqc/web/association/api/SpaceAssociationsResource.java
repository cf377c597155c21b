package fr.chambery.cqc.web.association.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.AssociationCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.api.InvalidRequestException;
import fr.chambery.cqc.web.api.PageJson;
import fr.chambery.cqc.web.api.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The associations listed in a quartier, from the city's directory. */
@Path("assemblies/{slug}/associations")
@RequestScoped
public class SpaceAssociationsResource {

    @Inject
    AssociationCatalog catalog;

    @Context
    UriInfo uri;

    /**
     * One page of the quartier's associations, as every list pages ({@link PageJson}), with where the
     * city publishes the directory and the themes to filter by.
     */
    public record ListJson(String quartier, String cityDirectory, List<String> themes,
                           List<AssociationJson> items, int page, int size, long total, int pages) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les associations d'un quartier (annuaire de la Ville), par pages ; q : mots du nom, theme : un thème")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    public Response list(@PathParam("slug") String slug, @QueryParam("q") String query, @QueryParam("theme") String theme,
                         @BeanParam PageRequest paging) {
        Assembly quartier = catalog.quartier(slug).orElseThrow(() -> new UnknownAssemblyException(slug));
        if ((query != null && query.length() > 100) || (theme != null && theme.length() > 200)) {
            throw new InvalidRequestException("request.associations.tooLong");
        }
        ResultPage<Association> found = catalog.page(quartier, query, theme, paging.page(), paging.size());
        return PageJson.response(uri, found, new ListJson(slug, AssociationCatalog.CITY_DIRECTORY, catalog.themes(quartier),
                found.items().stream().map(AssociationJson::of).toList(), found.page(), found.size(), found.total(), found.pages()));
    }
}
