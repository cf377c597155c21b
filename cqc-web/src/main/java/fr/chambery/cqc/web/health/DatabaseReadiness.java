package fr.chambery.cqc.web.health;

import fr.chambery.cqc.core.assembly.Assemblies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers: {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Assemblies assemblies;

    @Override
    public HealthCheckResponse call() {
        try {
            long count = assemblies.count();
            return HealthCheckResponse.named("database").up().withData("assemblies", count).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
