package fr.chambery.cqc.core.association;

/**
 * One association as a source gives it, before any check: the directory's listing (HTML or export),
 * possibly enriched from the RNA. Any field may be null.
 */
public record DirectoryRecord(String directoryId, String rnaNumber, String name, String theme, String quartier,
                             String purpose, String address, String postcode, String phone, String email,
                             String website, String directoryUrl) {

    /** How a report names the record: its name, else its ids. */
    public String label() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return "(sans nom) " + (directoryId != null ? "annuaire " + directoryId : rnaNumber != null ? "RNA " + rnaNumber : "");
    }
}
