package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.INVALID;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.NOT_FOUND;

/**
 * What a moderator's use case on documents asks first: the space, document or collection, found and
 * editable by the actor (and, for a space, offering documents). Shared by the documents', collections'
 * and ordering's use cases.
 */
@ApplicationScoped
public class ModeratedDocuments {

    @Inject
    Assemblies assemblies;

    @Inject
    Documents documents;

    /** The space, if the actor may edit it and it enables documents. */
    Assembly space(Actor actor, String spaceSlug) {
        Assembly space = assemblies.bySlug(spaceSlug).orElseThrow(() -> new UnknownAssemblyException(spaceSlug));
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        if (!space.enables(DocumentsComponent.KEY)) {
            throw new DocumentRefusedException(INVALID, "refusal.document.notEnabled");
        }
        return space;
    }

    /** The space a document or collection lives in. */
    Assembly spaceOf(long spaceId) {
        return assemblies.byId(spaceId).orElseThrow();
    }

    Document document(Actor actor, long documentId) {
        Document document = documents.byId(documentId)
                .orElseThrow(() -> new DocumentRefusedException(NOT_FOUND, "refusal.document.notFound"));
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(spaceOf(document.spaceId())));
        return document;
    }

    DocumentCollection collection(Actor actor, long collectionId) {
        DocumentCollection collection = documents.collection(collectionId)
                .orElseThrow(() -> new DocumentRefusedException(NOT_FOUND, "refusal.document.collection.notFound"));
        Permissions.require(actor, Action.EDIT_SPACE, assemblies.byId(collection.spaceId()));
        return collection;
    }
}
