package fr.chambery.cqc.core.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The managed list of assembly types. */
@ApplicationScoped
public class AssemblyTypes {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<AssemblyType> byKey(String key) {
        return em.createQuery("select t from AssemblyType t where t.key = :key", AssemblyType.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    public List<AssemblyType> all() {
        return em.createQuery("select t from AssemblyType t order by t.title", AssemblyType.class).getResultList();
    }

    @Transactional
    public AssemblyType add(AssemblyType type) {
        em.persist(type);
        return type;
    }
}
