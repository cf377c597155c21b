package fr.chambery.cqc.core.persistence;

/**
 * The version of what the database holds: it moves forward after every committed write, whatever wrote
 * it (a moderator's edit, the API, a sync batch, a sign-up confirmation, a component's own writes), so
 * that anything rendered from the data can be kept until the version moves. Advanced by
 * {@link CommittedWrites}; {@link GridDataVersion} keeps it on Payara's data grid, shared by every
 * instance (in this JVM when there is one), {@link LocalDataVersion} counts in this JVM for the tests.
 */
public interface DataVersion {

    /** The version now. */
    long current();

    /** Moves the version forward: what was rendered from the data before is no longer current. */
    void advance();
}
