package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderators' acts on a council's debate (post-moderation): hide a subject or a comment with a public
 * reason, dismiss a report, merge a subject into another, set one aside (non retenu). Each checks
 * {@code FabriqueComponent.MODERATE} on the subject's council, runs in one transaction and is written to
 * the action log, the hidden text with it.
 */
@ApplicationScoped
public class Moderation {

    public static final int REASON_MAX = 500;

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Assemblies assemblies;

    @Inject
    Sujets sujets;

    @Inject
    ActionLog log;

    @Inject
    FabriqueEvents events;

    Clock clock = Clock.systemUTC();

    /** Hides a subject; the public sees its title no more, only the reason. Its open reports are closed; its author is told. */
    @Transactional
    public void hideSubject(Actor actor, long subjectId, long version, String reason) {
        Sujet sujet = moderated(actor, subjectId, version);
        String why = reason(reason);
        Map<String, Object> before = snapshot(sujet);
        sujet.hide(why, clock.instant());
        closeReports(sujet.id(), null, Signalement.Issue.HIDDEN);
        log.record(LogEntry.by(actor).did(Verb.HIDE).on(FabriqueLog.SUBJECT, sujet.id(), sujet.title())
                .from(before).to(snapshot(sujet)));
        events.hidden(sujet);
    }

    /** Hides a comment; the page shows the reason in its place. Its open reports are closed. */
    @Transactional
    public void hideComment(Actor actor, long commentId, String reason) {
        Commentaire commentaire = sujets.comment(commentId).orElseThrow(() -> FabriqueRefusal.unknownComment(commentId));
        Sujet sujet = moderated(actor, commentaire.subjectId(), null);
        String why = reason(reason);
        commentaire.hide(why, clock.instant());
        closeReports(sujet.id(), commentaire.id(), Signalement.Issue.HIDDEN);
        log.record(LogEntry.by(actor).did(Verb.HIDE).on(FabriqueLog.COMMENT, commentaire.id(), sujet.title())
                .from(Map.of("body", commentaire.body(), "author", commentaire.authorLabel().orElse("")))
                .to(Map.of("hiddenReason", why)));
    }

    /** Closes a report without hiding anything. */
    @Transactional
    public void dismiss(Actor actor, long reportId) {
        Signalement signalement = sujets.report(reportId).filter(Signalement::isOpen)
                .orElseThrow(() -> FabriqueRefusal.unknownReport(reportId));
        Sujet sujet = moderated(actor, signalement.subjectId(), null);
        signalement.close(Signalement.Issue.DISMISSED, clock.instant());
        log.record(LogEntry.by(actor).did(Verb.DISMISS).on(FabriqueLog.REPORT, signalement.id(), sujet.title())
                .to(Map.of("reason", signalement.reason(), "comment", signalement.commentId().map(String::valueOf).orElse(""))));
    }

    /** Merges a proposed subject into another of the same council; its page then points to the other. */
    @Transactional
    public void merge(Actor actor, long subjectId, long version, long targetId) {
        Sujet sujet = moderated(actor, subjectId, version);
        Sujet target = sujets.byId(targetId).orElseThrow(() -> FabriqueRefusal.unknownSubject(targetId));
        Map<String, Object> before = snapshot(sujet);
        sujet.mergeInto(target);
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.MERGE).on(FabriqueLog.SUBJECT, sujet.id(), sujet.title())
                .from(before).to(snapshot(sujet)));
        events.stateChanged(sujet, EtatSujet.PROPOSE);
    }

    /** Sets a proposed subject aside: non retenu. */
    @Transactional
    public void setAside(Actor actor, long subjectId, long version) {
        Sujet sujet = moderated(actor, subjectId, version);
        Map<String, Object> before = snapshot(sujet);
        sujet.setAside();
        em.flush();
        log.record(LogEntry.by(actor).did(Verb.SET_ASIDE).on(FabriqueLog.SUBJECT, sujet.id(), sujet.title())
                .from(before).to(snapshot(sujet)));
        events.stateChanged(sujet, EtatSujet.PROPOSE);
    }

    /** Every subject of the council, hidden ones included, for its moderators. */
    public List<Sujet> subjectsOf(Actor actor, Assembly space) {
        Permissions.require(actor, FabriqueComponent.MODERATE, space);
        return sujets.allOf(space.id());
    }

    /**
     * The file joined to a subject, hidden or not, for the moderators of its council (a hidden subject's file is
     * gone for the public, not for them); empty when the subject is unknown or has none.
     */
    public java.util.Optional<PieceJointe> attachmentOf(Actor actor, long subjectId) {
        return sujets.byId(subjectId).flatMap(sujet -> {
            FabriqueSpaces.moderated(em, actor, sujet.spaceId());
            return sujet.attachment();
        });
    }

    /** The council's open reports, oldest first, for its moderators. */
    public List<Signalement> openReportsOf(Actor actor, Assembly space) {
        Permissions.require(actor, FabriqueComponent.MODERATE, space);
        return sujets.openReportsOf(space.id());
    }

    /** The subject, once the actor is known to moderate its council and the version is the one she saw. */
    private Sujet moderated(Actor actor, long subjectId, Long version) {
        Sujet sujet = sujets.byId(subjectId).orElseThrow(() -> FabriqueRefusal.unknownSubject(subjectId));
        Permissions.require(actor, FabriqueComponent.MODERATE, assemblies.byId(sujet.spaceId()).orElseThrow());
        if (version != null && sujet.version() != version) {
            throw FabriqueRefusal.concurrent(sujet.title());
        }
        return sujet;
    }

    private void closeReports(long subjectId, Long commentId, Signalement.Issue issue) {
        sujets.openReportsOn(subjectId, commentId).forEach(r -> r.close(issue, clock.instant()));
    }

    private static String reason(String typed) {
        String why = TexteSimple.line(typed);
        Debat.checkLength("reason", why, REASON_MAX, "refusal.fabrique.field.hideReason.missing");
        return why;
    }

    private static Map<String, Object> snapshot(Sujet s) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", s.title());
        snapshot.put("description", s.description());
        snapshot.put("theme", s.theme().name());
        snapshot.put("state", s.state().name());
        s.mergedIntoId().ifPresent(id -> snapshot.put("mergedInto", id));
        s.hiddenReason().ifPresent(r -> snapshot.put("hiddenReason", r));
        return snapshot;
    }
}
