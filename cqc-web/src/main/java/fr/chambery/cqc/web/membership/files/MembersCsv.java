package fr.chambery.cqc.web.membership.files;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.membership.MembershipAdministration;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import fr.chambery.cqc.core.membership.LienAuQuartier;
import fr.chambery.cqc.core.text.SpreadsheetCsv;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /admin/members.csv?space=…}: a council's members for its moderators, as {@code ;}-separated
 * UTF-8 CSV with a BOM, written by {@link SpreadsheetCsv} (no name or e-mail ever runs as a formula).
 */
@WebServlet("/admin/members.csv")
public class MembersCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient MembershipAdministration administration;
    @Inject transient Assemblies assemblies;
    @Inject transient Meetings meetings;
    @Inject transient CurrentActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String space = request.getParameter("space");
        List<Membership> members;
        try {
            members = administration.membersOf(actor.inBackOffice(), space);
        } catch (UnknownAssemblyException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Map<Long, String> groups = meetings.workingGroupsOf(assemblies.bySlug(space).orElseThrow().id()).stream()
                .collect(Collectors.toMap(WorkingGroup::id, WorkingGroup::name));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"membres-" + space + ".csv\"");
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(response.getOutputStream(),
                "nom", "e-mail", "lien au quartier", "groupes de travail", "inscription", "confirmation")) {
            for (Membership m : members) {
                csv.row(m.name(), m.email(), m.lien() == LienAuQuartier.HABITANT ? "habitant·e" : "usager·ère",
                        m.workingGroupIds().stream().map(groups::get).sorted().collect(Collectors.joining(", ")),
                        m.signedUpAt().toString(), m.confirmedAt().map(Object::toString).orElse("en attente"));
            }
        }
    }
}
