package fr.chambery.cqc.core.interlocutor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The stored interlocutors, one set per space. */
@ApplicationScoped
public class Interlocutors {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<CityInterlocutors> ofSpace(long spaceId) {
        return em.createQuery("select i from CityInterlocutors i where i.spaceId = :id", CityInterlocutors.class)
                .setParameter("id", spaceId)
                .getResultStream().findFirst();
    }

    @Transactional
    public CityInterlocutors add(CityInterlocutors interlocutors) {
        em.persist(interlocutors);
        return interlocutors;
    }
}
