package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of the documents component: documents and their collections. */
@ApplicationScoped
public class DocumentLog implements LoggedResources {

    public static final ResourceType DOCUMENT = new ResourceType("document");
    public static final ResourceType COLLECTION = new ResourceType("document_collection");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(DOCUMENT, COLLECTION);
    }
}
