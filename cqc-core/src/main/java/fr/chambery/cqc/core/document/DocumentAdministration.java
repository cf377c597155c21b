package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.meeting.Meetings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.INVALID;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.NOT_FOUND;

/**
 * Moderators' use cases on documents and collections. Each checks that the space enables documents and
 * that the actor may edit it, runs in one transaction and is written to the action log. Files arrive
 * through {@link DocumentUploads}, which calls {@link #add} and {@link #addVersion} once they are stored.
 */
@ApplicationScoped
public class DocumentAdministration {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Assemblies assemblies;

    @Inject
    Documents documents;

    @Inject
    Meetings meetings;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    /** The space's documents, published or not, in order. */
    public List<DocumentEntry> of(Actor actor, String spaceSlug) {
        return documents.ofSpace(editable(actor, spaceSlug).id(), false);
    }

    public List<DocumentCollection> collectionsOf(Actor actor, String spaceSlug) {
        return documents.collectionsOf(editable(actor, spaceSlug).id());
    }

    public DocumentEntry entry(Actor actor, long documentId) {
        owned(actor, documentId);
        return documents.entry(documentId).orElseThrow();
    }

    public List<DocumentVersion> versionsOf(Actor actor, long documentId) {
        owned(actor, documentId);
        return documents.versionsOf(documentId);
    }

    /** Any version, for the moderators of its space. */
    public DocumentVersion version(Actor actor, long versionId) {
        DocumentVersion version = documents.version(versionId)
                .orElseThrow(() -> new DocumentRefusedException(NOT_FOUND, "refusal.document.version.notFound"));
        owned(actor, version.documentId());
        return version;
    }

    /** Checks, before any byte is read, that the actor may add this document to the space. */
    public void checkAdd(Actor actor, String spaceSlug, DocumentDraft draft) {
        Assembly space = editable(actor, spaceSlug);
        checkLinks(space, draft);
        new Document(space.id(), draft, 0, clock.instant());
    }

    @Transactional
    public Document add(Actor actor, String spaceSlug, DocumentDraft draft, StoredFile file) {
        Assembly space = editable(actor, spaceSlug);
        checkLinks(space, draft);
        Document document = new Document(space.id(), draft, documents.nextPosition(space.id()), clock.instant());
        em.persist(document);
        em.flush();
        em.persist(new DocumentIndex(document, file.text()));
        em.persist(new DocumentVersion(document.id(), 1, file, clock.instant(), actor.name()));
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(DocumentLog.DOCUMENT, document.id(), document.title())
                .to(snapshot(document, file)));
        return document;
    }

    @Transactional
    public Document addVersion(Actor actor, long documentId, StoredFile file) {
        Document document = owned(actor, documentId);
        int number = document.currentVersion() + 1;
        em.persist(new DocumentVersion(document.id(), number, file, clock.instant(), actor.name()));
        Map<String, Object> before = Map.of("version", document.currentVersion());
        document.replacedBy(number, clock.instant());
        index(document, file.text());
        log.record(LogEntry.by(actor).did(Verb.NEW_VERSION).on(DocumentLog.DOCUMENT, document.id(), document.title())
                .from(before).to(snapshot(document, file)));
        return document;
    }

    @Transactional
    public Document update(Actor actor, long documentId, long expectedVersion, DocumentDraft draft) {
        Document document = owned(actor, documentId);
        if (document.version() != expectedVersion) {
            throw new ConcurrentEditException("document " + documentId);
        }
        Assembly space = assemblies.byId(document.spaceId()).orElseThrow();
        checkLinks(space, draft);
        Map<String, Object> before = describe(document);
        document.describe(draft, clock.instant());
        index(document, documents.version(documentId, document.currentVersion()).map(DocumentVersion::text).orElse(""));
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(DocumentLog.DOCUMENT, document.id(), document.title())
                .from(before).to(describe(document)));
        return document;
    }

    @Transactional
    public void publish(Actor actor, long documentId) {
        Document document = owned(actor, documentId);
        document.publish(clock.instant());
        log.record(LogEntry.by(actor).did(Verb.PUBLISH).on(DocumentLog.DOCUMENT, document.id(), document.title()));
    }

    @Transactional
    public void unpublish(Actor actor, long documentId) {
        Document document = owned(actor, documentId);
        document.unpublish();
        log.record(LogEntry.by(actor).did(Verb.UNPUBLISH).on(DocumentLog.DOCUMENT, document.id(), document.title()));
    }

    /** Puts the space's documents in the given order (ids of the space; the others keep their place after). */
    @Transactional
    public void reorder(Actor actor, String spaceSlug, List<Long> orderedIds) {
        Assembly space = editable(actor, spaceSlug);
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
        Document document = owned(actor, documentId);
        List<Long> ids = new ArrayList<>(documents.ofSpace(document.spaceId(), false).stream().map(e -> e.document().id()).toList());
        swap(ids, ids.indexOf(document.id()), step);
        reorder(actor, assemblies.byId(document.spaceId()).orElseThrow().slug(), ids);
    }

    @Transactional
    public DocumentCollection addCollection(Actor actor, String spaceSlug, String name, String description) {
        Assembly space = editable(actor, spaceSlug);
        requireUniqueName(space.id(), name, null);
        DocumentCollection collection = new DocumentCollection(space.id(), name, description, documents.nextCollectionPosition(space.id()));
        em.persist(collection);
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(DocumentLog.COLLECTION, space.slug(), collection.name())
                .to(Map.of("name", collection.name())));
        return collection;
    }

    @Transactional
    public void renameCollection(Actor actor, long collectionId, String name, String description) {
        DocumentCollection collection = ownedCollection(actor, collectionId);
        requireUniqueName(collection.spaceId(), name, collection.id());
        String before = collection.name();
        collection.rename(name, description);
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(DocumentLog.COLLECTION, collection.id(), collection.name())
                .from(Map.of("name", before)).to(Map.of("name", collection.name())));
    }

    /** Moves a collection one place up (-1) or down (+1). */
    @Transactional
    public void moveCollection(Actor actor, long collectionId, int step) {
        DocumentCollection collection = ownedCollection(actor, collectionId);
        List<Long> ids = new ArrayList<>(documents.collectionsOf(collection.spaceId()).stream().map(DocumentCollection::id).toList());
        swap(ids, ids.indexOf(collection.id()), step);
        reorderCollections(actor, assemblies.byId(collection.spaceId()).orElseThrow().slug(), ids);
    }

    @Transactional
    public void reorderCollections(Actor actor, String spaceSlug, List<Long> orderedIds) {
        Assembly space = editable(actor, spaceSlug);
        List<DocumentCollection> ordered = inOrder(documents.collectionsOf(space.id()), orderedIds, DocumentCollection::id);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        log.record(LogEntry.by(actor).did(Verb.REORDER).on(DocumentLog.COLLECTION, space.slug(), space.title())
                .to(Map.of("order", ordered.stream().map(DocumentCollection::name).toList())));
    }

    /** Removes a collection; its documents stay, outside any collection. */
    @Transactional
    public void removeCollection(Actor actor, long collectionId) {
        DocumentCollection collection = ownedCollection(actor, collectionId);
        em.createQuery("UPDATE Document d SET d.collectionId = NULL WHERE d.collectionId = :c")
                .setParameter("c", collection.id()).executeUpdate();
        em.remove(collection);
        log.record(LogEntry.by(actor).did(Verb.DELETE).on(DocumentLog.COLLECTION, collection.id(), collection.name())
                .from(Map.of("name", collection.name())));
    }

    private void index(Document document, String contentText) {
        DocumentIndex index = em.find(DocumentIndex.class, document.id());
        if (index == null) {
            em.persist(new DocumentIndex(document, contentText));
        } else {
            index.reindex(document, contentText);
        }
    }

    private void requireUniqueName(long spaceId, String name, Long except) {
        boolean taken = documents.collectionsOf(spaceId).stream()
                .anyMatch(c -> !c.id().equals(except) && name != null && c.name().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw new DocumentRefusedException(INVALID, "refusal.document.collection.taken");
        }
    }

    private void checkLinks(Assembly space, DocumentDraft draft) {
        if (draft.collectionId() != null && documents.collection(draft.collectionId())
                .filter(c -> c.spaceId() == space.id()).isEmpty()) {
            throw new DocumentRefusedException(INVALID, "refusal.document.collection.unknown");
        }
        if (draft.meetingId() != null && meetings.byId(draft.meetingId())
                .filter(m -> m.spaceId() == space.id()).isEmpty()) {
            throw new DocumentRefusedException(INVALID, "refusal.document.meeting.unknown");
        }
    }

    private Assembly editable(Actor actor, String spaceSlug) {
        Assembly space = assemblies.bySlug(spaceSlug).orElseThrow(() -> new UnknownAssemblyException(spaceSlug));
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        if (!space.enables(DocumentsComponent.KEY)) {
            throw new DocumentRefusedException(INVALID, "refusal.document.notEnabled");
        }
        return space;
    }

    private Document owned(Actor actor, long documentId) {
        Document document = documents.byId(documentId)
                .orElseThrow(() -> new DocumentRefusedException(NOT_FOUND, "refusal.document.notFound"));
        Assembly space = assemblies.byId(document.spaceId()).orElseThrow();
        Permissions.require(actor, Action.EDIT_SPACE, Optional.of(space));
        return document;
    }

    private DocumentCollection ownedCollection(Actor actor, long collectionId) {
        DocumentCollection collection = documents.collection(collectionId)
                .orElseThrow(() -> new DocumentRefusedException(NOT_FOUND, "refusal.document.collection.notFound"));
        Permissions.require(actor, Action.EDIT_SPACE, assemblies.byId(collection.spaceId()));
        return collection;
    }

    private static <T> List<T> inOrder(List<T> current, List<Long> orderedIds, java.util.function.Function<T, Long> id) {
        Map<Long, T> byId = new LinkedHashMap<>();
        current.forEach(item -> byId.put(id.apply(item), item));
        List<T> ordered = new ArrayList<>();
        orderedIds.stream().distinct().map(byId::remove).filter(java.util.Objects::nonNull).forEach(ordered::add);
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

    private static Map<String, Object> describe(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.put("description", d.description().orElse(""));
        m.put("collection", d.collectionId().map(String::valueOf).orElse(""));
        m.put("meeting", d.meetingId().map(String::valueOf).orElse(""));
        return m;
    }

    private static Map<String, Object> snapshot(Document d, StoredFile file) {
        Map<String, Object> m = describe(d);
        m.put("version", d.currentVersion());
        m.put("file", file.name().value());
        m.put("type", file.format().mediaType());
        m.put("size", file.size());
        m.put("sha256", file.hash());
        return m;
    }
}
