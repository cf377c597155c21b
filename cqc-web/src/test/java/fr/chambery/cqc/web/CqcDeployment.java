package fr.chambery.cqc.web;

import fr.chambery.cqc.web.fixtures.TestFixturesResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * What the Arquillian tests deploy: the application's own war, as {@code mvn package} built it, plus the
 * test-only fixtures endpoint.
 */
public final class CqcDeployment {

    private CqcDeployment() {
    }

    public static WebArchive withFixtures() {
        File war = new File(System.getProperty("cqc.war", "target/cqc.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClass(TestFixturesResource.class);
    }
}
