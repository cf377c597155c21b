package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of the sign-up component: memberships (and the messages to a council's members). */
@ApplicationScoped
public class MembershipLog implements LoggedResources {

    public static final ResourceType MEMBERSHIP = new ResourceType("membership");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(MEMBERSHIP);
    }
}
