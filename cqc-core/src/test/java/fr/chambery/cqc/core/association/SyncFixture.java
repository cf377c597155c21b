package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sync's engine and the administrator's decision wired by hand over a migrated database (H2 or
 * PostgreSQL), each step its own transaction as in the server: for tests that read as a story.
 */
final class SyncFixture implements AutoCloseable {

    final AssociationSync sync = new AssociationSync();
    final Associations associations = new Associations();
    final UnlistingDecision decision = new UnlistingDecision();
    private final Assemblies assemblies = new Assemblies();
    private final ActionLog log = new ActionLog();
    private final EntityManagerFactory emf;
    private static final Instant START = Instant.parse("2026-11-27T03:00:00Z");
    private Instant now = START;

    SyncFixture(DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        emf = BothDatabases.unit(dataSource);
        sync.associations = associations;
        sync.assemblies = assemblies;
        sync.streets = StreetTable.of(Map.of());
        sync.lockTimeout = Duration.ofMinutes(30);
        sync.clock = new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        decision.associations = associations;
        decision.log = log;
    }

    /** Places by street name, for the records that name no known quartier. */
    SyncFixture streets(Map<String, String> quartierByStreet) {
        sync.streets = StreetTable.of(quartierByStreet);
        return this;
    }

    /** The share of the listed associations a complete run may unlist without an administrator's decision. */
    SyncFixture maxUnlistedShare(double share) {
        sync.maxUnlistedShare = share;
        return this;
    }

    /** The persistence unit over the database, for a test that watches what it writes. */
    EntityManagerFactory persistenceUnit() {
        return emf;
    }

    /** The sync's clock moves on. */
    void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The sync's clock back at the start, and nothing cached from an earlier story. */
    void rewind() {
        now = START;
        emf.getCache().evictAll();
    }

    /** A run of these records, ended complete or not. */
    SyncRun run(List<DirectoryRecord> records, boolean complete) {
        SyncRun run = tx(em -> sync.start("export"));
        if (!records.isEmpty()) {
            tx(em -> {
                sync.accept(run.id(), records);
                return null;
            });
        }
        return tx(em -> sync.finish(run.id(), complete, complete ? null : "coupée"));
    }

    long council(String slug, String title) {
        return tx(em -> {
            Assembly council = new Assembly(slug, title, AssemblyTexts.builder().subtitle("s").build(), now);
            council.enableComponent(AssociationsComponent.KEY);
            em.persist(council);
            em.flush();
            return council.id();
        });
    }

    Association named(String name) {
        return tx(em -> em.createQuery("SELECT a FROM Association a WHERE a.name = :n", Association.class)
                .setParameter("n", name).getSingleResult());
    }

    SyncRun stored(long runId) {
        return tx(em -> associations.run(runId).orElseThrow());
    }

    static DirectoryRecord record(String id, String name, String quartier, String address, String purpose) {
        return new DirectoryRecord(id, null, name, "Thème", quartier, purpose, address, "73000", null, null, null, null);
    }

    /** Associations 1 to {@code count}, named « Association n », in Bissy. */
    static List<DirectoryRecord> associationsUpTo(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> record(String.valueOf(n), "Association " + n, "Bissy", null, "Objet")).toList();
    }

    <T> T tx(Function<EntityManager, T> work) {
        return BothDatabases.inTransaction(emf, em -> {
            sync.em = em;
            associations.em = em;
            decision.em = em;
            BothDatabases.giveEntityManager(em, assemblies, log);
            return work.apply(em);
        });
    }

    @Override
    public void close() {
        emf.close();
    }
}
