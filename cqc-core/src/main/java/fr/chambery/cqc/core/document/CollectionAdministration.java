package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assembly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.INVALID;

/**
 * Moderators' use cases on a space's collections of documents: list, add (a name unique in the space),
 * rename, remove (their documents stay, outside any collection); each in the action log.
 */
@ApplicationScoped
public class CollectionAdministration {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    ModeratedDocuments moderated;

    @Inject
    ActionLog log;

    public List<DocumentCollection> collectionsOf(Actor actor, String spaceSlug) {
        return documents.collectionsOf(moderated.space(actor, spaceSlug).id());
    }

    @Transactional
    public DocumentCollection addCollection(Actor actor, String spaceSlug, String name, String description) {
        Assembly space = moderated.space(actor, spaceSlug);
        requireUniqueName(space.id(), name, null);
        DocumentCollection collection = new DocumentCollection(space.id(), name, description, documents.nextCollectionPosition(space.id()));
        em.persist(collection);
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(DocumentLog.COLLECTION, space.slug(), collection.name())
                .to(Map.of("name", collection.name())));
        return collection;
    }

    @Transactional
    public void renameCollection(Actor actor, long collectionId, String name, String description) {
        DocumentCollection collection = moderated.collection(actor, collectionId);
        requireUniqueName(collection.spaceId(), name, collection.id());
        String before = collection.name();
        collection.rename(name, description);
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(DocumentLog.COLLECTION, collection.id(), collection.name())
                .from(Map.of("name", before)).to(Map.of("name", collection.name())));
    }

    /** Removes a collection; its documents stay, outside any collection. */
    @Transactional
    public void removeCollection(Actor actor, long collectionId) {
        DocumentCollection collection = moderated.collection(actor, collectionId);
        em.createQuery("UPDATE Document d SET d.collectionId = NULL WHERE d.collectionId = :c")
                .setParameter("c", collection.id()).executeUpdate();
        em.remove(collection);
        log.record(LogEntry.by(actor).did(Verb.DELETE).on(DocumentLog.COLLECTION, collection.id(), collection.name())
                .from(Map.of("name", collection.name())));
    }

    private void requireUniqueName(long spaceId, String name, Long except) {
        boolean taken = documents.collectionsOf(spaceId).stream()
                .anyMatch(c -> !c.id().equals(except) && name != null && c.name().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw new DocumentRefusedException(INVALID, "refusal.document.collection.taken");
        }
    }
}
