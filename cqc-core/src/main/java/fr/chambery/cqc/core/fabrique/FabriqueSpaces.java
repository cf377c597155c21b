package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import jakarta.persistence.EntityManager;

/** The council a use case acts on, checked against the fabrique's own permissions. */
final class FabriqueSpaces {

    private FabriqueSpaces() {
    }

    static Assembly bySlug(EntityManager em, String slug) {
        return em.createQuery("select a from Assembly a where a.slug = :slug", Assembly.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownAssemblyException(slug));
    }

    /** The space whose moderators may run its priorisations and programme. @throws AccessDeniedException otherwise */
    static Assembly moderated(EntityManager em, Actor actor, long spaceId) {
        Assembly space = em.find(Assembly.class, spaceId);
        Permissions.require(actor, FabriqueComponent.MODERATE, space);
        return space;
    }
}
