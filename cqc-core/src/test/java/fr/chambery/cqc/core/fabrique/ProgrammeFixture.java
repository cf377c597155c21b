package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLogOutsideTheServer;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The priorisation's and the programme's services wired by hand over a migrated database (H2 or PostgreSQL),
 * each step its own transaction as in the server, at a time the test moves.
 */
final class ProgrammeFixture implements AutoCloseable {

    static final Actor MODERATOR = Actor.SYSTEM;

    private final EntityManagerFactory emf;
    Instant now = Instant.parse("2026-11-20T10:00:00Z");
    /** The subjects' changes of state the services announced (their authors are told by e-mail in the server). */
    final List<EtatSujetChange> announced = new CopyOnWriteArrayList<>();

    ProgrammeFixture(DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        emf = BothDatabases.unit(dataSource);
    }

    /** A council enabling the fabrique, with the author of its subjects. */
    long council(String slug) {
        long id = tx(em -> {
            Assembly council = new Assembly(slug, "CQC " + slug, AssemblyTexts.builder().subtitle("s").build(), now);
            council.enableComponent(FabriqueComponent.KEY);
            em.persist(council);
            em.flush();
            return council.id();
        });
        member(id, "autrice-" + slug + "@example.org", true);
        return id;
    }

    /** A plénière of the council from {@code starts} for two hours. */
    long pleniere(long spaceId, Instant starts) {
        return tx(em -> {
            Meeting m = new Meeting(spaceId, MeetingType.PLENIERE, "Plénière " + spaceId, starts.atZone(Meeting.PARIS),
                    starts.plus(Duration.ofHours(2)).atZone(Meeting.PARIS), "Salle", null);
            m.publish(now);
            em.persist(m);
            em.flush();
            return m.id();
        });
    }

    long workingGroup(long spaceId) {
        return tx(em -> {
            WorkingGroup g = new WorkingGroup(spaceId, "Jardins", null, "Dominique", "Lou");
            em.persist(g);
            em.flush();
            return g.id();
        });
    }

    long subject(long spaceId, String title) {
        return tx(em -> {
            Sujet s = new Sujet(spaceId, title, "Description", Theme.CADRE_DE_VIE, null, authorOf(em, spaceId), "Camille D.", now);
            em.persist(s);
            em.flush();
            return s.id();
        });
    }

    private static long authorOf(EntityManager em, long spaceId) {
        return ((Number) em.createNativeQuery("SELECT MIN(id) FROM membership WHERE assembly_id = ?1")
                .setParameter(1, spaceId).getSingleResult()).longValue();
    }

    void hide(long subjectId) {
        tx(em -> em.createNativeQuery("UPDATE fabrique_subject SET hidden_at = ?1, hidden_reason = 'hors sujet' WHERE id = ?2")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC))).setParameter(2, subjectId).executeUpdate());
    }

    /** A sign-up to the council, confirmed or not, and the actor she is once signed in. */
    Actor member(long spaceId, String email, boolean confirmed) {
        tx(em -> em.createNativeQuery("""
                        INSERT INTO membership (assembly_id, email, name, lien, consent_version, consented_at, signed_up_at, confirmed_at)
                        VALUES (?1, ?2, 'Camille Dupont', 'HABITANT', 'v1', ?3, ?3, """ + (confirmed ? "?3)" : "NULL)"))
                .setParameter(1, spaceId).setParameter(2, email)
                .setParameter(3, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)))
                .executeUpdate());
        return Actor.member(email, Set.of(spaceId));
    }

    long membershipId(long spaceId, String email) {
        return tx(em -> ((Number) em.createNativeQuery("SELECT id FROM membership WHERE assembly_id = ?1 AND email = ?2")
                .setParameter(1, spaceId).setParameter(2, email).getSingleResult()).longValue());
    }

    PriorisationAdministration rounds(EntityManager em) {
        PriorisationAdministration a = new PriorisationAdministration();
        a.em = em;
        a.log = ActionLogOutsideTheServer.over(em, clock());
        a.clock = clock();
        return a;
    }

    MemberSupports supports(EntityManager em) {
        MemberSupports s = new MemberSupports();
        s.em = em;
        s.priorisations = priorisations(em);
        s.clock = clock();
        return s;
    }

    SupportContributions contributions(EntityManager em) {
        SupportContributions c = new SupportContributions();
        c.em = em;
        return c;
    }

    PriorisationSuitLaPleniere follower(EntityManager em) {
        PriorisationSuitLaPleniere follower = new PriorisationSuitLaPleniere();
        follower.em = em;
        follower.log = ActionLogOutsideTheServer.over(em, clock());
        follower.clock = clock();
        return follower;
    }

    Priorisations priorisations(EntityManager em) {
        Priorisations p = new Priorisations();
        p.em = em;
        return p;
    }

    ProgrammeAdministration programmeAdministration(EntityManager em) {
        ProgrammeAdministration a = new ProgrammeAdministration();
        a.em = em;
        a.announce = announced::add;
        a.log = ActionLogOutsideTheServer.over(em, clock());
        a.clock = clock();
        return a;
    }

    Programme programme(EntityManager em) {
        Programme p = new Programme();
        p.em = em;
        return p;
    }

    Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    long count(String jpql) {
        return tx(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    <T> T tx(Function<EntityManager, T> work) {
        return BothDatabases.inTransaction(emf, work);
    }

    @Override
    public void close() {
        emf.close();
    }
}
