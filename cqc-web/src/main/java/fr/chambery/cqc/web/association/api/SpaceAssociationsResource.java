package fr.chambery.cqc.web.association.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.association.Association;
import fr.chambery.cqc.core.association.AssociationCatalog;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The associations listed in a quartier, from the city's directory. */
@Path("assemblies/{slug}/associations")
@RequestScoped
public class SpaceAssociationsResource {

    @Inject
    AssociationCatalog catalog;

    /** The listing, and where the city publishes the directory. */
    /** One page of the quartier's associations: {@code total} in all, {@code pages} of {@code size}. */
    public record ListJson(String quartier, String cityDirectory, List<String> themes, long total, int page, int size, int pages,
                           List<AssociationJson> associations) {
    }

    static final int MAX_SIZE = 100;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les associations d'un quartier (annuaire de la Ville), par pages ; q : mots du nom, theme : un thème, "
            + "page (à partir de 1), size (jusqu'à 100)")
    public ListJson list(@PathParam("slug") String slug, @QueryParam("q") String query, @QueryParam("theme") String theme,
                         @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Assembly quartier = catalog.quartier(slug).orElseThrow(() -> new UnknownAssemblyException(slug));
        if ((query != null && query.length() > 100) || (theme != null && theme.length() > 200)) {
            throw new IllegalArgumentException("q ne doit pas dépasser 100 caractères, ni theme 200.");
        }
        if (page < 1 || page > 10_000 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page doit valoir de 1 à 10000, size de 1 à " + MAX_SIZE + ".");
        }
        ResultPage<Association> found = catalog.page(quartier, query, theme, page, size);
        return new ListJson(slug, AssociationCatalog.CITY_DIRECTORY, catalog.themes(quartier), found.total(), found.page(),
                found.size(), found.pages(), found.items().stream().map(AssociationJson::of).toList());
    }
}
