package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.core.access.Action;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
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

    @Inject
    ActionLog log;

    /** Adds a type to the list. @throws IllegalArgumentException when its key is taken */
    @Transactional
    public AssemblyType add(Actor actor, AssemblyType type) {
        Permissions.require(actor, Action.MANAGE_ASSEMBLY_TYPES);
        if (byKey(type.key()).isPresent()) {
            throw new IllegalArgumentException("Assembly type key already taken: " + type.key());
        }
        em.persist(type);
        log.record(LogEntry.by(actor).did(Verb.CREATE).on(AssemblyLog.ASSEMBLY_TYPE, type.key(), type.title() + " (" + type.key() + ")")
                .to(Map.of("key", type.key(), "title", type.title())));
        return type;
    }

    @Transactional
    public void rename(Actor actor, String key, String title) {
        Permissions.require(actor, Action.MANAGE_ASSEMBLY_TYPES);
        AssemblyType type = byKey(key).orElseThrow(() -> new DomainRefusal("refusal.type.unknown", key));
        String before = type.title();
        type.rename(title);
        log.record(LogEntry.by(actor).did(Verb.UPDATE).on(AssemblyLog.ASSEMBLY_TYPE, key, type.title() + " (" + key + ")")
                .from(Map.of("key", key, "title", before)).to(Map.of("key", key, "title", type.title())));
    }
}
