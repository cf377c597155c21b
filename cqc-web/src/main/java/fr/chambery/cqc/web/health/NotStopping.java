package fr.chambery.cqc.web.health;

import fr.chambery.cqc.web.infrastructure.GracefulStop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready once the instance is stopping ({@link GracefulStop}): an orchestrator sends it nothing more. */
@Readiness
@ApplicationScoped
public class NotStopping implements HealthCheck {

    @Inject
    GracefulStop stop;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("not-stopping").status(!stop.stopping()).build();
    }
}
