package fr.chambery.cqc.web.accessibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whom a visitor writes to about an accessibility problem ({@code cqc.accessibility.contact}), as the
 * accessibility declaration ({@code /accessibilite}) must say under the RGAA.
 */
@Named
@ApplicationScoped
public class AccessibilityContact {

    @Inject
    @ConfigProperty(name = "cqc.accessibility.contact")
    String email;

    public String getEmail() {
        return email;
    }
}
