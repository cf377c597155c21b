package fr.chambery.cqc.core.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps a document's search index in step with its description and its current file's text. */
@ApplicationScoped
public class DocumentIndexer {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    void index(Document document, String contentText) {
        DocumentIndex index = em.find(DocumentIndex.class, document.id());
        if (index == null) {
            em.persist(new DocumentIndex(document, contentText));
        } else {
            index.reindex(document, contentText);
        }
    }
}
