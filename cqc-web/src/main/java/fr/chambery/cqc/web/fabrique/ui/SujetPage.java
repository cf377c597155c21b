package fr.chambery.cqc.web.fabrique.ui;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.ContributionThrottle;
import fr.chambery.cqc.core.fabrique.ContributionThrottled;
import fr.chambery.cqc.core.fabrique.Debat;
import fr.chambery.cqc.core.document.Sizes;
import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.PieceJointe;
import fr.chambery.cqc.core.fabrique.SaisieRefusee;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.SujetCatalog;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.web.assembly.ui.AssemblyPage;
import fr.chambery.cqc.web.ui.ErrorResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /assemblies/{slug}/fabrique/sujets/{id}}: one subject and its debate. The forms (comment, reply,
 * report, withdraw) are rendered only for those the core lets act; a hidden subject shows only the
 * moderators' reason, a merged one points to the subject it joined. A refused form's problem is said next
 * to its field, also in the reply and report forms of each comment. Comments and replies are throttled
 * per member ({@link ContributionThrottle}): beyond, 429 and the reason at the top of the page.
 */
@Named
@RequestScoped
public class SujetPage {

    @Inject
    AssemblyPage assemblyPage;

    @Inject
    FabriquePage router;

    @Inject
    SujetCatalog catalog;

    @Inject
    Debat debat;

    @Inject
    FabriqueVisitor visitor;

    @Inject
    ContributionThrottle throttle;

    private Map<Long, Assembly> scope;
    private Sujet sujet;
    private List<SujetCatalog.Fil> debate;
    private String comment;
    private String reply;
    private String reason;

    /** Before rendering: a subject that is not of this space (or its councils) is a 404. */
    public void check() {
        sujet = router.getItemId().flatMap(id -> catalog.in(scope().keySet(), id)).orElse(null);
        if (sujet == null) {
            ErrorResponses.send(404);
            return;
        }
        visitor.refuseForged("comment", isCanComment(), "comment");
        visitor.refuseForged("reply", isCanComment(), "comment");
        visitor.refuseForged("report", isCanReport(), "report");
        visitor.refuseForged("report-comment", isCanReport(), "report");
        visitor.refuseForged("withdraw", isCanWithdraw(), "propose");
    }

    public Sujet getSujet() {
        if (sujet == null) {
            check();
        }
        return sujet;
    }

    public Assembly getSpace() {
        return assemblyPage.getSpace();
    }

    public List<SujetCatalog.Fil> getDebate() {
        if (debate == null) {
            debate = getSujet().isHidden() ? List.of() : catalog.debate(sujet.id());
        }
        return debate;
    }

    public long getCommentCount() {
        return getDebate().stream().mapToLong(f -> 1 + f.replies().size()).sum();
    }

    /** The file joined to the subject, or null. */
    public PieceJointe getAttachment() {
        return getSujet().attachment().orElse(null);
    }

    /** Its address under the application's root: {@code fabrique/pieces-jointes/{id}/{name}}, the name encoded. */
    public String getAttachmentHref() {
        return getAttachment() == null ? null : fr.chambery.cqc.web.fabrique.files.SubjectAttachmentFiles.href(sujet.id(), getAttachment(), false);
    }

    /** « PNG, 12 ko ». */
    public String getAttachmentFacts() {
        return getAttachment() == null ? null : getAttachment().format().label() + ", " + Sizes.french(getAttachment().size());
    }

    /** The subject it was merged into, for the link. */
    public Sujet getMergedInto() {
        return getSujet().mergedIntoId().flatMap(catalog::byId).filter(s -> !s.isHidden()).orElse(null);
    }

    public boolean isDebateOpen() {
        return !getSujet().isHidden() && getSujet().state() != EtatSujet.RETIRE && getSujet().state() != EtatSujet.FUSIONNE;
    }

    public boolean isCanComment() {
        return isDebateOpen() && visitor.canComment(spaceOfSubject());
    }

    public boolean isCanReport() {
        return !getSujet().isHidden() && visitor.canReport(spaceOfSubject());
    }

    public boolean isCanWithdraw() {
        return getSujet().state().isOpen() && !sujet.isHidden()
                && visitor.membershipIn(spaceOfSubject()).map(m -> sujet.authorMembershipId().map(m.id()::equals).orElse(false)).orElse(false);
    }

    public void comment() {
        publish(() -> debat.comment(visitor.actor(), getSujet().id(), null, comment), "comment-text", "fabrique.comment.text");
    }

    public void reply(long parentId) {
        publish(() -> debat.comment(visitor.actor(), getSujet().id(), parentId, reply), submitted("reply-text"), "fabrique.reply.text");
    }

    public void reportSubject() {
        act(() -> debat.report(visitor.actor(), getSujet().id(), null, reason), "report-reason", "fabrique.report.reason");
    }

    public void reportComment(long commentId) {
        act(() -> debat.report(visitor.actor(), getSujet().id(), commentId, reason), submitted("comment-reason"), "fabrique.report.reason");
    }

    public void withdraw() {
        String seen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version");
        long version;
        try {
            version = Long.parseLong(seen);
        } catch (NumberFormatException e) {
            version = -1;
        }
        long stated = version;
        act(() -> debat.withdraw(visitor.actor(), getSujet().id(), stated), null, null);
    }

    /** A comment or a reply, within the member's allowance of the minute (counted once published). */
    private void publish(Runnable deed, String input, String label) {
        Optional<Membership> member = visitor.membershipIn(spaceOfSubject());
        act(() -> {
            member.ifPresent(m -> throttle.admitComment(m.id()));
            deed.run();
            member.ifPresent(m -> throttle.commented(m.id()));
        }, input, label);
    }

    /**
     * The client id of a field of a comment's form, as the postback sent it: each comment has its own
     * reply and report forms (inside the page's lists), and only the one submitted is in the request.
     */
    private static String submitted(String field) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().keySet().stream()
                .filter(name -> name.equals(field) || name.endsWith(":" + field)).findFirst().orElse(null);
    }

    /**
     * Runs the act, then shows the page afresh (GET); a refusal of what was typed is said next to the field
     * {@code input} (its client id), named by its label ({@code label}, a bundle key); the others at the top.
     */
    private void act(Runnable deed, String input, String label) {
        try {
            deed.run();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/assemblies/" + getSpace().slug() + "/fabrique/sujets/" + sujet.id());
        } catch (SaisieRefusee refused) {
            String field = refused.problems().getFirst().field();
            FabriqueTexts.show(refused, input == null ? Map.of() : Map.of(field, new String[] {input, label}));
        } catch (ContributionThrottled throttled) {
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse()).setStatus(429);
            FabriqueTexts.show(throttled);
        } catch (DomainRefusal refusal) {
            FabriqueTexts.show(refusal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Assembly spaceOfSubject() {
        return scope().get(getSujet().spaceId());
    }

    private Map<Long, Assembly> scope() {
        if (scope == null) {
            scope = catalog.scopeOf(assemblyPage.getSpace());
        }
        return scope;
    }

    public String getComment() { return comment; }
    public void setComment(String v) { this.comment = v; }
    public String getReply() { return reply; }
    public void setReply(String v) { this.reply = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}
