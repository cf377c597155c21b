package fr.chambery.cqc.core.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The sources' last answers, kept for conditional requests: a 304 reuses the stored body. */
@ApplicationScoped
public class SourcePages {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<SourcePage> of(String url) {
        return Optional.ofNullable(em.find(SourcePage.class, url));
    }

    /** Only pages that carry a validator are worth keeping. */
    @Transactional
    public void keep(SourcePage page) {
        if (page.etag().isPresent() || page.lastModified().isPresent()) {
            em.merge(page);
        }
    }
}
