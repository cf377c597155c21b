package fr.chambery.cqc.integration.directory;

/**
 * A source of the city's association listings. {@link #read} ends normally only when it read the whole
 * source; it throws {@link IncompleteSourceException} when it stopped part-way, and
 * {@link SourceException} when the source is unreachable or not a directory.
 */
public interface DirectorySource {

    /** Its name in the runs' history: {@code html}, {@code export}. */
    String key();

    void read(RecordSink sink);
}
