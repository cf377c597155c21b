package fr.chambery.cqc.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core's shape: its feature packages depend on one another without a cycle (a feature may use the
 * access rules, the spaces, the action log, another feature below it, never the other way round too), and
 * it knows nothing of Faces, JAX-RS or HTTP clients: those belong to the web and integration modules.
 */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.chambery.cqc.core");

    @Test
    void theCoresPackagesAreFreeOfCycles() {
        slices().matching("fr.chambery.cqc.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theCoreKnowsNothingOfFacesJaxRsOrHttpClients() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "java.net.http..",
                        "org.apache.http..", "org.apache.hc..", "okhttp3..", "org.eclipse.microprofile.rest.client..")
                .because("the core is the domain: the web and integration modules speak HTTP")
                .check(CORE);
    }
}
