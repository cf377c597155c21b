package fr.chambery.cqc.web.fabrique.api;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.Sujet;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.Instant;

/**
 * A subject of the fabrique citoyenne as the public sees it: its author by first name and initial only
 * (never an e-mail or a surname), its plain-text description, its state and, when merged, the subject it joined.
 */
@Schema(name = "Subject", description = "Un sujet de la fabrique citoyenne : auteur·e par prénom et initiale seulement")
public record SubjectJson(long id, String space, String title, String description, String theme, String state,
                          String place, String author, Instant proposedAt, Long mergedInto, long commentCount, URI page) {

    static SubjectJson of(UriInfo uri, Sujet s, Assembly space, long comments) {
        return new SubjectJson(s.id(), space.slug(), s.title(), s.description(), s.theme().name(), s.state().name(),
                s.place().orElse(null), s.authorLabel().orElse(null), s.proposedAt(), s.mergedIntoId().orElse(null), comments,
                uri.getBaseUriBuilder().path("..").path("assemblies").path(space.slug()).path("fabrique").path("sujets")
                        .path(Long.toString(s.id())).build().normalize());
    }
}
