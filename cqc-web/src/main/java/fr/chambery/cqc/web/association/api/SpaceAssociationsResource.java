package fr.chambery.cqc.web.association.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.association.AssociationCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
    public record ListJson(String quartier, String cityDirectory, List<String> themes, List<AssociationJson> associations) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les associations d'un quartier (annuaire de la Ville) ; q : mots du nom, theme : un thème")
    public ListJson list(@PathParam("slug") String slug, @QueryParam("q") String query, @QueryParam("theme") String theme) {
        Assembly quartier = catalog.quartier(slug).orElseThrow(() -> new UnknownAssemblyException(slug));
        if ((query != null && query.length() > 100) || (theme != null && theme.length() > 200)) {
            throw new IllegalArgumentException("q ne doit pas dépasser 100 caractères, ni theme 200.");
        }
        return new ListJson(slug, AssociationCatalog.CITY_DIRECTORY, catalog.themes(quartier),
                catalog.of(quartier, query, theme).stream().map(AssociationJson::of).toList());
    }
}
