package fr.chambery.cqc.web.fabrique.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.PieceJointe;
import fr.chambery.cqc.core.fabrique.Sujet;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A subject of the fabrique citoyenne as the public sees it: its author by first name and initial only
 * (never an e-mail or a surname), its plain-text description, its state and, when merged, the subject it joined;
 * the file its author joined, if any (its address, its type detected at upload, its size).
 */
@Schema(name = "Subject", description = "Un sujet de la fabrique citoyenne : auteur·e par prénom et initiale seulement")
public record SubjectJson(long id, String space, String title, String description, String theme, String state,
                          String place, String author, Instant proposedAt, Long mergedInto, long commentCount, URI page,
                          AttachmentJson attachment) {

    /** The file joined to a subject. */
    @Schema(name = "SubjectAttachment", description = "La pièce jointe d'un sujet : son nom, son type détecté au dépôt, sa taille en octets")
    public record AttachmentJson(String name, String mediaType, long size, URI file) {

        static AttachmentJson of(UriInfo uri, long subjectId, PieceJointe p) {
            // the name encoded by hand: a builder would take its braces for a template
            String name = URLEncoder.encode(p.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
            return new AttachmentJson(p.fileName(), p.mediaType(), p.size(), uri.getBaseUriBuilder().path("..").build().normalize()
                    .resolve("fabrique/pieces-jointes/" + subjectId + "/" + name));
        }
    }

    static SubjectJson of(UriInfo uri, Sujet s, Assembly space, long comments) {
        return new SubjectJson(s.id(), space.slug(), s.title(), s.description(), s.theme().name(), s.state().name(),
                s.place().orElse(null), s.authorLabel().orElse(null), s.proposedAt(), s.mergedIntoId().orElse(null), comments,
                uri.getBaseUriBuilder().path("..").path("assemblies").path(space.slug()).path("fabrique").path("sujets")
                        .path(Long.toString(s.id())).build().normalize(),
                s.attachment().map(p -> AttachmentJson.of(uri, s.id(), p)).orElse(null));
    }
}
