package fr.chambery.cqc.core.assembly;

import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every space the public may see (published, and so are its ancestors), by id, in display order: what the
 * background builders of public views (search, open data, sitemap) start from. One query for the spaces.
 */
public final class VisibleSpaces {

    private final EntityManager em;

    public VisibleSpaces(EntityManager em) {
        this.em = em;
    }

    public Map<Long, Assembly> all() {
        Map<Long, Assembly> visible = new LinkedHashMap<>();
        em.createQuery("select a from Assembly a left join fetch a.type order by a.weight, a.title", Assembly.class)
                .getResultList().stream().filter(Assembly::isVisibleToPublic).forEach(a -> visible.put(a.id(), a));
        return visible;
    }

    /** Those that offer the component {@code key}. */
    public Map<Long, Assembly> enabling(String key) {
        Map<Long, Assembly> enabling = new LinkedHashMap<>();
        all().values().stream().filter(a -> a.enables(key)).forEach(a -> enabling.put(a.id(), a));
        return enabling;
    }
}
