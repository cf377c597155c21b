package fr.chambery.cqc.core.association;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of the associations: an association's review and the directory sync's held runs. */
@ApplicationScoped
public class AssociationLog implements LoggedResources {

    public static final ResourceType ASSOCIATION = new ResourceType("association");
    public static final ResourceType SYNC_RUN = new ResourceType("sync_run");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(ASSOCIATION, SYNC_RUN);
    }
}
