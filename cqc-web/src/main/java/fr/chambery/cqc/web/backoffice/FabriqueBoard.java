package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.fabrique.Commentaire;
import fr.chambery.cqc.core.fabrique.EtatSujet;
import fr.chambery.cqc.core.fabrique.FabriqueComponent;
import fr.chambery.cqc.core.fabrique.Moderation;
import fr.chambery.cqc.core.fabrique.SaisieRefusee;
import fr.chambery.cqc.core.fabrique.Signalement;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.Sujets;
import fr.chambery.cqc.core.refusal.DomainRefusal;
import fr.chambery.cqc.web.ui.Messages;
import fr.chambery.cqc.web.ui.RefusalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code admin/fabrique?space=…}: a council's debate for its moderators (post-moderation). The open
 * reports, each to hide (with a public reason) or dismiss; every subject, hidden ones included, to hide,
 * merge into another or set aside (non retenu). Each act names the version of the subject the page
 * showed, so a subject changed meanwhile is refused rather than overwritten.
 */
@Named
@ViewScoped
public class FabriqueBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Assemblies assemblies;
    @Inject Sujets sujets;
    @Inject Moderation moderation;
    @Inject AccessGuard access;
    @Inject ComponentBoardGuard guard;

    private String space;
    /** What each row's form says: the public reason of a hiding, the subject to merge into. */
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Long> targets = new HashMap<>();
    private transient Assembly found;
    private transient List<Sujet> subjects;
    private transient List<Signalement> reports;

    public void open() {
        found = guard.open(space, FabriqueComponent.KEY).orElse(null);
    }

    /** The moderators' address of a subject's file (served hidden or not), or null when it has none. */
    public String attachmentHref(Sujet subject) {
        return subject.attachment().map(file -> fr.chambery.cqc.web.fabrique.files.SubjectAttachmentFiles.href(subject.id(), file, true))
                .orElse(null);
    }

    /** The name of a subject's file, or null when it has none. */
    public String attachmentName(Sujet subject) {
        return subject.attachment().map(fr.chambery.cqc.core.fabrique.PieceJointe::fileName).orElse(null);
    }

    public String hideSubject(long id) {
        return act(() -> moderation.hideSubject(access.actor(), id, seenVersion(), reasons.get(id)), "admin.fabrique.hidden");
    }

    public String hideComment(long reportId, long commentId) {
        return act(() -> moderation.hideComment(access.actor(), commentId, reasons.get(reportId)), "admin.fabrique.hidden");
    }

    public String hideReported(long reportId, long subjectId) {
        return act(() -> moderation.hideSubject(access.actor(), subjectId, seenVersion(), reasons.get(reportId)), "admin.fabrique.hidden");
    }

    public String dismiss(long reportId) {
        return act(() -> moderation.dismiss(access.actor(), reportId), "admin.fabrique.dismissed");
    }

    public String merge(long id) {
        Long target = targets.get(id);
        if (target == null) {
            Messages.error(null, Messages.text("admin.fabrique.merge.choose"));
            return null;
        }
        return act(() -> moderation.merge(access.actor(), id, seenVersion(), target), "admin.fabrique.merged");
    }

    public String setAside(long id) {
        return act(() -> moderation.setAside(access.actor(), id, seenVersion()), "admin.fabrique.setAside");
    }

    private String act(Runnable deed, String done) {
        try {
            deed.run();
        } catch (SaisieRefusee refused) {
            Messages.error(null, Messages.text("form.invalid", Messages.text("admin.fabrique.reason"),
                    RefusalMessages.text(refused)));
            return null;
        } catch (DomainRefusal refusal) {
            Messages.error(null, RefusalMessages.text(refusal));
            return null;
        }
        Messages.info(done);
        Messages.keepForRedirect();
        return "/admin/fabrique?faces-redirect=true&space=" + space;
    }

    /** The version of the subject the row was rendered with. */
    private static long seenVersion() {
        try {
            return Long.parseLong(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Assembly getFound() {
        if (found == null && space != null) {
            found = assemblies.bySlug(space).orElse(null);
        }
        return found;
    }

    public List<Sujet> getSubjects() {
        if (subjects == null) {
            subjects = getFound() == null || !found.enables(FabriqueComponent.KEY) ? List.of() : moderation.subjectsOf(access.actor(), found);
        }
        return subjects;
    }

    public List<Signalement> getReports() {
        if (reports == null) {
            reports = getFound() == null || !found.enables(FabriqueComponent.KEY) ? List.of() : moderation.openReportsOf(access.actor(), found);
        }
        return reports;
    }

    public Sujet subjectOf(Signalement report) {
        Map<Long, Sujet> byId = getSubjects().stream().collect(Collectors.toMap(Sujet::id, Function.identity()));
        return byId.get(report.subjectId());
    }

    /** The comment reported, or null when the report is about the subject. */
    public Commentaire commentOf(Signalement report) {
        return report.commentId().flatMap(sujets::comment).orElse(null);
    }

    /** The subjects another may be merged into: open or retained, visible, not itself. */
    public List<Sujet> mergeTargets(Sujet sujet) {
        return getSubjects().stream().filter(s -> !s.id().equals(sujet.id()) && !s.isHidden()
                && (s.state() == EtatSujet.PROPOSE || s.state() == EtatSujet.RETENU)).toList();
    }

    public Map<Long, String> getReasons() { return reasons; }
    public Map<Long, Long> getTargets() { return targets; }
    public String getSpace() { return space; }
    public void setSpace(String v) { this.space = v; }
}
