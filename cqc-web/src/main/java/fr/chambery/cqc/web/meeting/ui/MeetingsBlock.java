package fr.chambery.cqc.web.meeting.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingCatalog;
import fr.chambery.cqc.core.meeting.MeetingFilter;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.core.persistence.ResultPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * « Les prochaines rencontres » on a space's page: the next three, how many are upcoming in all, and the
 * space's working groups with their référent·es.
 */
@Named
@RequestScoped
public class MeetingsBlock {

    static final int SHOWN = 3;

    @Inject
    MeetingCatalog catalog;

    private ResultPage<Meeting> upcoming;
    private Map<Long, Assembly> scope;
    private List<WorkingGroup> groups;

    @Inject
    Meetings meetings;

    public ResultPage<Meeting> upcoming(Assembly space) {
        if (upcoming == null) {
            scope = catalog.spacesOf(space);
            upcoming = catalog.search(scope, MeetingFilter.upcoming(), 1, SHOWN);
        }
        return upcoming;
    }

    /** The working groups of the page's space, read once. */
    public List<WorkingGroup> workingGroups(Assembly space) {
        if (groups == null) {
            groups = meetings.workingGroupsOf(space.id());
        }
        return groups;
    }

    /** The space a meeting belongs to, when it is a sub-space of the page's space. */
    public Assembly spaceOf(long spaceId) {
        return scope.get(spaceId);
    }
}
