package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.demo.DemoSeed;
import fr.chambery.cqc.core.demo.DemoSpaces;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The demo's priorisation and programme de travail, in Bissy: a plénière four months ago whose priorisation
 * is closed with its results (online supports of ten invented members, hands raised in the room), and the
 * programme it built: three projets at different stages, one realised with the City's answer. Runs after the
 * subjects' own seed, which enables the fabrique on the demo's spaces; its few subjects are its own.
 */
@ApplicationScoped
public class ProgrammeDemo implements DemoSeed {

    /** The subjects the plénière prioritised: title, theme, online supports, hands raised. */
    private record DemoSubject(String title, Theme theme, String description, int online, int hands) {
    }

    private static final List<DemoSubject> SUBJECTS = List.of(
            new DemoSubject("Un jardin partagé près de l'école", Theme.CADRE_DE_VIE,
                    "Des bacs de culture sur la pelouse derrière l'école, entretenus avec les familles et les associations du quartier.", 9, 14),
            new DemoSubject("Des bancs le long de la voie verte", Theme.AMENAGEMENT_DU_QUARTIER,
                    "Quelques bancs à l'ombre entre le pont et l'aire de jeux, pour les personnes âgées et les familles.", 7, 11),
            new DemoSubject("Une fête de quartier au printemps", Theme.VIE_SOCIALE,
                    "Un après-midi de rencontres entre voisin·es, avec les associations et les écoles.", 6, 12),
            new DemoSubject("Un composteur collectif", Theme.CADRE_DE_VIE,
                    "Un composteur partagé au pied des immeubles, avec une formation au compostage.", 5, 4),
            new DemoSubject("La mairie de quartier ouverte le samedi matin", Theme.SERVICES_DE_PROXIMITE,
                    "Une ouverture le samedi matin, pour celles et ceux qui travaillent en semaine.", 3, 6));

    private static final int MEMBERS = 10;

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Override
    public String componentKey() {
        return FabriqueComponent.KEY;
    }

    /** None of its own: the subjects' seed enables the fabrique on the councils and the assembly. */
    @Override
    public Set<DemoSpaces.Kind> enabledOn() {
        return EnumSet.noneOf(DemoSpaces.Kind.class);
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    @Transactional
    public void seed(DemoSpaces spaces) {
        Assembly bissy = spaces.council("bissy");
        LocalDate day = LocalDate.now(Meeting.PARIS).minusMonths(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        ZonedDateTime starts = day.atTime(LocalTime.of(18, 30)).atZone(Meeting.PARIS);
        Meeting pleniere = new Meeting(bissy.id(), MeetingType.PLENIERE, "Plénière de Bissy : le programme de travail de l'année",
                starts, starts.plusHours(2), "Salle polyvalente de Bissy (adresse d'exemple), 73000 Chambéry", null);
        pleniere.describe("<p>Bilan de l'année passée, puis priorisation des sujets proposés : soutiens en ligne et mains levées en salle.</p>", null);
        pleniere.recordMinutes("<p>Compte rendu : trois sujets retenus dans le programme de travail (exemple).</p>");
        pleniere.publish(starts.minusWeeks(6).toInstant());
        em.persist(pleniere);
        em.flush();

        List<Long> members = members(bissy, starts.minusMonths(2).toInstant());
        Instant proposed = starts.minusWeeks(8).toInstant();
        List<Sujet> subjects = new ArrayList<>();
        for (DemoSubject s : SUBJECTS) {
            Sujet subject = new Sujet(bissy.id(), s.title(), s.description(), s.theme(), "Bissy", members.getFirst(), "Camille E.", proposed);
            em.persist(subject);
            subjects.add(subject);
        }
        em.flush();

        Priorisation round = new Priorisation(bissy.id(), pleniere.id(), starts.minusWeeks(4).toInstant(), pleniere.endsAt(), 3, false);
        em.persist(round);
        em.flush();
        supports(round, subjects, members, starts.minusWeeks(2).toInstant());
        for (int i = 0; i < subjects.size(); i++) {
            em.persist(new InRoomCount(round.id(), subjects.get(i).id(), SUBJECTS.get(i).hands(), starts.plusHours(1).toInstant()));
        }

        Long jardins = em.createQuery("select g from WorkingGroup g where g.spaceId = :s order by g.id", WorkingGroup.class)
                .setParameter("s", bissy.id()).getResultStream().findFirst().map(WorkingGroup::id).orElse(null);
        Instant retained = pleniere.endsAt();
        int year = starts.getYear();

        Projet jardin = retain(subjects.get(0), pleniere, year, jardins, true, retained);
        update(jardin, "Le groupe de travail « Jardins partagés » a dessiné les bacs avec les familles.", null, retained.plus(Duration.ofDays(20)));
        jardin.answer("La Ville fournit la terre, les bacs et un point d'eau ; le service des espaces verts accompagne la première saison.",
                retained.plus(Duration.ofDays(35)));
        jardin.changeStatus(StatutProjet.REALISE, null, Instant.now().minus(Duration.ofDays(21)));
        update(jardin, "Le jardin est inauguré : douze bacs, cultivés par les familles et l'école.", null, Instant.now().minus(Duration.ofDays(21)));

        Projet bancs = retain(subjects.get(1), pleniere, year, null, true, retained);
        bancs.changeStatus(StatutProjet.EN_COURS, null, retained.plus(Duration.ofDays(30)));
        bancs.progress(40);
        update(bancs, "Emplacements repérés lors d'une marche exploratoire avec la mairie de quartier ; devis demandé.", null,
                retained.plus(Duration.ofDays(30)));

        retain(subjects.get(2), pleniere, year, null, false, retained);
    }

    /** Ten invented, confirmed members of the council, so that the supports have someone behind them. */
    private List<Long> members(Assembly council, Instant at) {
        Timestamp when = Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            String email = "membre-exemple-" + i + "@example.org";
            em.createNativeQuery("""
                            INSERT INTO membership (assembly_id, email, name, lien, consent_version, consented_at, signed_up_at, confirmed_at)
                            VALUES (?1, ?2, ?3, 'HABITANT', 'v1', ?4, ?4, ?4)""")
                    .setParameter(1, council.id()).setParameter(2, email).setParameter(3, "Membre exemple " + i)
                    .setParameter(4, when).executeUpdate();
            ids.add(((Number) em.createNativeQuery("SELECT id FROM membership WHERE assembly_id = ?1 AND email = ?2")
                    .setParameter(1, council.id()).setParameter(2, email).getSingleResult()).longValue());
        }
        return ids;
    }

    /** Each member supports the three subjects that still need the most supports to reach their counts. */
    private void supports(Priorisation round, List<Sujet> subjects, List<Long> members, Instant at) {
        int[] left = SUBJECTS.stream().mapToInt(DemoSubject::online).toArray();
        for (long member : members) {
            List<Integer> chosen = IntStream.range(0, left.length).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> -left[i]).thenComparingInt(i -> i))
                    .limit(round.supportsPerMember()).filter(i -> left[i] > 0).toList();
            for (int s : chosen) {
                em.persist(new Soutien(round.id(), subjects.get(s).id(), member, at));
                left[s]--;
            }
        }
    }

    private Projet retain(Sujet subject, Meeting pleniere, int year, Long group, boolean needsCity, Instant at) {
        subject.retainIntoProgramme();
        Projet projet = new Projet(subject, pleniere.id(), year, group, needsCity, at);
        em.persist(projet);
        em.flush();
        return projet;
    }

    private void update(Projet projet, String text, String link, Instant at) {
        em.persist(new ProjetUpdate(projet.id(), text, link, at));
    }
}
