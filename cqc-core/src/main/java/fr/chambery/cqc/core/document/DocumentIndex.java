package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.text.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the search of a document reads: its title, description and current file's text, normalised by
 * {@link SearchText}. Kept apart from {@link Document} so that listing documents never loads it.
 */
@Entity
@Table(name = "document_index")
public class DocumentIndex {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "search_text", nullable = false, length = 1_100_000)
    private String searchText;

    protected DocumentIndex() {
    }

    DocumentIndex(Document document, String contentText) {
        this.documentId = document.id();
        reindex(document, contentText);
    }

    void reindex(Document document, String contentText) {
        this.searchText = SearchText.normalize(document.title() + " " + document.description().orElse("") + " "
                + (contentText == null ? "" : contentText));
    }
}
