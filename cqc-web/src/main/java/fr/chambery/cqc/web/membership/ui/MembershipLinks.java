package fr.chambery.cqc.web.membership.ui;

import fr.chambery.cqc.core.membership.InvalidSignUpException;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.membership.MembershipService;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The pages behind the e-mails' links, without an account: {@code /membership/confirm?token=…} (a button
 * confirms, so that a mail scanner following the link confirms nothing) and
 * {@code /membership/manage?token=…} (leave a council, download or erase one's data).
 */
@Named
@ViewScoped
public class MembershipLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject MembershipService service;

    private String token;
    private String confirmedCouncil;
    private boolean erased;
    private transient List<Membership> memberships;

    public void confirm() {
        try {
            confirmedCouncil = service.councilTitle(service.confirm(token));
        } catch (InvalidSignUpException e) {
            Messages.error(null, RefusalMessages.text(e));
        }
    }

    /** Reads the link's sign-ups before rendering, so that an invalid link is said at the top of the page. */
    public void load() {
        getMemberships();
    }

    public void leave(long membershipId) {
        try {
            service.leave(token, membershipId);
            memberships = null;
            Messages.info("membership.left");
        } catch (InvalidSignUpException e) {
            Messages.error(null, RefusalMessages.text(e));
        }
    }

    public void erase() {
        try {
            int count = service.erase(token);
            erased = true;
            memberships = List.of();
            Messages.info("membership.erased", count);
        } catch (InvalidSignUpException e) {
            Messages.error(null, RefusalMessages.text(e));
        }
    }

    /** The sign-ups of the link's e-mail; null when the link is not valid (the page then says why). */
    public List<Membership> getMemberships() {
        if (memberships == null && !erased) {
            try {
                memberships = service.gestion(token);
            } catch (InvalidSignUpException e) {
                Messages.error(null, RefusalMessages.text(e));
                memberships = null;
                erased = true;
            }
        }
        return memberships;
    }

    public String councilOf(Membership membership) {
        return service.councilTitle(membership);
    }

    public String getToken() { return token; }
    public void setToken(String v) { this.token = v; }
    public String getConfirmedCouncil() { return confirmedCouncil; }
}
