package fr.chambery.cqc.web.document.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.document.DocumentCatalog;
import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.core.document.SpaceDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** « Documents à consulter » on a space's page, and the documents of a meeting on its page. */
@Named
@RequestScoped
public class DocumentsBlock {

    @Inject
    DocumentCatalog catalog;

    private SpaceDocuments documents;
    private final Map<Long, List<DocumentEntry>> byMeeting = new HashMap<>();

    public SpaceDocuments of(Assembly space) {
        if (documents == null) {
            documents = catalog.of(space);
        }
        return documents;
    }

    public List<DocumentEntry> ofMeeting(long meetingId) {
        return byMeeting.computeIfAbsent(meetingId, catalog::ofMeeting);
    }
}
