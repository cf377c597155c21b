package fr.chambery.cqc.core.document;

/** A document with its current version: what a list shows (title, type, size, date, file). */
public record DocumentEntry(Document document, DocumentVersion current) {
}
