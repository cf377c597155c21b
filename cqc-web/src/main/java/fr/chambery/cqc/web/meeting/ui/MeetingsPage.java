package fr.chambery.cqc.web.meeting.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.meeting.Meeting;
import fr.chambery.cqc.core.meeting.MeetingCatalog;
import fr.chambery.cqc.core.meeting.MeetingFilter;
import fr.chambery.cqc.core.meeting.MeetingType;
import fr.chambery.cqc.core.persistence.ResultPage;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.PageNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /assemblies/{slug}/meetings}: the space's meetings (and its sub-spaces'), filtered by type,
 * council and upcoming/past, ten a page; {@code /assemblies/{slug}/meetings/{id}}: one meeting.
 */
@Named
@RequestScoped
public class MeetingsPage {

    static final int PAGE_SIZE = 10;

    @Inject
    @Param(pathIndex = 2)
    String meetingId;

    @Inject
    AssemblyPage assemblyPage;

    @Inject
    MeetingCatalog catalog;

    private Map<Long, Assembly> scope;
    private Meeting meeting;
    private ResultPage<Meeting> list;
    private String type;
    private String council;
    private String when;

    /** Before rendering: a meeting that is not in this space's scope, or a malformed id, is a 404. */
    public void check() {
        scope = catalog.spacesOf(assemblyPage.getSpace());
        if (meetingId == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            type = params.get("type");
            council = params.get("council");
            when = Optional.ofNullable(params.get("when")).orElse("upcoming");
            int page = PageNumber.of(params.get("page"));
            MeetingFilter filter = new MeetingFilter(MeetingType.named(type), Optional.ofNullable(council).filter(c -> !c.isBlank()),
                    MeetingFilter.When.named(when).orElse(MeetingFilter.When.UPCOMING));
            list = catalog.search(scope, filter, page, PAGE_SIZE);
            return;
        }
        meeting = parseId(meetingId).flatMap(catalog::visible).filter(m -> scope.containsKey(m.spaceId())).orElse(null);
        if (meeting == null) {
            ErrorResponses.send(404);
        }
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isDetail() {
        return meetingId != null;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public ResultPage<Meeting> getList() {
        return list;
    }

    public Assembly spaceOf(long spaceId) {
        return scope.get(spaceId);
    }

    /** The councils to filter by: the sub-spaces in scope. */
    public List<Assembly> getCouncils() {
        return scope.values().stream().filter(a -> !a.id().equals(assemblyPage.getSpace().id())).toList();
    }

    public MeetingType[] getTypes() {
        return MeetingType.values();
    }

    /** The query string of the current filters, for the paging links. */
    public String filters() {
        return "type=" + Optional.ofNullable(type).orElse("") + "&council=" + Optional.ofNullable(council).orElse("")
                + "&when=" + when;
    }

    public String getType() { return type; }
    public String getCouncil() { return council; }
    public String getWhen() { return when; }
}
