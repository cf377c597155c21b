package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.mail.MailNotSentException;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.core.membership.InvalidSignUpException;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.membership.MembershipAdministration;
import fr.chambery.cqc.core.membership.MembershipComponent;
import fr.chambery.cqc.core.refusal.Refusal;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import fr.chambery.cqc.web.ui.SiteAddress;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A council's members in the back office: who signed up (pending ones marked), their working groups,
 * the CSV export, and an e-mail to every confirmed member.
 */
@Named
@ViewScoped
public class MembersBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Assemblies assemblies;
    @Inject Meetings meetings;
    @Inject MembershipAdministration administration;
    @Inject AccessGuard access;
    @Inject ComponentBoardGuard guard;
    @Inject SiteAddress site;

    private String space;
    private String subject;
    private String message;
    private transient Assembly found;
    private transient List<Membership> members;
    private transient Map<Long, String> groupNames;

    public void open() {
        found = guard.open(space, MembershipComponent.KEY).orElse(null);
    }

    public void write() {
        try {
            int count = administration.write(access.actor(), space, subject, message, site.base());
            Messages.info("admin.members.sent", count);
            subject = null;
            message = null;
        } catch (InvalidSignUpException | MailNotSentException e) {
            Messages.error(null, RefusalMessages.text((Refusal) e));
        }
    }

    public Assembly getFound() {
        if (found == null && space != null) {
            found = assemblies.bySlug(space).orElse(null);
        }
        return found;
    }

    public List<Membership> getMembers() {
        if (members == null) {
            members = getFound() == null ? List.of() : administration.membersOf(access.actor(), space);
        }
        return members;
    }

    public long getConfirmedCount() {
        return getMembers().stream().filter(Membership::isConfirmed).count();
    }

    /** The names of a member's working groups, comma-separated. */
    public String groupsOf(Membership member) {
        if (groupNames == null) {
            groupNames = meetings.workingGroupsOf(found.id()).stream().collect(Collectors.toMap(WorkingGroup::id, WorkingGroup::name));
        }
        return member.workingGroupIds().stream().map(groupNames::get).sorted().collect(Collectors.joining(", "));
    }

    public String getSpace() { return space; }
    public void setSpace(String v) { this.space = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { this.subject = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { this.message = v; }
}
