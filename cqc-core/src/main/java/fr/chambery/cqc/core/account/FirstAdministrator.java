package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.persistence.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the first administrator from configuration when no administrator exists yet:
 * {@code cqc.bootstrap.admin.email}, {@code .password} and {@code .totp-secret} (Base32, as an
 * authenticator app shows it), the last two from the environment. No password ships in code.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    @ConfigProperty(name = "cqc.bootstrap.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "cqc.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "cqc.bootstrap.admin.totp-secret")
    Optional<String> totpSecret;

    void onSchemaMigrated(@Observes SchemaMigrated event) {
        if (email.isEmpty() || accounts.anyAdministrator()) {
            return;
        }
        if (password.isEmpty() || totpSecret.isEmpty()) {
            LOG.severe("cqc.bootstrap.admin.email is set but its password or totp-secret is missing: no administrator created");
            return;
        }
        try {
            administration.create(Actor.SYSTEM, email.get(), "Administrateur", Role.ADMINISTRATEUR, password.get(),
                    totpSecret.get().replace(" ", "").toUpperCase(), Set.of());
            LOG.info(() -> "First administrator created: " + email.get());
        } catch (InvalidAccountException e) {
            LOG.severe(() -> "First administrator not created: " + e.getMessage());
        }
    }
}
