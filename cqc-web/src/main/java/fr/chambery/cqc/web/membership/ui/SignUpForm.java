package fr.chambery.cqc.web.membership.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.mail.MailNotSentException;
import fr.chambery.cqc.core.meeting.Meetings;
import fr.chambery.cqc.core.meeting.WorkingGroup;
import fr.chambery.cqc.core.membership.InvalidSignUpException;
import fr.chambery.cqc.core.membership.LienAuQuartier;
import fr.chambery.cqc.core.membership.MembershipService;
import fr.chambery.cqc.core.membership.SignUp;
import fr.chambery.cqc.core.refusal.Refusal;
import fr.chambery.cqc.core.membership.SignUpThrottle;
import fr.chambery.cqc.web.security.ClientAddress;
import fr.chambery.cqc.web.ui.ErrorResponses;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import fr.chambery.cqc.web.ui.SiteAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /membership/sign-up?council=…}: « Je m'inscris à mon conseil de quartier citoyen ». A council
 * that does not exist or takes no sign-ups is a 404; every problem of the form is said next to its field.
 */
@Named
@ViewScoped
public class SignUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject MembershipService service;
    @Inject Meetings meetings;
    @Inject SignUpThrottle throttle;
    @Inject ClientAddress addresses;
    @Inject SiteAddress site;

    private String council;
    private String name;
    private String email;
    private LocalDate birthDate;
    private String lien;
    /** Converted by Faces from the working groups' ids (the select items' type). */
    private List<Long> workingGroups = new ArrayList<>();
    private boolean consent;
    private boolean sent;
    private transient Assembly found;

    public void open() {
        if (getFound() == null) {
            ErrorResponses.send(404);
        }
    }

    public void submit() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!throttle.allows(addresses.of(request))) {
            Messages.error(null, Messages.text("membership.throttled"));
            return;
        }
        try {
            service.signUp(new SignUp(council, name, email, birthDate, lien == null || lien.isBlank() ? null : LienAuQuartier.valueOf(lien),
                    List.copyOf(workingGroups), consent), site.base());
            throttle.sent(addresses.of(request));
            sent = true;
        } catch (InvalidSignUpException e) {
            for (Map.Entry<String, Refusal> problem : e.problems().entrySet()) {
                String field = problem.getKey();
                boolean global = field.isEmpty() || field.equals("council") || field.equals("workingGroups");
                String text = RefusalMessages.text(problem.getValue());
                Messages.error(global ? null : field, global ? text : fieldError(field, text));
            }
        } catch (MailNotSentException e) {
            Messages.error(null, RefusalMessages.text(e));
        } catch (IllegalArgumentException e) {
            Messages.error(null, Messages.text("membership.invalid"));
        }
    }

    /** A field's error names the field (RGAA 11.10): « Nom ou prénom : Indiquez votre nom ou votre prénom. » */
    public String fieldError(String field, String text) {
        return Messages.text("form.invalid", Messages.text("membership." + field), text);
    }

    public Assembly getFound() {
        if (found == null) {
            found = service.council(council).orElse(null);
        }
        return found;
    }

    public List<WorkingGroup> getGroups() {
        return getFound() == null ? List.of() : meetings.workingGroupsOf(found.id());
    }

    public long getCount() {
        return getFound() == null ? 0 : service.memberCount(found);
    }

    public String getCouncil() { return council; }
    public void setCouncil(String v) { this.council = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { this.birthDate = v; }
    public String getLien() { return lien; }
    public void setLien(String v) { this.lien = v; }
    public List<Long> getWorkingGroups() { return workingGroups; }
    public void setWorkingGroups(List<Long> v) { this.workingGroups = v; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean v) { this.consent = v; }
    public boolean isSent() { return sent; }
}
