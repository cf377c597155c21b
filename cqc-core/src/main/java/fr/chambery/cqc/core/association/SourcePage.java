package fr.chambery.cqc.core.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** What a source's address answered last, with the validators to ask it again conditionally. */
@Entity
@Table(name = "source_page")
public class SourcePage {

    @Id
    @Column(length = 1000)
    private String url;

    @Column(length = 200)
    private String etag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    @Column(nullable = false, length = 2_000_000)
    private String body;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected SourcePage() {
    }

    public SourcePage(String url, String etag, String lastModified, String body, Instant fetchedAt) {
        this.url = url;
        this.etag = etag;
        this.lastModified = lastModified;
        this.body = body;
        this.fetchedAt = fetchedAt;
    }

    public String url() { return url; }
    public Optional<String> etag() { return Optional.ofNullable(etag); }
    public Optional<String> lastModified() { return Optional.ofNullable(lastModified); }
    public String body() { return body; }
}
