package fr.chambery.cqc.core.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/**
 * A collection of documents in a space (Decidim's attachment collection): « Guides méthodologiques »,
 * « Charte des CQC », « Comptes rendus ». Moderators choose the order.
 */
@Entity
@Table(name = "document_collection")
public class DocumentCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private int position;

    protected DocumentCollection() {
    }

    public DocumentCollection(long spaceId, String name, String description, int position) {
        this.spaceId = spaceId;
        rename(name, description);
        this.position = position;
    }

    public void rename(String name, String description) {
        if (name == null || name.isBlank()) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.INVALID, "refusal.document.collection.name.missing");
        }
        if (name.strip().length() > 200) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.INVALID, "refusal.document.collection.name.tooLong", 200);
        }
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public long spaceId() {
        return spaceId;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public int position() {
        return position;
    }
}
