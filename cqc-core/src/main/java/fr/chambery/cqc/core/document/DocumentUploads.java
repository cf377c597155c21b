package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.util.function.Function;

/**
 * Receives a file for a new document or a new version: stages it, inspects it, keeps it, then records
 * it. Whatever fails on the way (size, type, name, permission, database), nothing stays behind: neither
 * a file nor a row.
 */
@ApplicationScoped
public class DocumentUploads {

    @Inject
    DocumentStore store;

    @Inject
    FileInspection inspection;

    @Inject
    DocumentAdministration administration;

    @Inject
    Documents documents;

    public Document upload(Actor actor, String spaceSlug, DocumentDraft draft, String fileName, InputStream content) {
        administration.checkAdd(actor, spaceSlug, draft);
        FileName name = new FileName(fileName);
        return receive(content, name, file -> administration.add(actor, spaceSlug, draft, file));
    }

    public Document replace(Actor actor, long documentId, String fileName, InputStream content) {
        administration.entry(actor, documentId);
        FileName name = new FileName(fileName);
        return receive(content, name, file -> administration.addVersion(actor, documentId, file));
    }

    public long maxSize() {
        return store.maxSize();
    }

    private Document receive(InputStream content, FileName name, Function<StoredFile, Document> record) {
        DocumentStore.Staged staged = store.stage(content);
        StoredFile file;
        try {
            FileInspection.Inspected inspected = inspection.inspect(staged.path(), name);
            file = new StoredFile(staged.hash(), staged.size(), name, inspected.format(), inspected.text());
        } catch (RuntimeException e) {
            store.discard(staged);
            throw e;
        }
        boolean fresh = store.keep(staged);
        try {
            return record.apply(file);
        } catch (RuntimeException e) {
            if (fresh && !documents.isStored(file.hash())) {
                store.forget(file.hash());
            }
            throw e;
        }
    }
}
