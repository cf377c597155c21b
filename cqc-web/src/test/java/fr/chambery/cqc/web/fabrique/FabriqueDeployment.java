package fr.chambery.cqc.web.fabrique;

import fr.chambery.cqc.web.fixtures.FabriqueFixturesResource;
import fr.chambery.cqc.web.fixtures.LogCapture;
import fr.chambery.cqc.web.fixtures.MemberFixturesResource;
import fr.chambery.cqc.web.fixtures.TestFixturesResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URL;

/** As {@code DeployedApplication}, with the programme's test fixtures too (plénières, rounds, projets). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class FabriqueDeployment {

    @ArquillianResource
    protected URL url;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        File war = new File(System.getProperty("cqc.war", "target/cqc.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(TestFixturesResource.class, MemberFixturesResource.class, LogCapture.class, ProgrammeFixturesResource.class,
                        FabriqueFixturesResource.class);
    }
}
