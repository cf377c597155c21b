package fr.chambery.cqc.core.meeting;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of the meetings component: meetings and working groups. */
@ApplicationScoped
public class MeetingLog implements LoggedResources {

    public static final ResourceType MEETING = new ResourceType("meeting");
    public static final ResourceType WORKING_GROUP = new ResourceType("working_group");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(MEETING, WORKING_GROUP);
    }
}
