package fr.chambery.cqc.web.document.api;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyCatalog;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.document.Document;
import fr.chambery.cqc.core.document.CollectionAdministration;
import fr.chambery.cqc.core.document.DocumentAdministration;
import fr.chambery.cqc.core.document.DocumentCatalog;
import fr.chambery.cqc.core.document.DocumentCollection;
import fr.chambery.cqc.core.document.DocumentDraft;
import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.core.document.DocumentUploads;
import fr.chambery.cqc.core.document.DocumentsComponent;
import fr.chambery.cqc.core.document.SpaceDocuments;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.api.InvalidRequestException;
import fr.chambery.cqc.web.api.PageJson;
import fr.chambery.cqc.web.api.PageRequest;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The documents of a space: listed and searched by anyone, uploaded with a bearer token. */
@Path("assemblies/{slug}/documents")
@RequestScoped
public class SpaceDocumentsResource {

    @Inject
    AssemblyCatalog spaces;

    @Inject
    DocumentCatalog catalog;

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentAdministration administration;

    @Inject
    CollectionAdministration collections;

    @Inject
    CurrentActor currentActor;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les documents publiés d'un espace dans leur ordre public, par pages ; ou ceux qui répondent à une recherche")
    @Parameter(ref = "page")
    @Parameter(ref = "size")
    public Response list(@PathParam("slug") String slug,
                         @Parameter(description = "mots cherchés dans le titre, la description et le texte des fichiers")
                         @QueryParam("q") String query,
                         @BeanParam PageRequest paging) {
        Assembly space = visible(slug);
        if (query != null && query.length() > 200) {
            throw new InvalidRequestException("request.documents.tooLong");
        }
        int page = paging.page();
        int size = paging.size();
        Map<Long, String> names = catalog.collectionNames(space);
        boolean searching = query != null && !query.isBlank();
        List<DocumentEntry> all;
        List<DocumentListJson.CollectionJson> collections = null;
        if (searching) {
            all = catalog.search(space, query);
        } else {
            SpaceDocuments documents = catalog.of(space);
            all = new ArrayList<>();
            documents.collections().forEach(c -> all.addAll(c.documents()));
            all.addAll(documents.others());
            collections = documents.collections().stream()
                    .map(c -> new DocumentListJson.CollectionJson(c.collection().id(), c.collection().name(),
                            c.collection().description().orElse(null)))
                    .toList();
        }
        ResultPage<DocumentEntry> found = ResultPage.slice(all, page, size);
        return PageJson.response(uri, found, new DocumentListJson(slug, searching ? query : null, collections,
                found.items().stream().map(e -> DocumentRepresentations.of(e, names, uri, false)).toList(),
                found.page(), found.size(), found.total(), found.pages()));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Déposer un document (jeton Bearer) : le corps est le fichier ; son type réel est lu dans ses octets")
    @APIResponse(responseCode = "201", description = "Déposé (non publié, sauf publish=true)")
    @APIResponse(responseCode = "400", description = "Nom, titre ou collection invalide, fichier vide")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    @APIResponse(responseCode = "415", description = "Type non accepté, ou contenu contraire au nom")
    @APIResponse(responseCode = "422", description = "Fichier illisible, protégé ou bombe de décompression")
    public Response upload(@PathParam("slug") String slug,
                           @QueryParam("filename") String fileName,
                           @QueryParam("title") String title,
                           @QueryParam("description") String description,
                           @Parameter(description = "nom d'une collection de l'espace") @QueryParam("collection") String collection,
                           @QueryParam("meeting") Long meeting,
                           @QueryParam("publish") @DefaultValue("false") boolean publish,
                           InputStream body) {
        Actor actor = currentActor.onApi();
        Long collectionId = null;
        if (collection != null && !collection.isBlank()) {
            collectionId = collections.collectionsOf(actor, slug).stream()
                    .filter(c -> c.name().equalsIgnoreCase(collection.strip())).map(DocumentCollection::id).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("request.collection.unknown", collection));
        }
        Document document = uploads.upload(actor, slug, new DocumentDraft(title, description, collectionId, meeting), fileName, body);
        if (publish) {
            administration.publish(actor, document.id());
        }
        var entry = administration.entry(actor, document.id());
        Map<Long, String> names = Map.of();
        if (collectionId != null) {
            names = Map.of(collectionId, collection.strip());
        }
        return Response.created(uri.getBaseUriBuilder().path("documents").path(String.valueOf(document.id())).build())
                .entity(DocumentRepresentations.of(entry, names, uri, true)).build();
    }

    private Assembly visible(String slug) {
        return spaces.visible(slug).filter(s -> s.enables(DocumentsComponent.KEY))
                .orElseThrow(() -> new UnknownAssemblyException(slug));
    }
}
