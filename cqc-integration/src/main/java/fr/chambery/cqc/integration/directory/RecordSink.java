package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.DirectoryRecord;

/** Where a source puts what it reads, record by record, so that memory does not grow with the source. */
public interface RecordSink {

    /** How many records to expect, when the source says so (for the progress bar). */
    default void expect(int count) {
    }

    void accept(DirectoryRecord record);
}
