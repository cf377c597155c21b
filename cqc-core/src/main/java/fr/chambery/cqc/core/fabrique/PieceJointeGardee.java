package fr.chambery.cqc.core.fabrique;

/**
 * A proposal brought a new file into the document store (its content was not there before): fired in the
 * proposal's transaction, so that the file goes again if that transaction fails at its commit
 * ({@link PiecesJointes}): no file without its subject.
 */
public record PieceJointeGardee(String hash) {
}
