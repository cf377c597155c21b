package fr.chambery.cqc.core.fabrique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;

/** A dated step of a projet's timeline, written by the council's moderators: plain text, an optional link to a document. */
@Entity
@Table(name = "fabrique_projet_update")
public class ProjetUpdate {

    public static final int TEXT_MAX = 2_000;
    public static final int LINK_MAX = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "projet_id", nullable = false)
    private Long projetId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = TEXT_MAX)
    private String body;

    @Column(name = "document_url", length = LINK_MAX)
    private String documentUrl;

    protected ProjetUpdate() {
    }

    /** @throws ProjetRefusal for an empty or too long text, or a link that is not an http(s) address */
    ProjetUpdate(long projetId, String text, String link, Instant now) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new ProjetRefusal("refusal.projet.updateEmpty");
        }
        if (body.length() > TEXT_MAX) {
            throw new ProjetRefusal("refusal.projet.tooLong", TEXT_MAX);
        }
        this.projetId = projetId;
        this.body = body;
        this.documentUrl = link(link);
        this.writtenAt = now;
    }

    private static String link(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String link = value.strip();
        try {
            URI uri = new URI(link);
            if (link.length() <= LINK_MAX && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return link;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new ProjetRefusal("refusal.projet.link", LINK_MAX);
    }

    public Long id() { return id; }
    public long projetId() { return projetId; }
    public Instant writtenAt() { return writtenAt; }
    public String body() { return body; }
    public Optional<String> documentUrl() { return Optional.ofNullable(documentUrl); }
}
