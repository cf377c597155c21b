package fr.chambery.cqc.web.document.api;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.document.DocumentAdministration;
import fr.chambery.cqc.core.document.DocumentCatalog;
import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.core.document.DocumentRefusedException;
import fr.chambery.cqc.core.document.DocumentUploads;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.InputStream;

/** One document: read by anyone when published; a new version of its file with a bearer token. */
@Path("documents")
@RequestScoped
public class DocumentResource {

    @Inject
    DocumentCatalog catalog;

    @Inject
    Assemblies assemblies;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentAdministration administration;

    @Inject
    CurrentActor currentActor;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Un document publié ; son fichier est à l'adresse « file »")
    public DocumentJson get(@PathParam("id") long id) {
        DocumentEntry entry = catalog.visible(id)
                .orElseThrow(() -> new DocumentRefusedException(DocumentRefusedException.Reason.NOT_FOUND, "refusal.document.notFound"));
        return json(entry, false);
    }

    @PUT
    @Path("{id}/file")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remplacer le fichier par une nouvelle version (jeton Bearer) ; les anciennes restent dans l'historique")
    public DocumentJson replace(@PathParam("id") long id, @QueryParam("filename") String fileName, InputStream body) {
        uploads.replace(currentActor.onApi(), id, fileName, body);
        return json(administration.entry(currentActor.onApi(), id), true);
    }

    private DocumentJson json(DocumentEntry entry, boolean withState) {
        var space = assemblies.byId(entry.document().spaceId()).orElseThrow();
        return DocumentRepresentations.of(entry, catalog.collectionNames(space), uri, withState);
    }
}
