package fr.chambery.cqc.web.fabrique.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.SujetCatalog;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/** One subject of the fabrique citoyenne, with its number of visible comments. */
@Path("subjects/{id}")
@RequestScoped
public class SubjectResource {

    @Inject
    SujetCatalog catalog;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Un sujet de la fabrique citoyenne, avec son nombre de commentaires visibles")
    @APIResponse(responseCode = "404", description = "Sujet inconnu ou masqué par la modération")
    public SubjectJson one(@PathParam("id") long id) {
        Sujet sujet = catalog.byId(id).orElseThrow(() -> unknown(id));
        Assembly space = catalog.spaceOfVisible(sujet).orElseThrow(() -> unknown(id));
        return SubjectJson.of(uri, sujet, space, catalog.commentCounts(List.of(id)).getOrDefault(id, 0L));
    }

    private NotFoundException unknown(long id) {
        Locale language = ApiLanguage.of(headers);
        return new NotFoundException(ProblemJson.response(Response.Status.NOT_FOUND,
                RefusalMessages.text(language, "problem.subject.unknown"),
                RefusalMessages.text(language, "problem.subject.unknown.detail", String.valueOf(id))));
    }
}
