package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assembly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The order in which a space shows its documents and its collections: a whole new order, or one item moved
 * one place up or down (for keyboard users); each in the action log.
 */
@ApplicationScoped
public class DocumentOrdering {

    @Inject
    Documents documents;

    @Inject
    ModeratedDocuments moderated;

    @Inject
    ActionLog log;

    /** Puts the space's documents in the given order (ids of the space; the others keep their place after). */
    @Transactional
    public void reorder(Actor actor, String spaceSlug, List<Long> orderedIds) {
        Assembly space = moderated.space(actor, spaceSlug);
        List<Document> current = documents.ofSpace(space.id(), false).stream().map(DocumentEntry::document).toList();
        List<Document> ordered = inOrder(current, orderedIds, Document::id);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        log.record(LogEntry.by(actor).did(Verb.REORDER).on(DocumentLog.DOCUMENT, space.slug(), space.title())
                .to(Map.of("order", ordered.stream().map(Document::title).toList())));
    }

    /** Moves a document one place up (-1) or down (+1), for keyboard users. */
    @Transactional
    public void move(Actor actor, long documentId, int step) {
        Document document = moderated.document(actor, documentId);
        List<Long> ids = new ArrayList<>(documents.ofSpace(document.spaceId(), false).stream().map(e -> e.document().id()).toList());
        swap(ids, ids.indexOf(document.id()), step);
        reorder(actor, moderated.spaceOf(document.spaceId()).slug(), ids);
    }

    /** Moves a collection one place up (-1) or down (+1). */
    @Transactional
    public void moveCollection(Actor actor, long collectionId, int step) {
        DocumentCollection collection = moderated.collection(actor, collectionId);
        List<Long> ids = new ArrayList<>(documents.collectionsOf(collection.spaceId()).stream().map(DocumentCollection::id).toList());
        swap(ids, ids.indexOf(collection.id()), step);
        reorderCollections(actor, moderated.spaceOf(collection.spaceId()).slug(), ids);
    }

    @Transactional
    public void reorderCollections(Actor actor, String spaceSlug, List<Long> orderedIds) {
        Assembly space = moderated.space(actor, spaceSlug);
        List<DocumentCollection> ordered = inOrder(documents.collectionsOf(space.id()), orderedIds, DocumentCollection::id);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        log.record(LogEntry.by(actor).did(Verb.REORDER).on(DocumentLog.COLLECTION, space.slug(), space.title())
                .to(Map.of("order", ordered.stream().map(DocumentCollection::name).toList())));
    }

    private static <T> List<T> inOrder(List<T> current, List<Long> orderedIds, Function<T, Long> id) {
        Map<Long, T> byId = new LinkedHashMap<>();
        current.forEach(item -> byId.put(id.apply(item), item));
        List<T> ordered = new ArrayList<>();
        orderedIds.stream().distinct().map(byId::remove).filter(Objects::nonNull).forEach(ordered::add);
        ordered.addAll(byId.values());
        return ordered;
    }

    private static void swap(List<Long> ids, int index, int step) {
        int other = index + Integer.signum(step);
        if (index >= 0 && other >= 0 && other < ids.size()) {
            Long moved = ids.get(index);
            ids.set(index, ids.get(other));
            ids.set(other, moved);
        }
    }
}
