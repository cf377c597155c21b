package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.demo.DemoResources;
import fr.chambery.cqc.core.demo.DemoSeed;
import fr.chambery.cqc.core.demo.DemoSpaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The assembly's documents à consulter: the meeting-facilitation guide the city's page speaks of (a
 * real PDF, written for the demo) in « Guides méthodologiques », and how a CQC works, in « Charte des CQC ».
 */
@ApplicationScoped
public class DocumentsDemo implements DemoSeed {

    @Inject
    DocumentUploads uploads;

    @Inject
    DocumentAdministration administration;

    @Inject
    CollectionAdministration collections;

    @Override
    public String componentKey() {
        return DocumentsComponent.KEY;
    }

    @Override
    public Set<DemoSpaces.Kind> enabledOn() {
        return EnumSet.allOf(DemoSpaces.Kind.class);
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoSpaces spaces) {
        Assembly assembly = spaces.assembly();
        DocumentCollection guides = collections.addCollection(Actor.SYSTEM, assembly.slug(), "Guides méthodologiques",
                "Pour préparer et animer les réunions des conseils.");
        DocumentCollection charte = collections.addCollection(Actor.SYSTEM, assembly.slug(), "Charte des CQC",
                "Le fonctionnement des conseils de quartier citoyens.");
        document(assembly, guides, "Guide de l'animation de réunion",
                "Préparer, ouvrir, faire vivre et conclure une réunion de conseil de quartier (exemple de démonstration).",
                "guide-animation-reunion.pdf");
        document(assembly, charte, "Fonctionnement des CQC",
                "Plénière, groupes de travail et coordination interne, en résumé (texte de démonstration).",
                "fonctionnement-des-cqc.txt");
    }

    private void document(Assembly space, DocumentCollection collection, String title, String description, String file) {
        try (InputStream in = DemoResources.open(file)) {
            Document document = uploads.upload(Actor.SYSTEM, space.slug(), new DocumentDraft(title, description, collection.id(), null), file, in);
            administration.publish(Actor.SYSTEM, document.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
