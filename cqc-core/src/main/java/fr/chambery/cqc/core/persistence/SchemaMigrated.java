package fr.chambery.cqc.core.persistence;

/** Fired once at start-up, when the schema is up to date: the moment to load demo content. */
public record SchemaMigrated(String schemaVersion) {
}
