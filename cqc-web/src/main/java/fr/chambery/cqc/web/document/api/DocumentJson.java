package fr.chambery.cqc.web.document.api;

/** A document as the API shows it: what the public sees, and where its current file is. */
public record DocumentJson(long id, String title, String description, String collection, Long meeting,
                           String format, String mediaType, long size, String fileName, int version,
                           String updatedAt, String file, Boolean published) {
}
