package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.document.DocumentRefusedException;
import fr.chambery.cqc.core.document.DocumentStore;
import fr.chambery.cqc.core.document.FileInspection;
import fr.chambery.cqc.core.document.FileName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Receives a subject's attachment through the documents' pipeline: staged in the {@link DocumentStore}
 * (size limit, empty file), inspected by {@link FileInspection} (type from the bytes, name agreeing with it,
 * decompression guard, encrypted or corrupt files), then kept under its hash, or discarded. Whatever is
 * refused leaves no file behind, and a file the proposal brought goes again when its transaction fails.
 */
@ApplicationScoped
public class PiecesJointes {

    @Inject
    DocumentStore store;

    @Inject
    FileInspection inspection;

    /** A file received and checked, still in the staging area. */
    record Recue(DocumentStore.Staged staged, PieceJointe pieceJointe) {
    }

    /**
     * @throws DocumentRefusedException why the file is refused (nothing of it stays)
     */
    Recue receive(PieceJointe.Envoi envoi) {
        FileName name = new FileName(envoi.fileName());
        DocumentStore.Staged staged = store.stage(envoi.content());
        try {
            FileInspection.Inspected inspected = inspection.inspect(staged.path(), name);
            return new Recue(staged, new PieceJointe(staged.hash(), name.value(), inspected.format(), staged.size()));
        } catch (RuntimeException e) {
            store.discard(staged);
            throw e;
        }
    }

    /** Moves it into the store; true when its content was new there. */
    boolean keep(Recue recue) {
        return store.keep(recue.staged());
    }

    void discard(Recue recue) {
        store.discard(recue.staged());
    }

    /** Removes a file this upload brought into the store, when its subject could not be recorded. */
    void forget(String hash) {
        store.forget(hash);
    }

    /** The proposal that kept this new file failed at its commit: its subject is not stored, nor its file. */
    void rolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) PieceJointeGardee kept) {
        store.forget(kept.hash());
    }

    /** The maximum size of an attachment, in bytes: the documents' own. */
    public long maxSize() {
        return store.maxSize();
    }
}
