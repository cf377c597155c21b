package fr.chambery.cqc.core.actionlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes and reads the action log. Writing joins the caller's transaction: no change goes unlogged. */
@ApplicationScoped
public class ActionLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Tells the public views (search, open data) to refresh once the change is committed; none outside CDI. */
    @Inject
    Event<PublicContentChanged> recorded;

    /** Records a change; its before and after states are written as JSON. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(LogEntry entry) {
        em.persist(new ActionLogEntry(clock.instant(), entry.actor().name(), entry.verb().stored(), entry.type().key(),
                entry.id() == null ? null : entry.id().toString(), entry.label(),
                entry.before() == null ? null : JSON.toJson(entry.before()),
                entry.after() == null ? null : JSON.toJson(entry.after())));
        if (recorded != null) {
            recorded.fire(new PublicContentChanged(entry.type().key()));
        }
    }

    /**
     * Replaces an account's address and name by a pseudonym in every past entry: as its author, as the
     * resource (its label then becomes the pseudonym) and inside the before and after states.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pseudonymise(String email, String displayName, long accountId, String pseudonym) {
        em.createNativeQuery("UPDATE action_log SET resource_id = ?1, resource_label = ?1 "
                        + "WHERE resource_type = 'account' AND resource_id IN (?2, ?3)")
                .setParameter(1, pseudonym).setParameter(2, email).setParameter(3, Long.toString(accountId))
                .executeUpdate();
        em.createNativeQuery("UPDATE action_log SET actor = REPLACE(actor, ?1, ?2), resource_id = REPLACE(resource_id, ?1, ?2), "
                        + "resource_label = REPLACE(REPLACE(resource_label, ?1, ?2), ?4, ?2), "
                        + "before_state = REPLACE(before_state, ?1, ?2), after_state = REPLACE(after_state, ?1, ?2) "
                        + "WHERE actor = ?1 OR resource_id = ?1 OR resource_label LIKE ?3 OR before_state LIKE ?3 OR after_state LIKE ?3")
                .setParameter(1, email).setParameter(2, pseudonym).setParameter(3, "%" + email + "%")
                .setParameter(4, displayName + " <" + pseudonym + ">")
                .executeUpdate();
    }

    /** The newest entries first, filtered by actor, resource type and time span when given. */
    public List<ActionLogEntry> search(Optional<String> actor, Optional<String> resourceType,
                                       Optional<Instant> from, Optional<Instant> to, int limit) {
        StringBuilder jpql = new StringBuilder("select e from ActionLogEntry e where 1 = 1");
        actor.ifPresent(a -> jpql.append(" and lower(e.actor) like :actor"));
        resourceType.ifPresent(t -> jpql.append(" and e.resourceType = :type"));
        from.ifPresent(f -> jpql.append(" and e.at >= :from"));
        to.ifPresent(t -> jpql.append(" and e.at < :to"));
        jpql.append(" order by e.at desc, e.id desc");
        TypedQuery<ActionLogEntry> query = em.createQuery(jpql.toString(), ActionLogEntry.class);
        actor.ifPresent(a -> query.setParameter("actor", "%" + a.toLowerCase() + "%"));
        resourceType.ifPresent(t -> query.setParameter("type", t));
        from.ifPresent(f -> query.setParameter("from", f));
        to.ifPresent(t -> query.setParameter("to", t));
        return query.setMaxResults(limit).getResultList();
    }
}
