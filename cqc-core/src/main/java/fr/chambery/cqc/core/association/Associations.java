package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.document.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The associations and the sync's runs, as stored. */
@ApplicationScoped
public class Associations {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    /** The stored association of a record: by RNA number, else directory id, else identity key; never by name alone. */
    public Optional<Association> matching(CheckedRecord record) {
        if (record.rnaNumber() != null) {
            Optional<Association> byRna = first("SELECT a FROM Association a WHERE a.rnaNumber = ?1", record.rnaNumber());
            if (byRna.isPresent()) {
                return byRna;
            }
        }
        if (record.directoryId() != null) {
            Optional<Association> byDirectory = first("SELECT a FROM Association a WHERE a.directoryId = ?1", record.directoryId());
            if (byDirectory.isPresent()) {
                return byDirectory;
            }
        }
        return first("SELECT a FROM Association a WHERE a.identityKey = ?1", record.identityKey());
    }

    public Optional<Association> byRna(String rna) {
        return first("SELECT a FROM Association a WHERE a.rnaNumber = ?1", rna);
    }

    public Optional<Association> byId(long id) {
        return Optional.ofNullable(em.find(Association.class, id));
    }

    /** Listed associations of a quartier, by name; filtered by words of the name and by theme when given. */
    public List<Association> listedIn(long quartierId, String nameQuery, String theme) {
        List<Association> listed = em.createQuery("SELECT a FROM Association a WHERE a.quartierId = :q AND a.status = :s ORDER BY a.name",
                Association.class).setParameter("q", quartierId).setParameter("s", AssociationStatus.LISTEE).getResultList();
        List<String> words = SearchText.words(nameQuery);
        return listed.stream()
                .filter(a -> theme == null || theme.isBlank() || theme.equals(a.theme()))
                .filter(a -> words.stream().allMatch(w -> SearchText.normalize(a.name() + " " + String.join(" ", a.formerNames())).contains(w)))
                .toList();
    }

    public List<String> themesIn(long quartierId) {
        return em.createQuery("SELECT DISTINCT a.theme FROM Association a WHERE a.quartierId = :q AND a.status = :s AND a.theme IS NOT NULL ORDER BY a.theme",
                String.class).setParameter("q", quartierId).setParameter("s", AssociationStatus.LISTEE).getResultList();
    }

    /** Listed associations no source could place, or whose sources disagree. */
    public List<Association> toReview() {
        return em.createQuery("SELECT a FROM Association a WHERE a.quartierSource IN :r AND a.status = :s ORDER BY a.name", Association.class)
                .setParameter("r", List.of(QuartierSource.A_REVOIR, QuartierSource.A_VERIFIER))
                .setParameter("s", AssociationStatus.LISTEE).getResultList();
    }

    public List<Association> listedNotSeenIn(long runId) {
        return em.createQuery("SELECT a FROM Association a WHERE a.status = :s AND (a.lastSeenRun IS NULL OR a.lastSeenRun <> :run)",
                Association.class).setParameter("s", AssociationStatus.LISTEE).setParameter("run", runId).getResultList();
    }

    public List<SyncRun> runs(int max) {
        return em.createQuery("SELECT r FROM SyncRun r ORDER BY r.id DESC", SyncRun.class).setMaxResults(max).getResultList();
    }

    public Optional<SyncRun> run(long id) {
        return Optional.ofNullable(em.find(SyncRun.class, id));
    }

    public List<SyncRejection> rejectionsOf(long runId) {
        return em.createQuery("SELECT r FROM SyncRejection r WHERE r.runId = :run ORDER BY r.id", SyncRejection.class)
                .setParameter("run", runId).getResultList();
    }

    private Optional<Association> first(String jpql, Object value) {
        return em.createQuery(jpql, Association.class).setParameter(1, value).setMaxResults(1).getResultStream().findFirst();
    }
}
