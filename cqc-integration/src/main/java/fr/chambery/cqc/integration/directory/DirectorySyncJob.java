package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.AssociationSync;
import fr.chambery.cqc.core.association.DirectoryRecord;
import fr.chambery.cqc.core.association.RnaEntry;
import fr.chambery.cqc.core.association.SyncRun;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the configured source into an open run, in batches of {@value #BATCH} (each its own
 * transaction), enriches from the RNA, and ends the run complete, partial or failed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySyncJob {

    private static final Logger LOG = Logger.getLogger(DirectorySyncJob.class.getName());
    static final int BATCH = 500;

    @Inject
    AssociationSync sync;

    @Inject
    DirectorySources sources;

    @Inject
    DirectoryFetcher fetcher;

    /** Reads the source into a run opened by {@link DirectoryRuns}, in the background. */
    @Asynchronous
    public void execute(long runId) {
        runNow(runId);
    }

    /** The same, in the caller's thread. */
    public SyncRun runNow(long runId) {
        DirectorySource source = sources.configured().orElseThrow();
        List<DirectoryRecord> batch = new ArrayList<>(BATCH);
        try {
            source.read(new RecordSink() {
                @Override
                public void expect(int count) {
                    sync.expect(runId, count);
                }

                @Override
                public void accept(DirectoryRecord record) {
                    batch.add(record);
                    if (batch.size() == BATCH) {
                        sync.accept(runId, List.copyOf(batch));
                        batch.clear();
                    }
                }
            });
            if (!batch.isEmpty()) {
                sync.accept(runId, List.copyOf(batch));
            }
            sources.rnaUrl().ifPresent(url -> enrich(runId, url));
            return sync.finish(runId, true, null);
        } catch (IncompleteSourceException e) {
            if (!batch.isEmpty()) {
                sync.accept(runId, List.copyOf(batch));
            }
            return sync.finish(runId, false, e.getMessage());
        } catch (SourceException e) {
            return sync.finish(runId, false, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Directory sync " + runId + " failed", e);
            return sync.finish(runId, false, "Erreur inattendue pendant la lecture (" + e.getClass().getSimpleName()
                    + ") : le détail est dans le journal du serveur ; aucun statut n'a changé.");
        }
    }

    private void enrich(long runId, String url) {
        List<RnaEntry> entries = new ArrayList<>(BATCH);
        try (InputStream in = fetcher.open(url)) {
            RnaFile.read(in, entry -> {
                entries.add(entry);
                if (entries.size() == BATCH) {
                    sync.enrich(runId, List.copyOf(entries));
                    entries.clear();
                }
            });
        } catch (IOException e) {
            throw new IncompleteSourceException("Le fichier RNA n'a pas pu être lu (" + e.getMessage() + ").", e);
        }
        if (!entries.isEmpty()) {
            sync.enrich(runId, List.copyOf(entries));
        }
    }
}
