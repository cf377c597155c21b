package fr.chambery.cqc.core.association;

/**
 * What the sync takes from a line of the RNA file: the number, the title, the object, the seat's
 * address (street line and postcode, empty when the file has none), whether it is dissolved.
 */
public record RnaEntry(String number, String title, String purpose, String address, String postcode, boolean dissolved) {

    /** The line as a directory record, for a city whose directory is the RNA itself. */
    public DirectoryRecord asRecord() {
        return new DirectoryRecord(null, number, title, null, null, purpose, address, postcode, null, null, null, null);
    }
}
