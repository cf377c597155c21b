package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored meetings. Every query takes the set of spaces to look in, so a page costs one query. */
@ApplicationScoped
public class Meetings {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<Meeting> byId(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    public List<Meeting> ofSpaces(Collection<Long> spaceIds) {
        if (spaceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Meeting m where m.spaceId in :ids order by m.startsAt", Meeting.class)
                .setParameter("ids", spaceIds).getResultList();
    }

    /** Published meetings of these spaces that match the filter, soonest first (latest first for the past). */
    public ResultPage<Meeting> search(Collection<Long> spaceIds, Optional<MeetingType> type, MeetingFilter.When when,
                              Instant now, int page, int size) {
        if (spaceIds.isEmpty()) {
            return new ResultPage<>(List.of(), 0, 1, size);
        }
        String where = " where m.spaceId in :ids and m.publishedAt is not null"
                + type.map(t -> " and m.type = :type").orElse("")
                + switch (when) {
                    case UPCOMING -> " and m.endsAt > :now";
                    case PAST -> " and m.endsAt <= :now";
                    case ALL -> "";
                };
        TypedQuery<Meeting> select = em.createQuery("select m from Meeting m" + where
                + (when == MeetingFilter.When.PAST ? " order by m.startsAt desc" : " order by m.startsAt"), Meeting.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from Meeting m" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            q.setParameter("ids", spaceIds);
            type.ifPresent(t -> q.setParameter("type", t));
            if (when != MeetingFilter.When.ALL) {
                q.setParameter("now", now);
            }
        }
        int current = Math.max(1, page);
        List<Meeting> found = select.setFirstResult((current - 1) * size).setMaxResults(size).getResultList();
        return new ResultPage<>(found, count.getSingleResult(), current, size);
    }

    public List<WorkingGroup> workingGroupsOf(long spaceId) {
        return em.createQuery("select g from WorkingGroup g where g.spaceId = :id order by g.name", WorkingGroup.class)
                .setParameter("id", spaceId).getResultList();
    }

    /** The working groups of these spaces (one query for all), by name. */
    public List<WorkingGroup> workingGroupsOf(Collection<Long> spaceIds) {
        if (spaceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g from WorkingGroup g where g.spaceId in :ids order by g.name", WorkingGroup.class)
                .setParameter("ids", spaceIds).getResultList();
    }

    @Transactional
    public Meeting add(Meeting meeting) {
        em.persist(meeting);
        return meeting;
    }
}
