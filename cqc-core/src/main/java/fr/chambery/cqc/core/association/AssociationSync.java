package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.actionlog.PublicContentChanged;
import jakarta.enterprise.event.Event;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.text.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sync's engine, independent of where records come from. A run takes the database lock (a row of
 * {@code sync_lock}, locked with SELECT … FOR UPDATE, so one run at a time across instances), receives
 * records in batches, each batch its own transaction (a run killed half-way leaves what it committed,
 * consistent; the next run completes it), and ends complete (listing statuses updated), partial or
 * failed (statuses untouched). Upserts are idempotent: a record is matched by RNA number, directory id
 * or normalised name and postcode, and not rewritten when its content hash is unchanged.
 */
@ApplicationScoped
public class AssociationSync {

    static final String LOCK = "directory";
    private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);

    private final Map<Long, RunMemory> memories = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Associations associations;

    /** The search and the open data follow the listed associations; none outside CDI. */
    @Inject
    Event<PublicContentChanged> publicContent;

    @Inject
    Assemblies assemblies;

    @Inject
    StreetTable streets;

    /** After this long without news from its run, a lock is taken over (the run was killed). */
    @Inject
    @ConfigProperty(name = "cqc.directory.lock-timeout", defaultValue = "PT30M")
    Duration lockTimeout;

    /** A complete run that would unlist more than this share of the listed associations waits for an administrator. */
    @Inject
    @ConfigProperty(name = "cqc.directory.max-unlisted-share", defaultValue = "0.10")
    double maxUnlistedShare = 0.10;

    Clock clock = Clock.systemUTC();

    /** Starts a run, or refuses when another one is alive. A run found dead is recorded as failed. */
    @Transactional
    public SyncRun start(String source) {
        return start(source, Duration.ZERO);
    }

    /**
     * Starts a scheduled run, unless a run started less than {@code notAgainWithin} ago: each instance of a
     * cluster has the same timers, and the first to take the lock runs for all (the check is made under the
     * lock, so two instances cannot both pass it).
     *
     * @throws SyncRecentlyRunException when a run started within that time
     */
    @Transactional
    public SyncRun startScheduled(String source, Duration notAgainWithin) {
        return start(source, notAgainWithin);
    }

    private SyncRun start(String source, Duration notAgainWithin) {
        Object[] lock = (Object[]) em.createNativeQuery("SELECT run_id, acquired_at FROM sync_lock WHERE name = ? FOR UPDATE")
                .setParameter(1, LOCK).getSingleResult();
        long holder = ((Number) lock[0]).longValue();
        Instant heartbeat = toInstant(lock[1]);
        Instant now = clock.instant();
        if (!notAgainWithin.isZero()) {
            Optional<Instant> latest = em.createQuery("SELECT r FROM SyncRun r ORDER BY r.startedAt DESC", SyncRun.class)
                    .setMaxResults(1).getResultStream().findFirst().map(SyncRun::startedAt);
            if (latest.isPresent() && latest.get().isAfter(now.minus(notAgainWithin))) {
                throw new SyncRecentlyRunException(latest.get());
            }
        }
        Optional<SyncRun> previous = holder == 0 ? Optional.empty() : associations.run(holder).filter(SyncRun::isRunning);
        if (previous.isPresent()) {
            if (heartbeat.plus(lockTimeout).isAfter(now)) {
                throw new SyncAlreadyRunningException(holder);
            }
            memories.remove(holder);
            previous.get().end(SyncRun.State.ECHOUEE, "Interrompue (arrêt de l'application ?) : la synchronisation suivante l'a reprise.", now);
        }
        SyncRun run = new SyncRun(source, now);
        em.persist(run);
        em.flush();
        for (SyncRun held : associations.heldRuns()) {
            held.discard("Écartée : la synchronisation n° " + run.id() + " l'a remplacée ; aucune association retirée.");
        }
        memories.put(run.id(), new RunMemory(quartiers(), now));
        em.createNativeQuery("UPDATE sync_lock SET run_id = ?, acquired_at = ? WHERE name = ?")
                .setParameter(1, run.id()).setParameter(2, Timestamp.from(now)).setParameter(3, LOCK).executeUpdate();
        return run;
    }

    @Transactional
    public void expect(long runId, int count) {
        run(runId).expect(count);
    }

    /**
     * Upserts a batch of records, each checked and placed; rejected ones are reported with their reason.
     * The batch's stored matches are read in three queries; an unchanged record is not written.
     */
    @Transactional
    public void accept(long runId, List<DirectoryRecord> batch) {
        RunMemory memory = memory(runId);
        List<CheckedRecord> valid = new ArrayList<>(batch.size());
        for (DirectoryRecord record : batch) {
            CheckedRecord.Result result = CheckedRecord.check(record);
            if (result.record().isPresent()) {
                valid.add(result.record().get());
            } else {
                reject(runId, memory, record.label(), result.reason());
            }
        }
        StoredMatches stored = associations.matchesOf(valid);
        Set<Association> inBatch = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CheckedRecord checked : valid) {
            Long directoryQuartier = null;
            if (checked.quartier() != null) {
                directoryQuartier = memory.quartiers.get(SearchText.normalize(checked.quartier()));
                if (directoryQuartier == null) {
                    reject(runId, memory, checked.name(), "quartier inconnu : " + checked.quartier());
                    continue;
                }
            }
            Optional<Association> existing = stored.of(checked);
            if (existing.isPresent() && (inBatch.contains(existing.get())
                    || existing.get().id() != null && memory.hasSeen(existing.get().id()))) {
                reject(runId, memory, checked.name(), "en double dans la source (même identité qu'un enregistrement déjà lu)");
                continue;
            }
            String hash = checked.contentHash();
            Association association = existing.orElseGet(() -> new Association(checked.identityKey(), clock.instant()));
            boolean changed = existing.isEmpty() || !hash.equals(association.contentHash());
            if (changed) {
                association.take(checked, hash, clock.instant());
            }
            boolean moved = place(association, directoryQuartier, memory.quartiers);
            association.seen();
            if (existing.isEmpty()) {
                em.persist(association);
                stored.add(association);
                memory.created();
            } else if (changed || moved) {
                memory.updated();
            } else {
                memory.unchanged();
            }
            inBatch.add(association);
        }
        em.flush();
        inBatch.forEach(a -> memory.see(a.id()));
        checkpoint(runId, memory);
    }

    /** Enriches and checks the listed associations from the RNA: dissolved ones are marked, never deleted. */
    @Transactional
    public void enrich(long runId, List<RnaEntry> entries) {
        List<String> dissolved = entries.stream().filter(RnaEntry::dissolved).map(RnaEntry::number).toList();
        for (Association association : associations.byRnaNumbers(dissolved)) {
            if (association.status() != AssociationStatus.DISSOUTE) {
                association.dissolve();
            }
        }
        checkpoint(runId, memory(runId));
    }

    /**
     * Ends a run. Only a complete run updates listing statuses: a listed association it did not see
     * misses a run, and after two missed in a row is no longer listed. A complete run that read no record
     * at all, or that would unlist more than {@code cqc.directory.max-unlisted-share} of the listed
     * associations, changes nothing: it keeps its misses in the ledger and waits for an administrator.
     */
    @Transactional
    public SyncRun finish(long runId, boolean complete, String message) {
        if (publicContent != null) {
            publicContent.fire(new PublicContentChanged("association"));
        }
        RunMemory memory = memory(runId);
        SyncRun run = run(runId);
        memory.writeTo(run, clock.instant());
        if (complete) {
            long[] listed = associations.listedIds().toArray();
            List<Long> missing = java.util.Arrays.stream(listed).filter(id -> !memory.hasSeen(id)).boxed().toList();
            List<Association> missed = associations.byIds(missing);
            int wouldUnlist = (int) missed.stream().filter(Association::unlistedByAnotherMiss).count();
            Optional<String> doubt = doubt(run, wouldUnlist, listed.length);
            if (doubt.isPresent()) {
                missed.forEach(a -> em.persist(new HeldMiss(runId, a.id(), a.unlistedByAnotherMiss())));
                run.hold(wouldUnlist, doubt.get(), clock.instant());
            } else {
                int unlisted = 0;
                for (Association association : missed) {
                    if (association.missed()) {
                        unlisted++;
                    }
                }
                run.countUnlisted(unlisted);
                run.end(SyncRun.State.REUSSIE, message, clock.instant());
            }
        } else {
            run.end(run.processed() > 0 ? SyncRun.State.PARTIELLE : SyncRun.State.ECHOUEE, message, clock.instant());
        }
        memories.remove(runId);
        em.createNativeQuery("UPDATE sync_lock SET run_id = 0 WHERE name = ? AND run_id = ?")
                .setParameter(1, LOCK).setParameter(2, runId).executeUpdate();
        return run;
    }

    /** Why a complete run is too doubtful to unlist on its own, in French; empty when it may. */
    private Optional<String> doubt(SyncRun run, int wouldUnlist, int listed) {
        if (run.processed() == 0) {
            return Optional.of("La source, lue jusqu'au bout, ne contient aucun enregistrement : rien n'est retiré sans la confirmation "
                    + "d'un administrateur.");
        }
        if (wouldUnlist > maxUnlistedShare * listed) {
            return Optional.of(String.format(java.util.Locale.FRANCE,
                    "Elle retirerait %d des %d associations listées (%.0f %%), au-delà de %.0f %% (cqc.directory.max-unlisted-share) : "
                            + "rien n'est retiré sans la confirmation d'un administrateur.",
                    wouldUnlist, listed, wouldUnlist * 100.0 / listed, maxUnlistedShare * 100));
        }
        return Optional.empty();
    }

    /** Places an association; whether its quartier or how it was found changed (a new street table, say). */
    private boolean place(Association association, Long directoryQuartier, Map<String, Long> quartiers) {
        if (association.moderatorQuartierId().isPresent()) {
            return association.placeIn(association.moderatorQuartierId().get(), QuartierSource.MODERATEUR);
        }
        Optional<Long> byStreet = streets.quartierOf(association.address()).map(q -> quartiers.get(SearchText.normalize(q)));
        if (directoryQuartier != null) {
            boolean doubtful = byStreet.isPresent() && !byStreet.get().equals(directoryQuartier);
            return association.placeIn(directoryQuartier, doubtful ? QuartierSource.A_VERIFIER : QuartierSource.ANNUAIRE);
        }
        return association.placeIn(byStreet.orElse(null), byStreet.isPresent() ? QuartierSource.RUE : QuartierSource.A_REVOIR);
    }

    /** The quartiers, by their normalised names: a council's title without « CQC », and its slug. */
    Map<String, Long> quartiers() {
        Map<String, Long> byName = new HashMap<>();
        List<Assembly> all = assemblies.all();
        var enabling = assemblies.enabling(all.stream().map(Assembly::id).toList(), AssociationsComponent.KEY);
        for (Assembly space : all) {
            if (enabling.contains(space.id())) {
                byName.put(SearchText.normalize(space.title().replaceFirst("^(?i)CQC\\s+", "")), space.id());
                byName.put(SearchText.normalize(space.slug()), space.id());
            }
        }
        return byName;
    }

    private void reject(long runId, RunMemory memory, String record, String reason) {
        memory.rejected();
        em.persist(new SyncRejection(runId, record, reason));
    }

    /** The run's memory; rebuilt (quartiers read again, nothing seen) if this instance lost it. */
    private RunMemory memory(long runId) {
        return memories.computeIfAbsent(runId, id -> new RunMemory(quartiers(), clock.instant()));
    }

    /** Writes the run's counts and the lock's heartbeat, at most once per {@link #CHECKPOINT_EVERY}. */
    private void checkpoint(long runId, RunMemory memory) {
        Instant at = clock.instant();
        if (!memory.checkpointDue(at, CHECKPOINT_EVERY)) {
            return;
        }
        memory.writeTo(run(runId), at);
        em.createNativeQuery("UPDATE sync_lock SET acquired_at = ? WHERE name = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, LOCK).executeUpdate();
    }

    private SyncRun run(long runId) {
        return associations.run(runId).orElseThrow();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value);
    }
}
