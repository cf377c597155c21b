package fr.chambery.cqc.integration.directory;

import java.io.IOException;
import java.io.InputStream;

/**
 * The RNA file itself as the directory, for a city with no directory of its own (or to measure the
 * sync on a national-sized file): every active association of Chambéry becomes a record, placed by the
 * street table. Dissolved ones are left to the enrichment that follows every run.
 */
public final class RnaDirectorySource implements DirectorySource {

    private final String url;
    private final DirectoryFetcher fetcher;

    public RnaDirectorySource(String url, DirectoryFetcher fetcher) {
        this.url = url;
        this.fetcher = fetcher;
    }

    @Override
    public String key() {
        return "rna";
    }

    @Override
    public void read(RecordSink sink) {
        try (InputStream in = fetcher.open(url)) {
            RnaFile.read(in, entry -> {
                if (!entry.dissolved()) {
                    sink.accept(entry.asRecord());
                }
            });
        } catch (IOException e) {
            throw new IncompleteSourceException("Le fichier RNA n'a pas pu être lu (" + e.getMessage() + ").", e);
        }
    }
}
