package fr.chambery.cqc.integration.directory;

/** Reads the bytes at an address of a source; throws {@link SourceException} when it cannot. */
@FunctionalInterface
public interface Fetcher {

    byte[] get(String url);
}
