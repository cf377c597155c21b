package fr.chambery.cqc.core.assembly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Creating and arranging spaces. Each call is one transaction. The back office (issue 3) will call it;
 * today the demo loader does.
 */
@ApplicationScoped
public class AssemblyAdministration {

    static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    Assemblies assemblies;

    @Inject
    @ConfigProperty(name = "cqc.organization.reference-prefix", defaultValue = "chbry")
    String referencePrefix;

    /**
     * Stores a new space under {@code parent} (or at the top level) and gives it its reference, which
     * needs the id: the space is flushed first.
     */
    @Transactional
    public Assembly create(Assembly assembly, Assembly parent) {
        if (assemblies.bySlug(assembly.slug()).isPresent()) {
            throw new IllegalArgumentException("Slug already taken: " + assembly.slug());
        }
        assembly.moveUnder(parent == null ? null
                : assemblies.bySlug(parent.slug()).orElseThrow(() -> new UnknownAssemblyException(parent.slug())));
        assemblies.add(assembly);
        assemblies.flush();
        assembly.assignReference(Reference.ofAssembly(referencePrefix,
                YearMonth.from(assembly.createdAt().atZone(ORGANISATION_ZONE)), assembly.id()));
        return assembly;
    }
}
