package fr.chambery.cqc.core.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One uploaded file of a document. The bytes are in the {@link DocumentStore} under their SHA-256; this
 * row keeps what was checked at upload: the detected format, the size, the name it came with, its text.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(nullable = false)
    private int number;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_content", length = 1_000_000)
    private String text;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;

    protected DocumentVersion() {
    }

    DocumentVersion(long documentId, int number, StoredFile file, Instant uploadedAt, String uploadedBy) {
        this.documentId = documentId;
        this.number = number;
        this.contentHash = file.hash();
        this.mediaType = file.format().mediaType();
        this.size = file.size();
        this.fileName = file.name().value();
        this.text = file.text();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public int number() {
        return number;
    }

    public String contentHash() {
        return contentHash;
    }

    public String mediaType() {
        return mediaType;
    }

    public DocumentFormat format() {
        return DocumentFormat.ofMediaType(mediaType).orElseThrow();
    }

    public long size() {
        return size;
    }

    public String fileName() {
        return fileName;
    }

    public String text() {
        return text;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
