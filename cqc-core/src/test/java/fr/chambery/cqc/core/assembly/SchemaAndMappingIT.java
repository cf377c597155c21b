package fr.chambery.cqc.core.assembly;

import fr.chambery.cqc.core.interlocutor.AdjointDeQuartier;
import fr.chambery.cqc.core.interlocutor.CityInterlocutors;
import fr.chambery.cqc.core.interlocutor.MairieDeQuartier;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same Flyway migrations build the schema on H2 (the embedded default) and on a real PostgreSQL, and
 * the JPA mapping reads and writes that schema on both: the persistence unit of the application, run by
 * EclipseLink outside the server. Each database is migrated and filled once; each test reads one thing back.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaAndMappingIT {

    private static final Instant CREATED = Instant.parse("2021-05-17T08:00:00Z");

    /** Which database this invocation runs on: H2 or PostgreSQL, a fresh one. */
    @Parameter(0)
    String database;

    @Parameter(1)
    DataSource dataSource;

    private int firstMigrations;
    private int secondMigrations;
    private EntityManagerFactory emf;
    private EntityManager em;
    private Assemblies assemblies;

    /** Migrated twice, then the CQC space and three councils under it, two of them published. */
    @BeforeParameterizedClassInvocation
    void migrateAndStoreTheSpaces(String name, DataSource dataSource) {
        firstMigrations = DatabaseMigrations.migrate(dataSource).migrationsExecuted;
        secondMigrations = DatabaseMigrations.migrate(dataSource).migrationsExecuted;
        emf = BothDatabases.unit(dataSource);
        inTransaction(emf, em -> {
            AssemblyType type = new AssemblyType("conseils-de-quartier-citoyens", "Conseils de quartier citoyens");
            em.persist(type);
            Assembly cqc = new Assembly("conseils-de-quartier-citoyens", "Conseils de quartier citoyens",
                    AssemblyTexts.builder().subtitle("Découvrez l'espace 🙋").description("<h3>🏛️ Un espace</h3>").build(), CREATED);
            cqc.classifyAs(type);
            cqc.publish(CREATED);
            cqc.recordCreation(LocalDate.of(2021, 5, 17), CreatedBy.CITY_COUNCIL);
            cqc.defineParticipation(new ParticipationScope("Votre quartier", "Habitant·es", "Participez", null, null, null, null));
            em.persist(cqc);
            em.flush();
            cqc.assignReference(Reference.ofAssembly("chbry", YearMonth.from(CREATED.atOffset(ZoneOffset.UTC)), cqc.id()));
            for (String slug : List.of("bissy", "biollay", "brouillon")) {
                Assembly council = new Assembly(slug, "CQC " + slug, AssemblyTexts.builder().subtitle(slug).build(), CREATED);
                council.moveUnder(cqc);
                council.enableComponent("interlocutors");
                if (!slug.equals("brouillon")) {
                    council.publish(CREATED);
                }
                em.persist(council);
            }
        });
    }

    @AfterParameterizedClassInvocation
    void closeTheDatabase() {
        emf.close();
    }

    @BeforeEach
    void openAnEntityManager() {
        em = emf.createEntityManager();
        assemblies = new Assemblies();
        assemblies.em = em;
    }

    @AfterEach
    void closeTheEntityManager() {
        em.close();
    }

    @Test
    void theMigrationsBuildTheSchemaOnceAndASecondStartAppliesNothing() {
        assertThat(firstMigrations).isPositive();
        assertThat(secondMigrations).as("a second start applies nothing").isZero();
    }

    @Test
    void aSpaceReadsBackWithItsReferenceTextsTypeAndCreation() {
        Assembly cqc = assemblies.bySlug("conseils-de-quartier-citoyens").orElseThrow();

        assertThat(cqc.reference()).contains(new Reference("chbry-ASSE-2021-05-" + cqc.id()));
        assertThat(cqc.createdAt()).isEqualTo(CREATED);
        assertThat(cqc.texts().subtitle()).isEqualTo("Découvrez l'espace 🙋");
        assertThat(cqc.texts().description()).isEqualTo("<h3>&#x1f3db;\uFE0F Un espace</h3>");
        assertThat(cqc.type().map(AssemblyType::title)).contains("Conseils de quartier citoyens");
        assertThat(cqc.participation().scope()).isEqualTo("Votre quartier");
        assertThat(cqc.creationDate()).contains(LocalDate.of(2021, 5, 17));
        assertThat(cqc.isIndefinite()).isTrue();
    }

    @Test
    void aSpaceListsAndCountsItsPublishedSubSpacesOnly() {
        Assembly cqc = assemblies.bySlug("conseils-de-quartier-citoyens").orElseThrow();

        assertThat(assemblies.publishedChildrenOf(cqc)).extracting(Assembly::slug).containsExactly("biollay", "bissy");
        assertThat(assemblies.publishedChildCounts(List.of(cqc.id()))).containsEntry(cqc.id(), 2L);
    }

    @Test
    void aSubSpaceKnowsItsParentItsAncestorsAndItsComponents() {
        Assembly cqc = assemblies.bySlug("conseils-de-quartier-citoyens").orElseThrow();
        Assembly bissy = assemblies.bySlug("bissy").orElseThrow();

        assertThat(bissy.parentId()).contains(cqc.id());
        assertThat(bissy.ancestors()).containsExactly(cqc);
        assertThat(bissy.enabledComponents()).containsExactly("interlocutors");
    }

    @Test
    void aSpaceReadTwiceIsTheSameSpaceByItsId() {
        Assembly bissy = assemblies.bySlug("bissy").orElseThrow();
        EntityManager other = emf.createEntityManager();
        try {
            Assemblies elsewhere = new Assemblies();
            elsewhere.em = other;
            Assembly again = elsewhere.bySlug("bissy").orElseThrow();
            Assembly biollay = elsewhere.bySlug("biollay").orElseThrow();

            assertThat(again).isNotSameAs(bissy).isEqualTo(bissy).hasSameHashCodeAs(bissy).isNotEqualTo(biollay);
        } finally {
            other.close();
        }
    }

    @Test
    void publishedSpacesAreCountedPagedAndFilteredByParentExclusionAndPromotion() {
        Assembly cqc = assemblies.bySlug("conseils-de-quartier-citoyens").orElseThrow();
        Assembly bissy = assemblies.bySlug("bissy").orElseThrow();

        var everyPublished = new Assemblies.PublishedQuery(java.util.Optional.empty(), false, java.util.Optional.empty(), List.of());
        assertThat(assemblies.publishedCount(everyPublished)).isEqualTo(3);
        assertThat(assemblies.publishedPage(everyPublished, 0, 2)).hasSize(2);
        assertThat(assemblies.publishedPage(new Assemblies.PublishedQuery(java.util.Optional.of(cqc.id()), false,
                java.util.Optional.empty(), List.of(bissy.id())), 0, 10)).extracting(Assembly::slug).containsExactly("biollay");
        assertThat(assemblies.publishedPage(new Assemblies.PublishedQuery(java.util.Optional.empty(), true,
                java.util.Optional.empty(), List.of()), 0, 10)).extracting(Assembly::slug).containsExactly("conseils-de-quartier-citoyens");
    }

    @Test
    void aCouncilsCityInterlocutorsAreStored() {
        Assembly bissy = assemblies.bySlug("bissy").orElseThrow();

        inTransaction(emf, tx -> tx.persist(new CityInterlocutors(bissy.id(),
                new MairieDeQuartier("Mairie de quartier de Bissy", "8 chemin Fictif", "04 65 71 00 03", "m@example.org", "9 h - 12 h"),
                new AdjointDeQuartier("Camille Exemple", "Adjoint·e"), true)));

        CityInterlocutors found = em.createQuery("select i from CityInterlocutors i where i.spaceId = :id", CityInterlocutors.class)
                .setParameter("id", bissy.id()).getSingleResult();
        assertThat(found.mairie().name()).isEqualTo("Mairie de quartier de Bissy");
        assertThat(found.isIllustrative()).isTrue();
    }

    @Test
    void twoMeetingsAtTheSameWallClockTimeOfTheNightClocksGoBackAreKeptAnHourApart() {
        Assembly bissy = assemblies.bySlug("bissy").orElseThrow();
        // the night clocks go back: 02:30 twice, two instants an hour apart, both kept
        ZonedDateTime first = LocalDateTime.parse("2026-10-25T02:30").atZone(Meeting.PARIS).withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();

        inTransaction(emf, tx -> {
            tx.persist(new Meeting(bissy.id(), MeetingType.FORMATION, "avant", first, first.plusMinutes(20), "Salle", null));
            tx.persist(new Meeting(bissy.id(), MeetingType.FORMATION, "après", second, second.plusMinutes(20), null, "https://visio.example.org"));
        });

        assertThat(em.createQuery("select m from Meeting m where m.spaceId = :id order by m.startsAt", Meeting.class)
                .setParameter("id", bissy.id()).getResultList())
                .extracting(Meeting::title, Meeting::startsAt, Meeting::zone)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("avant", Instant.parse("2026-10-25T00:30:00Z"), Meeting.PARIS),
                        org.assertj.core.groups.Tuple.tuple("après", Instant.parse("2026-10-25T01:30:00Z"), Meeting.PARIS));
    }

    private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
