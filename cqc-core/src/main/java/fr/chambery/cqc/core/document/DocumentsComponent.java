package fr.chambery.cqc.core.document;

import fr.chambery.cqc.core.space.ComponentDescriptor;
import fr.chambery.cqc.core.space.ComponentType;
import jakarta.enterprise.context.ApplicationScoped;

/** The documents à consulter of a space (Decidim's attachments), grouped in collections, searchable. */
@ApplicationScoped
public class DocumentsComponent implements ComponentType {

    public static final String KEY = "documents";

    @Override
    public ComponentDescriptor descriptor() {
        return new ComponentDescriptor(KEY, "component.documents", 30)
                .administeredAt("admin/documents", "component.documents");
    }
}
