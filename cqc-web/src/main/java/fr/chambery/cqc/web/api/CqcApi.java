package fr.chambery.cqc.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The JSON API under {@code /api}, described at {@code /openapi}; the paging parameters of every list
 * ({@link PageRequest}) are described once, here.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "CQC API", version = "1",
        description = "Assemblées et conseils de quartier citoyens de Chambéry. Toute liste se lit par pages : "
                + PageRequest.RULE + " La réponse donne items, page, size, total et pages ; le total aussi dans "
                + "l'en-tête X-Total-Count, les pages voisines dans l'en-tête Link."),
        components = @Components(parameters = {
                @Parameter(name = "page", in = ParameterIn.QUERY, description = "numéro de page, de 1 à " + PageRequest.LAST_PAGE,
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.LAST_PAGE, defaultValue = "1")),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = "éléments par page, de 1 à " + PageRequest.MAX_SIZE,
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                                defaultValue = "" + PageRequest.DEFAULT_SIZE))}))
public class CqcApi extends Application {
}
