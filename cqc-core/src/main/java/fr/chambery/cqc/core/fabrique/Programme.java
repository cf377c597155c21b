package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The programmes de travail as the public reads them: a council's projets, one projet's follow-up, an assembly's bilan. */
@ApplicationScoped
public class Programme {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    public Optional<Projet> projet(long id) {
        return Optional.ofNullable(em.find(Projet.class, id));
    }

    /** A council's projets, the latest programme first, then by title. */
    public List<Projet> of(long spaceId) {
        return em.createQuery("select p from Projet p where p.spaceId = :s order by p.year desc, p.title", Projet.class)
                .setParameter("s", spaceId).getResultList();
    }

    /** A page of the projets of these spaces, for the API. */
    public ResultPage<Projet> of(Collection<Long> spaceIds, int page, int size) {
        if (spaceIds.isEmpty()) {
            return new ResultPage<>(List.of(), 0, page, size);
        }
        List<Projet> found = em.createQuery("select p from Projet p where p.spaceId in :s order by p.year desc, p.title, p.id", Projet.class)
                .setParameter("s", spaceIds).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(p) from Projet p where p.spaceId in :s", Long.class)
                .setParameter("s", spaceIds).getSingleResult();
        return new ResultPage<>(found, total, page, size);
    }

    /** A projet's timeline, the latest first. */
    public List<ProjetUpdate> updates(long projetId) {
        return em.createQuery("select u from ProjetUpdate u where u.projetId = :p order by u.writtenAt desc, u.id desc", ProjetUpdate.class)
                .setParameter("p", projetId).getResultList();
    }

    /** The timelines of several projets at once (one query), by projet. */
    public Map<Long, List<ProjetUpdate>> updates(Collection<Long> projetIds) {
        if (projetIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from ProjetUpdate u where u.projetId in :p order by u.writtenAt desc, u.id desc", ProjetUpdate.class)
                .setParameter("p", projetIds).getResultStream()
                .collect(Collectors.groupingBy(ProjetUpdate::projetId, HashMap::new, Collectors.toList()));
    }

    /** The meetings linked to a projet, published ones only, in date order. */
    public List<Meeting> meetings(Projet projet) {
        if (projet.meetingIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Meeting m where m.id in :ids and m.publishedAt is not null order by m.startsAt", Meeting.class)
                .setParameter("ids", projet.meetingIds()).getResultList();
    }

    /** The published meetings linked to each of these projets (one query for all), by projet. */
    public Map<Long, List<Meeting>> meetings(Collection<Projet> projets) {
        Set<Long> ids = projets.stream().flatMap(p -> p.meetingIds().stream()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Meeting> found = em.createQuery("select m from Meeting m where m.id in :ids and m.publishedAt is not null order by m.startsAt",
                Meeting.class).setParameter("ids", ids).getResultList();
        Map<Long, List<Meeting>> byProjet = new HashMap<>();
        for (Projet projet : projets) {
            byProjet.put(projet.id(), found.stream().filter(m -> projet.meetingIds().contains(m.id())).toList());
        }
        return byProjet;
    }

    /** The bilan of these councils: their projets by status, and those realised this year (Paris time). */
    public List<BilanLine> bilan(List<Assembly> councils, Instant now) {
        if (councils.isEmpty()) {
            return List.of();
        }
        List<Long> ids = councils.stream().map(Assembly::id).toList();
        Map<Long, Map<StatutProjet, Long>> byStatus = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select p.spaceId, p.status, count(p) from Projet p where p.spaceId in :s group by p.spaceId, p.status""", Object[].class)
                .setParameter("s", ids).getResultList()) {
            byStatus.computeIfAbsent((Long) row[0], k -> new EnumMap<>(StatutProjet.class))
                    .put((StatutProjet) row[1], ((Number) row[2]).longValue());
        }
        Instant yearStart = Year.from(now.atZone(PARIS)).atDay(1).atStartOfDay(PARIS).toInstant();
        Map<Long, Long> realised = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select p.spaceId, count(p) from Projet p where p.spaceId in :s and p.status = :done and p.realisedAt >= :start
                        group by p.spaceId""", Object[].class)
                .setParameter("s", ids).setParameter("done", StatutProjet.REALISE).setParameter("start", yearStart).getResultList()) {
            realised.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return councils.stream().map(c -> new BilanLine(c, Map.copyOf(byStatus.getOrDefault(c.id(), Map.of())), realised.getOrDefault(c.id(), 0L)))
                .toList();
    }
}
