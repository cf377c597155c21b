package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.ConcurrentEditException;
import fr.chambery.cqc.core.meeting.Meetings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.INVALID;
import static fr.chambery.cqc.core.document.DocumentRefusedException.Reason.NOT_FOUND;

/**
 * Moderators' use cases on documents: list, add, describe, publish, new versions. Each checks that the
 * space enables documents and that the actor may edit it ({@link ModeratedDocuments}), runs in one
 * transaction and is written to the action log. Files arrive through {@link DocumentUploads}, which calls
 * {@link #add} and {@link #addVersion} once they are stored. Collections are
 * {@link CollectionAdministration}'s, the order {@link DocumentOrdering}'s.
 */
@ApplicationScoped
public class DocumentAdministration {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    ModeratedDocuments moderated;

    @Inject
    DocumentIndexer indexer;

    @Inject
    Meetings meetings;

    @Inject
    ActionLog log;

    Clock clock = Clock.systemUTC();

    /** The space's documents, published or not, in order. */
    public List<DocumentEntry> of(Actor actor, String spaceSlug) {
        return documents.ofSpace(moderated.space(actor, spaceSlug).id(), false);
    }

    public DocumentEntry entry(Actor actor, long documentId) {
        moderated.document(actor, documentId);
        return documents.entry(documentId).orElseThrow();
    }

    public List<DocumentVersion> versionsOf(Actor actor, long documentId) {
        moderated.document(actor, documentId);
        return documents.versionsOf(documentId);
    }

    /** Any version, for the moderators of its space. */
    public DocumentVersion version(Actor actor, long versionId) {
        DocumentVersion version = documents.version(versionId)
                .orElseThrow(() -> new DocumentRefusedException(NOT_FOUND, "refusal.document.version.notFound"));
        moderated.document(actor, version.documentId());
        return version;
    }

    /** Checks, before any byte is read, that the actor may add this document to the space. */
    public void checkAdd(Actor actor, String spaceSlug, DocumentDraft draft) {
        Assembly space = moderated.space(actor, spaceSlug);
        checkLinks(space, draft);
        new Document(space.id(), draft, 0, clock.instant());
    }

    @Transactional
    public Document add(Actor actor, String spaceSlug, DocumentDraft draft, StoredFile file) {
        Assembly space = moderated.space(actor, spaceSlug);
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
        Document document = moderated.document(actor, documentId);
        int number = document.currentVersion() + 1;
        em.persist(new DocumentVersion(document.id(), number, file, clock.instant(), actor.name()));
        Map<String, Object> before = Map.of("version", document.currentVersion());
        document.replacedBy(number, clock.instant());
        indexer.index(document, file.text());
        log.record(LogEntry.by(actor).did(Verb.NEW_VERSION).on(DocumentLog.DOCUMENT, document.id(), document.title())
                .from(before).to(snapshot(document, file)));
        return document;
    }

    @Transactional
    public Document update(Actor actor, long documentId, long expectedVersion, DocumentDraft draft) {
        Document document = moderated.document(actor, documentId);
        if (document.version() != expectedVersion) {
            throw new ConcurrentEditException("document " + documentId);
        }
        Assembly space = moderated.spaceOf(document.spaceId());
        checkLinks(space, draft);
        Map<String, Object> before = describe(document);
        document.describe(draft, clock.instant());
        indexer.index(document, documents.version(documentId, document.currentVersion()).map(DocumentVersion::text).orElse(""));
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(DocumentLog.DOCUMENT, document.id(), document.title())
                .from(before).to(describe(document)));
        return document;
    }

    @Transactional
    public void publish(Actor actor, long documentId) {
        Document document = moderated.document(actor, documentId);
        document.publish(clock.instant());
        log.record(LogEntry.by(actor).did(Verb.PUBLISH).on(DocumentLog.DOCUMENT, document.id(), document.title()));
    }

    @Transactional
    public void unpublish(Actor actor, long documentId) {
        Document document = moderated.document(actor, documentId);
        document.unpublish();
        log.record(LogEntry.by(actor).did(Verb.UNPUBLISH).on(DocumentLog.DOCUMENT, document.id(), document.title()));
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
