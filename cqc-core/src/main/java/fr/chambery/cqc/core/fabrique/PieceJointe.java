package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.document.DocumentFormat;

import java.util.Objects;

/**
 * The file a member attached to her subject: kept in the document store under the SHA-256 of its bytes
 * ({@code hash}), offered back under the name it was uploaded with, in the format detected from its bytes.
 */
public record PieceJointe(String hash, String fileName, DocumentFormat format, long size) {

    public PieceJointe {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
    }

    public String mediaType() {
        return format.mediaType();
    }

    /** What a member sends with « Proposer un sujet »: the file's name as her browser gives it, and its bytes. */
    public record Envoi(String fileName, java.io.InputStream content) {
    }
}
