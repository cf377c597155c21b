package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sync's engine on the real schema of H2 and PostgreSQL: placement in quartiers, rejections,
 * idempotent upserts, renames, unlisting after two complete runs only, the moderator's choice kept,
 * dissolution from the RNA, the database lock, and a run killed half-way completed by the next.
 */
class AssociationSyncIT {


    private EntityManagerFactory emf;
    private final AssociationSync sync = new AssociationSync();
    private final Associations associations = new Associations();
    private final Assemblies assemblies = new Assemblies();
    private Instant now = Instant.parse("2026-11-27T03:00:00Z");




    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void syncsIdempotentlyUnlistsCarefullyAndSurvivesAKilledRun(String name, DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        emf = BothDatabases.unit(dataSource);
        try {
            wire();
            long bissy = council("bissy", "CQC Bissy");
            long laurier = council("laurier", "CQC Laurier");

            // first run: placed by the directory, by the street, or left for review; bad records rejected one by one
            SyncRun first = run(List.of(
                    record("1", "W731000001", "Les Jardins de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org"),
                    record("2", null, "Club de basket", null, "21 avenue Imaginaire, 73000 Chambéry", null),
                    record("3", null, "Collectif vélo", null, "Boîte postale 42, 73000 Chambéry", null),
                    record("4", null, "", "Bissy", null, null),
                    record("5", null, "Amicale", "Bissy", null, "amicale-at-exemple.org"),
                    record("6", null, "Nulle part", "Quartier Imaginaire", null, null),
                    theatre(),
                    record("1", "W731000001", "Les Jardins de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org")), true);
            assertThat(first.state()).isEqualTo(SyncRun.State.REUSSIE);
            assertThat(List.<Integer>of(first.created(), first.updated(), first.unchanged(), first.rejected())).containsExactly(4, 0, 0, 4);
            List<SyncRejection> rejections = tx(em -> associations.rejectionsOf(first.id()));
            assertThat(rejections).extracting(SyncRejection::reason).containsExactlyInAnyOrder(
                    "sans nom", "adresse e-mail mal formée : amicale-at-exemple.org", "quartier inconnu : Quartier Imaginaire",
                    "en double dans la source (même identité qu'un enregistrement déjà lu)");
            assertThat(placement("Les Jardins de Bissy")).isEqualTo(bissy + " ANNUAIRE");
            assertThat(placement("Club de basket")).isEqualTo(laurier + " RUE");
            assertThat(placement("Collectif vélo")).isEqualTo("- A_REVOIR");
            assertThat(placement("Théâtre du Laurier")).as("the directory and the street disagree").isEqualTo(bissy + " A_VERIFIER");

            // the same source again: every record unchanged, not one association row written
            AtomicInteger writes = new AtomicInteger();
            emf.unwrap(org.eclipse.persistence.jpa.JpaEntityManagerFactory.class).getServerSession().getDescriptor(Association.class)
                    .getEventManager().addListener(new DescriptorEventAdapter() {
                        @Override public void aboutToInsert(DescriptorEvent event) { writes.incrementAndGet(); }
                        @Override public void aboutToUpdate(DescriptorEvent event) { writes.incrementAndGet(); }
                    });
            SyncRun again = run(List.of(
                    record("1", "W731000001", "Les Jardins de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org"),
                    record("2", null, "Club de basket", null, "21 avenue Imaginaire, 73000 Chambéry", null),
                    record("3", null, "Collectif vélo", null, "Boîte postale 42, 73000 Chambéry", null), theatre()), true);
            assertThat(List.<Integer>of(again.created(), again.updated(), again.unchanged(), again.unlisted())).containsExactly(0, 0, 4, 0);
            assertThat(writes).as("association rows written by a re-sync of an unchanged source").hasValue(0);

            List<Association> review = tx(em -> associations.toReview("", 1, 100).items());
            assertThat(review).extracting(Association::name).containsExactly("Collectif vélo", "Théâtre du Laurier");

            // a moderator places the collectif; the association is renamed: both survive the next run
            long velo = review.getFirst().id();
            tx(em -> {
                associations.byId(velo).orElseThrow().assignByModerator(bissy);
                return null;
            });
            SyncRun second = run(List.of(
                    record("1", "W731000001", "Les Jardins partagés de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org"),
                    record("2", null, "Club de basket", null, "21 avenue Imaginaire, 73000 Chambéry", null),
                    record("3", null, "Collectif vélo", null, "Boîte postale 42, 73000 Chambéry", null), theatre()), true);
            assertThat(List.<Integer>of(second.created(), second.updated(), second.unchanged(), second.unlisted())).containsExactly(0, 1, 3, 0);
            assertThat(placement("Collectif vélo")).isEqualTo(bissy + " MODERATEUR");
            Association jardins = tx(em -> associations.byRna("W731000001").orElseThrow());
            assertThat(jardins.name()).isEqualTo("Les Jardins partagés de Bissy");
            assertThat(jardins.formerNames()).containsExactly("Les Jardins de Bissy");

            // the basket club disappears: a partial run changes nothing, the first complete run is a miss, the second unlists
            List<DirectoryRecord> withoutBasket = List.of(
                    record("1", "W731000001", "Les Jardins partagés de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org"),
                    record("3", null, "Collectif vélo", null, "Boîte postale 42, 73000 Chambéry", null), theatre());
            assertThat(run(withoutBasket.subList(0, 1), false).state()).isEqualTo(SyncRun.State.PARTIELLE);
            assertThat(status("Club de basket")).isEqualTo("LISTEE 0");
            assertThat(run(withoutBasket, true).unlisted()).isZero();
            assertThat(status("Club de basket")).isEqualTo("LISTEE 1");
            assertThat(run(withoutBasket, true).unlisted()).isEqualTo(1);
            assertThat(status("Club de basket")).isEqualTo("NON_LISTEE 2");
            List<Association> inLaurier = tx(em -> associations.listedIn(laurier, "", null));
            assertThat(inLaurier).isEmpty();

            // dissolved in the RNA: marked, kept
            SyncRun rna = tx(em -> sync.start("export"));
            tx(em -> {
                sync.enrich(rna.id(), List.of(new RnaEntry("W731000001", "LES JARDINS", "jardinage", null, null, true)));
                return sync.finish(rna.id(), false, "RNA seul");
            });
            assertThat(status("Les Jardins partagés de Bissy")).startsWith("DISSOUTE");

            // one run at a time; a run killed half-way is taken over once its lock is stale, and the next run completes
            SyncRun killed = tx(em -> sync.start("html"));
            tx(em -> {
                sync.accept(killed.id(), withoutBasket.subList(0, 1));
                return null;
            });
            assertThatThrownBy(() -> tx(em -> sync.start("html"))).isInstanceOf(SyncAlreadyRunningException.class);
            now = now.plus(Duration.ofHours(1));
            SyncRun next = run(List.of(record("2", null, "Club de basket", null, "21 avenue Imaginaire, 73000 Chambéry", null),
                    record("3", null, "Collectif vélo", null, "Boîte postale 42, 73000 Chambéry", null),
                    record("1", "W731000001", "Les Jardins partagés de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org"),
                    theatre()), true);
            assertThat(next.state()).isEqualTo(SyncRun.State.REUSSIE);
            assertThat(tx(em -> associations.run(killed.id()).orElseThrow()).state()).isEqualTo(SyncRun.State.ECHOUEE);
            assertThat(status("Club de basket")).as("back in the directory, listed again").isEqualTo("LISTEE 0");
        } finally {
            emf.close();
        }
    }

    private SyncRun run(List<DirectoryRecord> records, boolean complete) {
        SyncRun run = tx(em -> sync.start("export"));
        tx(em -> {
            sync.accept(run.id(), records);
            return null;
        });
        return tx(em -> sync.finish(run.id(), complete, complete ? null : "coupée"));
    }

    private String placement(String name) {
        return tx(em -> em.createQuery("SELECT a FROM Association a WHERE a.name = :n", Association.class).setParameter("n", name)
                .getSingleResult()).quartierId().map(String::valueOf).orElse("-") + " " + tx(em -> em.createQuery(
                "SELECT a FROM Association a WHERE a.name = :n", Association.class).setParameter("n", name).getSingleResult()).quartierSource();
    }

    private String status(String name) {
        Association a = tx(em -> em.createQuery("SELECT a FROM Association a WHERE a.name = :n", Association.class)
                .setParameter("n", name).getSingleResult());
        return a.status() + " " + a.missedRuns();
    }

    private long council(String slug, String title) {
        return tx(em -> {
            Assembly council = new Assembly(slug, title, AssemblyTexts.builder().subtitle("s").build(), now);
            council.enableComponent(AssociationsComponent.KEY);
            em.persist(council);
            em.flush();
            return council.id();
        });
    }

    private static DirectoryRecord theatre() {
        return record("7", null, "Théâtre du Laurier", "Bissy", "3 avenue Imaginaire, 73000 Chambéry", null);
    }

    private static DirectoryRecord record(String id, String rna, String name, String quartier, String address, String email) {
        return new DirectoryRecord(id, rna, name, "Thème", quartier, "Objet", address, "73000", null, email, null, null);
    }

    private void wire() {
        sync.associations = associations;
        sync.assemblies = assemblies;
        sync.streets = StreetTable.of(Map.of("avenue Imaginaire", "Laurier", "chemin Fictif", "Bissy"));
        sync.lockTimeout = Duration.ofMinutes(30);
        // four associations: unlisting one is 25 %, allowed here (UnlistingSafeguardIT tests the bound)
        sync.maxUnlistedShare = 0.25;
        sync.clock = new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
    }

    private <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        sync.em = em;
        associations.em = em;
        try {
            var field = Assemblies.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(assemblies, em);
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
