package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of the fabrique's debate: subjects, comments and reports, as moderated. */
@ApplicationScoped
public class FabriqueLog implements LoggedResources {

    public static final ResourceType SUBJECT = new ResourceType("fabrique_subject");
    public static final ResourceType COMMENT = new ResourceType("fabrique_comment");
    public static final ResourceType REPORT = new ResourceType("fabrique_report");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(SUBJECT, COMMENT, REPORT);
    }
}
