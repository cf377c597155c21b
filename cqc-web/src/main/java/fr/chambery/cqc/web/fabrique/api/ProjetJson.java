package fr.chambery.cqc.web.fabrique.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A projet of a council's programme de travail: its status, progress, who carries it, its dated updates,
 * the City's answer, its linked meetings and, once they are public, the supports its subject received at
 * the priorisation that retained it.
 */
@Schema(name = "Projet", description = "Un projet du programme de travail d'un conseil, et son suivi")
public record ProjetJson(long id, String council, String title, int year,
                         @Schema(description = "A_L_ETUDE, EN_COURS, REALISE ou ABANDONNE") String status,
                         String abandonReason,
                         @Schema(description = "de 0 à 100") int progress,
                         boolean needsCity,
                         @Schema(description = "le groupe de travail qui le porte, ou « mairie de quartier »") String carriedBy,
                         List<String> referents, CityAnswerJson cityAnswer, List<UpdateJson> updates, List<URI> meetings,
                         @Schema(description = "absent tant que les comptes de la priorisation ne sont pas publics") SupportsJson supports,
                         URI page) {

    /** The City's official answer, dated. */
    @Schema(name = "ReponseDeLaVille")
    public record CityAnswerJson(String text, OffsetDateTime answeredAt) {
    }

    /** A dated step of the timeline. */
    @Schema(name = "EtapeDeProjet")
    public record UpdateJson(OffsetDateTime writtenAt, String text, String document) {
    }

    /** The subject's counts at its priorisation: online supports and hands raised in the room, side by side. */
    @Schema(name = "Soutiens")
    public record SupportsJson(long online, int inRoom, long total) {
    }
}
