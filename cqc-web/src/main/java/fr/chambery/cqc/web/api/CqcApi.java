package fr.chambery.cqc.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API under {@code /api}, described at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "CQC API", version = "1",
        description = "Assemblées et conseils de quartier citoyens de Chambéry, en lecture."))
public class CqcApi extends Application {
}
