package fr.chambery.cqc.core.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored assemblies. Queries that feed a page fetch what the page shows in a fixed number of
 * statements, whatever the number of spaces (each joins the type it displays).
 */
@ApplicationScoped
public class Assemblies {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<Assembly> bySlug(String slug) {
        return em.createQuery("""
                        select a from Assembly a left join fetch a.type
                        where a.slug = :slug""", Assembly.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<Assembly> publishedChildrenOf(Assembly parent) {
        return em.createQuery("""
                        select a from Assembly a left join fetch a.type
                        where a.parent = :parent and a.publishedAt is not null
                        order by a.weight, a.title""", Assembly.class)
                .setParameter("parent", parent)
                .getResultList();
    }

    /** The published sub-spaces of any of {@code parentIds}, in display order, in one query. */
    public List<Assembly> publishedChildrenOf(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select a from Assembly a left join fetch a.type
                        where a.parentId in :ids and a.publishedAt is not null
                        order by a.weight, a.title, a.id""", Assembly.class)
                .setParameter("ids", parentIds)
                .getResultList();
    }

    /** The ids of the assemblies not published (drafts: few, whatever the number of spaces). */
    public List<Long> unpublishedIds() {
        return em.createQuery("select a.id from Assembly a where a.publishedAt is null", Long.class).getResultList();
    }

    /** The ids of the sub-spaces, published or not, of any of {@code parentIds}. */
    public List<Long> childIdsOf(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.id from Assembly a where a.parentId in :ids", Long.class)
                .setParameter("ids", parentIds).getResultList();
    }

    /**
     * One page of the published assemblies, in display order (promoted first), leaving out
     * {@code hidden}: only the sub-spaces of {@code parentId} when given, else only the top-level ones
     * when {@code topLevelOnly}; only those of the type {@code typeKey} when given.
     */
    public List<Assembly> publishedPage(PublishedQuery query, int first, int max) {
        return query.bind(em.createQuery("select a from Assembly a left join fetch a.type" + query.where()
                        + " order by a.promoted desc, a.weight, a.title, a.id", Assembly.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long publishedCount(PublishedQuery query) {
        return query.bind(em.createQuery("select count(a) from Assembly a" + query.where(), Long.class)).getSingleResult();
    }

    /** What {@link #publishedPage} selects. */
    public record PublishedQuery(Optional<Long> parentId, boolean topLevelOnly, Optional<String> typeKey, Collection<Long> hidden) {

        String where() {
            return " where a.publishedAt is not null"
                    + (parentId.isPresent() ? " and a.parentId = :parent" : topLevelOnly ? " and a.parentId is null" : "")
                    + (typeKey.isPresent() ? " and a.type.key = :type" : "")
                    + (hidden.isEmpty() ? "" : " and a.id not in :hidden");
        }

        <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query) {
            parentId.ifPresent(id -> query.setParameter("parent", id));
            typeKey.ifPresent(key -> query.setParameter("type", key));
            if (!hidden.isEmpty()) {
                query.setParameter("hidden", hidden);
            }
            return query;
        }
    }

    /** How many published sub-spaces each of {@code parents} has, in one query. */
    public Map<Long, Long> publishedChildCounts(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select a.parentId, count(a) from Assembly a
                        where a.parentId in :ids and a.publishedAt is not null
                        group by a.parentId""", Object[].class)
                .setParameter("ids", parentIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    public Optional<Assembly> byId(long id) {
        return Optional.ofNullable(em.find(Assembly.class, id));
    }

    /** The space and its siblings, published or not, in display order. */
    public List<Assembly> siblingsOf(Assembly space) {
        return space.parentId()
                .map(parent -> em.createQuery(
                                "select a from Assembly a where a.parentId = :parent order by a.weight, a.title", Assembly.class)
                        .setParameter("parent", parent))
                .orElseGet(() -> em.createQuery(
                        "select a from Assembly a where a.parentId is null order by a.weight, a.title", Assembly.class))
                .getResultList();
    }

    /**
     * A page of the sub-spaces of {@code parentId} (the top-level spaces when empty), published or not, in
     * display order: the back office's lists, a level and a page at a time.
     */
    public List<Assembly> childrenPage(Optional<Long> parentId, int first, int max) {
        var query = em.createQuery("select a from Assembly a left join fetch a.type where "
                + (parentId.isPresent() ? "a.parentId = :parent" : "a.parentId is null") + " order by a.weight, a.title, a.id", Assembly.class);
        parentId.ifPresent(id -> query.setParameter("parent", id));
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long childCount(Optional<Long> parentId) {
        var query = em.createQuery("select count(a) from Assembly a where "
                + (parentId.isPresent() ? "a.parentId = :parent" : "a.parentId is null"), Long.class);
        parentId.ifPresent(id -> query.setParameter("parent", id));
        return query.getSingleResult();
    }

    /** How many sub-spaces, published or not, each of {@code parentIds} has, in one query. */
    public Map<Long, Long> childCounts(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.parentId, count(a) from Assembly a where a.parentId in :ids group by a.parentId", Object[].class)
                .setParameter("ids", parentIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** Every space, published or not, in display order: the back office's tree. */
    public List<Assembly> all() {
        return em.createQuery("select a from Assembly a left join fetch a.type order by a.weight, a.title", Assembly.class)
                .getResultList();
    }

    /** Those of {@code ids} that enable the component {@code key}, in one query. */
    public Set<Long> enabling(Collection<Long> ids, String key) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery(
                        "select a.id from Assembly a join a.enabledComponents c where c = :key and a.id in :ids", Long.class)
                .setParameter("key", key).setParameter("ids", ids).getResultList());
    }

    public long count() {
        return em.createQuery("select count(a) from Assembly a", Long.class).getSingleResult();
    }

    void add(Assembly assembly) {
        em.persist(assembly);
    }

    void flush() {
        em.flush();
    }
}
