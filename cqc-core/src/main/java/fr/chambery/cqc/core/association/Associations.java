package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.text.SearchText;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The associations and the sync's runs, as stored. */
@ApplicationScoped
public class Associations {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    /** The stored associations a batch of records may match (three queries, whatever the batch's size). */
    StoredMatches matchesOf(List<CheckedRecord> records) {
        List<Association> found = new ArrayList<>();
        found.addAll(where("a.rnaNumber", records.stream().map(CheckedRecord::rnaNumber).filter(Objects::nonNull).toList()));
        found.addAll(where("a.directoryId", records.stream().map(CheckedRecord::directoryId).filter(Objects::nonNull).toList()));
        found.addAll(where("a.identityKey", records.stream().map(CheckedRecord::identityKey).toList()));
        return new StoredMatches(found);
    }

    List<Association> byRnaNumbers(List<String> numbers) {
        return where("a.rnaNumber", numbers);
    }

    List<Association> byIds(List<Long> ids) {
        List<Association> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(where("a.id", ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return found;
    }

    /** The ids of the listed associations, read in pages of 10,000 by id (no OFFSET, no entities in memory). */
    java.util.stream.LongStream listedIds() {
        java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
        long after = 0;
        while (true) {
            List<Long> page = em.createQuery("SELECT a.id FROM Association a WHERE a.status = :s AND a.id > :after ORDER BY a.id", Long.class)
                    .setParameter("s", AssociationStatus.LISTEE).setParameter("after", after).setMaxResults(10_000).getResultList();
            page.forEach(ids::add);
            if (page.size() < 10_000) {
                return ids.build();
            }
            after = page.getLast();
        }
    }

    private List<Association> where(String attribute, List<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Association a WHERE " + attribute + " IN :v", Association.class)
                .setParameter("v", values).getResultList();
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

    /** A page of the listed associations of a quartier, by name, of one theme when given. */
    public List<Association> listedPage(long quartierId, String theme, int first, int max) {
        var query = em.createQuery("SELECT a FROM Association a WHERE a.quartierId = :q AND a.status = :s"
                        + (theme == null ? "" : " AND a.theme = :t") + " ORDER BY a.name, a.id", Association.class)
                .setParameter("q", quartierId).setParameter("s", AssociationStatus.LISTEE);
        if (theme != null) {
            query.setParameter("t", theme);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long listedCount(long quartierId, String theme) {
        var query = em.createQuery("SELECT COUNT(a) FROM Association a WHERE a.quartierId = :q AND a.status = :s"
                        + (theme == null ? "" : " AND a.theme = :t"), Long.class)
                .setParameter("q", quartierId).setParameter("s", AssociationStatus.LISTEE);
        if (theme != null) {
            query.setParameter("t", theme);
        }
        return query.getSingleResult();
    }

    public List<String> themesIn(long quartierId) {
        return em.createQuery("SELECT DISTINCT a.theme FROM Association a WHERE a.quartierId = :q AND a.status = :s AND a.theme IS NOT NULL ORDER BY a.theme",
                String.class).setParameter("q", quartierId).setParameter("s", AssociationStatus.LISTEE).getResultList();
    }

    /**
     * A page of the review list (listed associations no source could place, or whose sources disagree),
     * by name, of those whose name or address contains {@code query} (case aside; empty: all), with how
     * many there are in all: two queries, whatever the list holds.
     */
    public ResultPage<Association> toReview(String query, int page, int size) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        String where = " FROM Association a WHERE a.quartierSource IN :r AND a.status = :s"
                + (q.isEmpty() ? "" : " AND (LOWER(a.name) LIKE :like ESCAPE '!' OR LOWER(a.address) LIKE :like ESCAPE '!')");
        var count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        var items = em.createQuery("SELECT a" + where + " ORDER BY a.name, a.id", Association.class);
        for (var each : List.<jakarta.persistence.Query>of(count, items)) {
            each.setParameter("r", REVIEWED).setParameter("s", AssociationStatus.LISTEE);
            if (!q.isEmpty()) {
                each.setParameter("like", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        return new ResultPage<>(items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(), count.getSingleResult(), page, size);
    }

    private static final List<QuartierSource> REVIEWED = List.of(QuartierSource.A_REVOIR, QuartierSource.A_VERIFIER);

    /** The runs waiting for an administrator's decision (at most one: a new run discards the others). */
    public List<SyncRun> heldRuns() {
        return em.createQuery("SELECT r FROM SyncRun r WHERE r.state = :s ORDER BY r.id", SyncRun.class)
                .setParameter("s", SyncRun.State.A_CONFIRMER).getResultList();
    }

    /** What a held run would unlist if confirmed, by name: at most {@code max} of them. */
    public List<Association> heldUnlisting(long runId, int max) {
        return em.createQuery("SELECT a FROM Association a, HeldMiss m WHERE m.associationId = a.id AND m.runId = :r"
                        + " AND m.wouldUnlist = true ORDER BY a.name, a.id", Association.class)
                .setParameter("r", runId).setMaxResults(max).getResultList();
    }

    /** The ledger of a held run: every listed association it did not see. */
    List<HeldMiss> heldMisses(long runId) {
        return em.createQuery("SELECT m FROM HeldMiss m WHERE m.runId = :r ORDER BY m.id", HeldMiss.class)
                .setParameter("r", runId).getResultList();
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
