package fr.chambery.cqc.web.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.MemberSupports;
import fr.chambery.cqc.core.fabrique.Priorisation;
import fr.chambery.cqc.core.fabrique.PriorisationAdministration;
import fr.chambery.cqc.core.fabrique.ProgrammeAdministration;
import fr.chambery.cqc.core.fabrique.Projet;
import fr.chambery.cqc.core.fabrique.StatutProjet;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.Theme;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Test-only: what the fabrique's tests need before the subjects' and members' own services are there:
 * confirmed members, subjects (through the {@link Sujet} entity) and plénières of a council.
 */
@Path("test-fixtures/programme")
@PermitAll
@RequestScoped
public class ProgrammeFixturesResource {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Assemblies assemblies;

    /** A confirmed member of the council; answers her sign-up's id. */
    @POST
    @Path("{slug}/members")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public String member(@PathParam("slug") String slug, @QueryParam("email") String email) {
        Assembly council = assemblies.bySlug(slug).orElseThrow();
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        em.createNativeQuery("""
                        INSERT INTO membership (assembly_id, email, name, lien, consent_version, consented_at, signed_up_at, confirmed_at)
                        VALUES (?1, ?2, 'Camille Dupont', 'HABITANT', 'v1', ?3, ?3, ?3)""")
                .setParameter(1, council.id()).setParameter(2, email).setParameter(3, now).executeUpdate();
        return em.createNativeQuery("SELECT id FROM membership WHERE assembly_id = ?1 AND email = ?2")
                .setParameter(1, council.id()).setParameter(2, email).getSingleResult().toString();
    }

    /** An open subject of the council, proposed by a member of it; answers its id. */
    @POST
    @Path("{slug}/subjects")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public String subject(@PathParam("slug") String slug, @QueryParam("title") String title,
                          @QueryParam("author") @DefaultValue("autrice@example.org") String author) {
        Assembly council = assemblies.bySlug(slug).orElseThrow();
        Object found = em.createNativeQuery("SELECT MIN(id) FROM membership WHERE assembly_id = ?1 AND email = ?2")
                .setParameter(1, council.id()).setParameter(2, author).getSingleResult();
        Long authorId = found == null ? null : ((Number) found).longValue();
        if (authorId == null) {
            authorId = Long.valueOf(member(slug, author));
        }
        Sujet subject = new Sujet(council.id(), title, "Description de « " + title + " »", Theme.CADRE_DE_VIE, null, authorId,
                "Camille D.", Instant.now().minus(Duration.ofDays(1)));
        em.persist(subject);
        em.flush();
        return subject.id().toString();
    }

    /**
     * A published plénière of the council starting in {@code in} minutes (negative: in the past), lasting {@code minutes},
     * or, given {@code endsInSeconds}, ending that many seconds from now (a plénière under way that is about to end).
     */
    @POST
    @Path("{slug}/plenieres")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public String pleniere(@PathParam("slug") String slug, @QueryParam("in") int in, @QueryParam("minutes") @DefaultValue("120") int minutes,
                           @QueryParam("endsInSeconds") Integer endsInSeconds, @QueryParam("title") @DefaultValue("Plénière") String title) {
        Assembly council = assemblies.bySlug(slug).orElseThrow();
        Instant now = Instant.now();
        Instant starts = now.plus(Duration.ofMinutes(in));
        Instant ends = endsInSeconds == null ? starts.plus(Duration.ofMinutes(minutes)) : now.plusSeconds(endsInSeconds);
        Meeting meeting = new Meeting(council.id(), MeetingType.PLENIERE, title, starts.atZone(Meeting.PARIS),
                ends.atZone(Meeting.PARIS), "Salle polyvalente", null);
        meeting.publish(Instant.now());
        em.persist(meeting);
        em.flush();
        return meeting.id().toString();
    }

    @Inject
    PriorisationAdministration rounds;

    @Inject
    MemberSupports supports;

    @Inject
    ProgrammeAdministration programme;

    /** A round opened now for the plénière, through the moderators' service; answers its id. */
    @POST
    @Path("{slug}/priorisations")
    @Produces(MediaType.TEXT_PLAIN)
    public String open(@PathParam("slug") String slug, @QueryParam("pleniere") long pleniere, @QueryParam("live") boolean live) {
        return rounds.open(Actor.SYSTEM, slug, pleniere, Instant.now(), 3, live).id().toString();
    }

    /** A member's support, through the members' service (as her sign-in would give her). */
    @POST
    @Path("{slug}/priorisations/{id}/supports")
    public Response support(@PathParam("slug") String slug, @PathParam("id") long id, @QueryParam("email") String email,
                            @QueryParam("subject") long subject) {
        Assembly council = assemblies.bySlug(slug).orElseThrow();
        supports.support(Actor.member(email, Set.of(council.id())), id, subject);
        return Response.noContent().build();
    }

    @POST
    @Path("{slug}/priorisations/{id}/close")
    public Response close(@PathParam("slug") String slug, @PathParam("id") long id) {
        Priorisation round = em.find(Priorisation.class, id);
        rounds.close(Actor.SYSTEM, id, round.version());
        return Response.noContent().build();
    }

    @Inject
    fr.chambery.cqc.core.meeting.Meetings meetings;

    /**
     * Retains the subject and follows the projet as asked (carried by the council's working group named {@code group},
     * the meeting {@code meeting} linked); answers the projet's id.
     */
    @POST
    @Path("{slug}/projets")
    @Produces(MediaType.TEXT_PLAIN)
    public String projet(@PathParam("slug") String slug, @QueryParam("subject") long subject, @QueryParam("pleniere") Long pleniere,
                         @QueryParam("status") StatutProjet status, @QueryParam("progress") Integer progress,
                         @QueryParam("update") String update, @QueryParam("answer") String answer,
                         @QueryParam("group") String group, @QueryParam("meeting") Long meeting) {
        Long groupId = group == null ? null : meetings.workingGroupsOf(assemblies.bySlug(slug).orElseThrow().id()).stream()
                .filter(g -> g.name().equals(group)).findFirst().orElseThrow().id();
        Projet projet = programme.retain(Actor.SYSTEM, subject, pleniere, groupId, true);
        if (meeting != null) {
            projet = programme.linkMeeting(Actor.SYSTEM, projet.id(), projet.version(), meeting);
        }
        if (update != null) {
            programme.addUpdate(Actor.SYSTEM, projet.id(), update, "https://example.org/etape.pdf");
        }
        if (answer != null) {
            projet = programme.answer(Actor.SYSTEM, projet.id(), projet.version(), answer);
        }
        if (progress != null) {
            projet = programme.progress(Actor.SYSTEM, projet.id(), projet.version(), progress);
        }
        if (status != null) {
            projet = programme.changeStatus(Actor.SYSTEM, projet.id(), projet.version(), status, "raison");
        }
        return projet.id().toString();
    }
}
