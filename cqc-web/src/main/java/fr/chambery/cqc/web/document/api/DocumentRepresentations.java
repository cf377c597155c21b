package fr.chambery.cqc.web.document.api;

import fr.chambery.cqc.core.document.DocumentEntry;
import fr.chambery.cqc.web.document.ui.DocumentFacts;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

/** From the core's documents to the API's JSON. */
final class DocumentRepresentations {

    private DocumentRepresentations() {
    }

    static DocumentJson of(DocumentEntry e, Map<Long, String> collectionNames, UriInfo uri, boolean withState) {
        var d = e.document();
        var v = e.current();
        String root = uri.getBaseUri().resolve("..").toString().replaceAll("/$", "");
        return new DocumentJson(d.id(), d.title(), d.description().orElse(null),
                d.collectionId().map(collectionNames::get).orElse(null), d.meetingId().orElse(null),
                v.format().label(), v.mediaType(), v.size(), v.fileName(), v.number(), v.uploadedAt().toString(),
                root + DocumentFacts.path(e), withState ? d.isPublished() : null);
    }
}
