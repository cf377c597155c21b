package fr.chambery.cqc.core.document;

/** A file kept in the {@link DocumentStore} after inspection: what a new document version records. */
public record StoredFile(String hash, long size, FileName name, DocumentFormat format, String text) {
}
