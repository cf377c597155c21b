package fr.chambery.cqc.core.association;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored associations a batch of records may match, read at once, indexed the way a record is
 * matched: by RNA number, else directory id, else identity key (never by a name alone).
 */
final class StoredMatches {

    private final Map<String, Association> byRna = new HashMap<>();
    private final Map<String, Association> byDirectoryId = new HashMap<>();
    private final Map<String, Association> byIdentityKey = new HashMap<>();

    StoredMatches(List<Association> found) {
        found.forEach(this::add);
    }

    /** Adds an association, so that a later record of the same batch matches it. */
    void add(Association association) {
        association.rnaNumber().ifPresent(rna -> byRna.putIfAbsent(rna, association));
        association.directoryId().ifPresent(id -> byDirectoryId.putIfAbsent(id, association));
        byIdentityKey.putIfAbsent(association.identityKey(), association);
    }

    Optional<Association> of(CheckedRecord record) {
        Association match = record.rnaNumber() == null ? null : byRna.get(record.rnaNumber());
        if (match == null && record.directoryId() != null) {
            match = byDirectoryId.get(record.directoryId());
        }
        if (match == null) {
            match = byIdentityKey.get(record.identityKey());
        }
        return Optional.ofNullable(match);
    }
}
