package fr.chambery.cqc.core.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** The documents, their versions and their collections, as stored. */
@ApplicationScoped
public class Documents {

    private static final String ENTRIES = "SELECT NEW fr.chambery.cqc.core.document.DocumentEntry(d, v) "
            + "FROM Document d, DocumentVersion v WHERE v.documentId = d.id AND v.number = d.currentVersion ";

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<Document> byId(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    public Optional<DocumentEntry> entry(long id) {
        return em.createQuery(ENTRIES + "AND d.id = :id", DocumentEntry.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** A space's documents in the moderators' order; the unpublished ones too when asked. */
    public List<DocumentEntry> ofSpace(long spaceId, boolean publishedOnly) {
        return em.createQuery(ENTRIES + "AND d.spaceId = :space" + (publishedOnly ? " AND d.publishedAt IS NOT NULL" : "")
                        + " ORDER BY d.position, d.id", DocumentEntry.class)
                .setParameter("space", spaceId).getResultList();
    }

    /** Published documents of a space whose title, description or text hold every word. */
    public List<DocumentEntry> search(long spaceId, List<String> words) {
        StringBuilder jpql = new StringBuilder("SELECT NEW fr.chambery.cqc.core.document.DocumentEntry(d, v) "
                + "FROM Document d, DocumentVersion v, DocumentIndex i WHERE v.documentId = d.id AND v.number = d.currentVersion "
                + "AND i.documentId = d.id AND d.spaceId = :space AND d.publishedAt IS NOT NULL");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND i.searchText LIKE :w").append(i).append(" ESCAPE '!'");
        }
        TypedQuery<DocumentEntry> query = em.createQuery(jpql.append(" ORDER BY d.position, d.id").toString(), DocumentEntry.class)
                .setParameter("space", spaceId);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query.getResultList();
    }

    /** Published documents attached to a meeting (its minutes, its slides). */
    public List<DocumentEntry> ofMeeting(long meetingId) {
        return em.createQuery(ENTRIES + "AND d.meetingId = :meeting AND d.publishedAt IS NOT NULL ORDER BY d.position, d.id",
                DocumentEntry.class).setParameter("meeting", meetingId).getResultList();
    }

    public List<DocumentVersion> versionsOf(long documentId) {
        return em.createQuery("SELECT v FROM DocumentVersion v WHERE v.documentId = :d ORDER BY v.number DESC", DocumentVersion.class)
                .setParameter("d", documentId).getResultList();
    }

    public Optional<DocumentVersion> version(long versionId) {
        return Optional.ofNullable(em.find(DocumentVersion.class, versionId));
    }

    public Optional<DocumentVersion> version(long documentId, int number) {
        return em.createQuery("SELECT v FROM DocumentVersion v WHERE v.documentId = :d AND v.number = :n", DocumentVersion.class)
                .setParameter("d", documentId).setParameter("n", number).getResultStream().findFirst();
    }

    public List<DocumentCollection> collectionsOf(long spaceId) {
        return em.createQuery("SELECT c FROM DocumentCollection c WHERE c.spaceId = :space ORDER BY c.position, c.id",
                DocumentCollection.class).setParameter("space", spaceId).getResultList();
    }

    public Optional<DocumentCollection> collection(long id) {
        return Optional.ofNullable(em.find(DocumentCollection.class, id));
    }

    public int nextPosition(long spaceId) {
        Integer max = em.createQuery("SELECT MAX(d.position) FROM Document d WHERE d.spaceId = :space", Integer.class)
                .setParameter("space", spaceId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public int nextCollectionPosition(long spaceId) {
        Integer max = em.createQuery("SELECT MAX(c.position) FROM DocumentCollection c WHERE c.spaceId = :space", Integer.class)
                .setParameter("space", spaceId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public boolean isStored(String hash) {
        return !em.createQuery("SELECT v.id FROM DocumentVersion v WHERE v.contentHash = :h", Long.class)
                .setParameter("h", hash).setMaxResults(1).getResultList().isEmpty();
    }
}
