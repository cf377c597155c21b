package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.persistence.BothDatabases;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Duration;
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
 * Each database is migrated once, with its two councils; each test starts from no association and no run.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationSyncIT {

    /** Which database this invocation runs on: H2 or PostgreSQL, a fresh one. */
    @Parameter(0)
    String database;

    @Parameter(1)
    DataSource dataSource;

    private SyncFixture fixture;
    private AssociationSync sync;
    private Associations associations;
    private long bissy;
    private long laurier;

    @BeforeParameterizedClassInvocation
    void openTheDatabase(String name, DataSource dataSource) {
        // four associations: unlisting one is 25 %, allowed here (UnlistingSafeguardIT tests the bound)
        fixture = new SyncFixture(dataSource).streets(Map.of("avenue Imaginaire", "Laurier", "chemin Fictif", "Bissy"))
                .maxUnlistedShare(0.25);
        sync = fixture.sync;
        associations = fixture.associations;
        bissy = fixture.council("bissy", "CQC Bissy");
        laurier = fixture.council("laurier", "CQC Laurier");
    }

    @AfterParameterizedClassInvocation
    void closeTheDatabase() {
        fixture.close();
    }

    /** No association, no run, the lock free, the clock back at the start: each test tells its own story. */
    @BeforeEach
    void forgetEveryRun() {
        fixture.rewind();
        tx(em -> {
            for (String table : List.of("sync_held_miss", "sync_rejection", "association", "sync_run", "source_page")) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            em.createNativeQuery("UPDATE sync_lock SET run_id = 0, acquired_at = TIMESTAMP '2000-01-01 00:00:00'").executeUpdate();
            return null;
        });
    }

    @Test
    void aFirstRunSucceedsAndCountsWhatItCreatedAndRejected() {
        SyncRun first = run(firstSource(), true);

        assertThat(first.state()).isEqualTo(SyncRun.State.REUSSIE);
        assertThat(List.<Integer>of(first.created(), first.updated(), first.unchanged(), first.rejected())).containsExactly(4, 0, 0, 4);
    }

    @Test
    void badRecordsAreRejectedOneByOneWithTheirReason() {
        SyncRun first = run(firstSource(), true);

        List<SyncRejection> rejections = tx(em -> associations.rejectionsOf(first.id()));
        assertThat(rejections).extracting(SyncRejection::reason).containsExactlyInAnyOrder(
                "sans nom", "adresse e-mail mal formée : amicale-at-exemple.org", "quartier inconnu : Quartier Imaginaire",
                "en double dans la source (même identité qu'un enregistrement déjà lu)");
    }

    @Test
    void anAssociationIsPlacedByTheDirectoryByItsStreetOrLeftForReview() {
        run(firstSource(), true);

        assertThat(placement("Les Jardins de Bissy")).isEqualTo(bissy + " ANNUAIRE");
        assertThat(placement("Club de basket")).isEqualTo(laurier + " RUE");
        assertThat(placement("Collectif vélo")).isEqualTo("- A_REVOIR");
        assertThat(placement("Théâtre du Laurier")).as("the directory and the street disagree").isEqualTo(bissy + " A_VERIFIER");
    }

    @Test
    void theSameSourceAgainLeavesEveryRecordUnchangedAndWritesNoAssociationRow() {
        run(firstSource(), true);
        AtomicInteger writes = new AtomicInteger();
        DescriptorEventAdapter counter = new DescriptorEventAdapter() {
            @Override public void aboutToInsert(DescriptorEvent event) { writes.incrementAndGet(); }
            @Override public void aboutToUpdate(DescriptorEvent event) { writes.incrementAndGet(); }
        };
        var events = fixture.persistenceUnit().unwrap(org.eclipse.persistence.jpa.JpaEntityManagerFactory.class).getServerSession()
                .getDescriptor(Association.class).getEventManager();
        events.addListener(counter);
        try {
            SyncRun again = run(source(), true);

            assertThat(List.<Integer>of(again.created(), again.updated(), again.unchanged(), again.unlisted())).containsExactly(0, 0, 4, 0);
            assertThat(writes).as("association rows written by a re-sync of an unchanged source").hasValue(0);
        } finally {
            events.removeListener(counter);
        }
    }

    @Test
    void theReviewListHoldsTheAssociationsWhoseQuartierIsUncertain() {
        run(firstSource(), true);

        List<Association> review = tx(em -> associations.toReview("", 1, 100).items());
        assertThat(review).extracting(Association::name).containsExactly("Collectif vélo", "Théâtre du Laurier");
    }

    @Test
    void aModeratorsPlacementSurvivesTheNextRun() {
        run(firstSource(), true);
        long velo = tx(em -> associations.toReview("", 1, 100).items()).getFirst().id();
        tx(em -> {
            associations.byId(velo).orElseThrow().assignByModerator(bissy);
            return null;
        });

        SyncRun second = run(renamedSource(), true);

        assertThat(List.<Integer>of(second.created(), second.updated(), second.unchanged(), second.unlisted())).containsExactly(0, 1, 3, 0);
        assertThat(placement("Collectif vélo")).isEqualTo(bissy + " MODERATEUR");
    }

    @Test
    void aRenamedAssociationKeepsItsFormerName() {
        run(firstSource(), true);

        run(renamedSource(), true);

        Association jardins = tx(em -> associations.byRna("W731000001").orElseThrow());
        assertThat(jardins.name()).isEqualTo("Les Jardins partagés de Bissy");
        assertThat(jardins.formerNames()).containsExactly("Les Jardins de Bissy");
    }

    @Test
    void aPartialRunChangesNoListing() {
        run(renamedSource(), true);

        assertThat(run(withoutBasket().subList(0, 1), false).state()).isEqualTo(SyncRun.State.PARTIELLE);
        assertThat(status("Club de basket")).isEqualTo("LISTEE 0");
    }

    @Test
    void aFirstCompleteRunWithoutAnAssociationOnlyCountsTheMiss() {
        run(renamedSource(), true);

        assertThat(run(withoutBasket(), true).unlisted()).isZero();
        assertThat(status("Club de basket")).isEqualTo("LISTEE 1");
    }

    @Test
    void theSecondCompleteRunWithoutAnAssociationUnlistsIt() {
        run(renamedSource(), true);
        run(withoutBasket(), true);

        assertThat(run(withoutBasket(), true).unlisted()).isEqualTo(1);
        assertThat(status("Club de basket")).isEqualTo("NON_LISTEE 2");
        List<Association> inLaurier = tx(em -> associations.listedIn(laurier, "", null));
        assertThat(inLaurier).isEmpty();
    }

    @Test
    void anAssociationDissolvedInTheRnaIsMarkedAndKept() {
        run(renamedSource(), true);

        SyncRun rna = tx(em -> sync.start("export"));
        tx(em -> {
            sync.enrich(rna.id(), List.of(new RnaEntry("W731000001", "LES JARDINS", "jardinage", null, null, true)));
            return sync.finish(rna.id(), false, "RNA seul");
        });

        assertThat(status("Les Jardins partagés de Bissy")).startsWith("DISSOUTE");
    }

    @Test
    void onlyOneRunAtATime() {
        SyncRun running = tx(em -> sync.start("html"));
        tx(em -> {
            sync.accept(running.id(), withoutBasket().subList(0, 1));
            return null;
        });

        assertThatThrownBy(() -> tx(em -> sync.start("html"))).isInstanceOf(SyncAlreadyRunningException.class);
    }

    @Test
    void aScheduledRunIsSkippedWhenAnotherInstanceRanItAMomentAgo() {
        run(withoutBasket(), true);
        fixture.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> tx(em -> sync.startScheduled("html", Duration.ofMinutes(10))))
                .as("the same timer on the other instance, after the first run ended").isInstanceOf(SyncRecentlyRunException.class);
        long runs = tx(em -> em.createQuery("SELECT COUNT(r) FROM SyncRun r", Long.class).getSingleResult());
        assertThat(runs).isEqualTo(1);

        fixture.advance(Duration.ofMinutes(9));
        SyncRun next = tx(em -> sync.startScheduled("html", Duration.ofMinutes(10)));
        assertThat(next.isRunning()).as("a run once the time has passed").isTrue();
    }

    @Test
    void aRunKilledHalfWayIsTakenOverOnceItsLockIsStaleAndTheNextRunCompletes() {
        run(renamedSource(), true);
        run(withoutBasket(), true);
        run(withoutBasket(), true);
        SyncRun killed = tx(em -> sync.start("html"));
        tx(em -> {
            sync.accept(killed.id(), withoutBasket().subList(0, 1));
            return null;
        });

        fixture.advance(Duration.ofHours(1));
        SyncRun next = run(List.of(basket(), velo(), renamedJardins(), theatre()), true);

        assertThat(next.state()).isEqualTo(SyncRun.State.REUSSIE);
        assertThat(tx(em -> associations.run(killed.id()).orElseThrow()).state()).isEqualTo(SyncRun.State.ECHOUEE);
        assertThat(status("Club de basket")).as("back in the directory, listed again").isEqualTo("LISTEE 0");
    }

    // --- the sources ----------------------------------------------------------------------------

    /** Four good records, placed by the directory, by the street or left for review, and four bad ones. */
    private static List<DirectoryRecord> firstSource() {
        return List.of(jardins(), basket(), velo(),
                record("4", null, "", "Bissy", null, null),
                record("5", null, "Amicale", "Bissy", null, "amicale-at-exemple.org"),
                record("6", null, "Nulle part", "Quartier Imaginaire", null, null),
                theatre(),
                jardins());
    }

    /** The four good records of the first source. */
    private static List<DirectoryRecord> source() {
        return List.of(jardins(), basket(), velo(), theatre());
    }

    /** The same, the jardins renamed. */
    private static List<DirectoryRecord> renamedSource() {
        return List.of(renamedJardins(), basket(), velo(), theatre());
    }

    /** The renamed source without the basket club. */
    private static List<DirectoryRecord> withoutBasket() {
        return List.of(renamedJardins(), velo(), theatre());
    }

    private static DirectoryRecord jardins() {
        return record("1", "W731000001", "Les Jardins de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org");
    }

    private static DirectoryRecord renamedJardins() {
        return record("1", "W731000001", "Les Jardins partagés de Bissy", "Bissy", "8 chemin Fictif, 73000 Chambéry", "jardins@exemple.org");
    }

    private static DirectoryRecord basket() {
        return record("2", null, "Club de basket", null, "21 avenue Imaginaire, 73000 Chambéry", null);
    }

    private static DirectoryRecord velo() {
        return record("3", null, "Collectif vélo", null, "Boîte postale 42, 73000 Chambéry", null);
    }

    private SyncRun run(List<DirectoryRecord> records, boolean complete) {
        return fixture.run(records, complete);
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

    private static DirectoryRecord theatre() {
        return record("7", null, "Théâtre du Laurier", "Bissy", "3 avenue Imaginaire, 73000 Chambéry", null);
    }

    private static DirectoryRecord record(String id, String rna, String name, String quartier, String address, String email) {
        return new DirectoryRecord(id, rna, name, "Thème", quartier, "Objet", address, "73000", null, email, null, null);
    }

    private <T> T tx(Function<EntityManager, T> work) {
        return fixture.tx(work);
    }
}
