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

    /** Every published assembly, in display order; callers decide visibility from the parent ids. */
    public List<Assembly> published() {
        return em.createQuery("""
                        select a from Assembly a left join fetch a.type
                        where a.publishedAt is not null
                        order by a.weight, a.title""", Assembly.class)
                .getResultList();
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
