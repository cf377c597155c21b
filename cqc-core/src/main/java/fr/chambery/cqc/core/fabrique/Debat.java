package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.AccessDeniedException;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.UnknownAssemblyException;
import fr.chambery.cqc.core.membership.Membership;
import fr.chambery.cqc.core.membership.Members;
import fr.chambery.cqc.core.space.ComponentAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.chambery.cqc.core.document.DocumentRefusedException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What members do in the fabrique: propose a subject (published at once), withdraw their own, comment
 * and reply (one level); and what anyone signed in does: report a subject or a comment. Each act checks
 * {@code Permissions} with the component's action, runs in one transaction and stores nothing when refused.
 */
@ApplicationScoped
public class Debat {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Assemblies assemblies;

    @Inject
    Members members;

    @Inject
    Sujets sujets;

    @Inject
    FabriqueEvents events;

    @Inject
    PiecesJointes attachments;

    Clock clock = Clock.systemUTC();

    /**
     * Publishes the subject of a confirmed member of the council, signed « Prénom I. ».
     *
     * @throws SaisieRefusee with every problem of the form
     * @throws AccessDeniedException when the actor is not a confirmed member of that council
     */
    @Transactional
    public Sujet propose(Actor actor, String spaceSlug, Proposition proposition) {
        return propose(actor, spaceSlug, proposition, null);
    }

    /**
     * Publishes the subject with the file she joined ({@code envoi}, or null for none), checked as the documents'
     * uploads are. A refused file is a problem of the form's {@code attachment} field, said with the others;
     * then neither the subject nor the file is kept.
     *
     * @throws SaisieRefusee with every problem of the form, the file's included
     * @throws AccessDeniedException when the actor is not a confirmed member of that council
     */
    @Transactional
    public Sujet propose(Actor actor, String spaceSlug, Proposition proposition, PieceJointe.Envoi envoi) {
        Assembly space = assemblies.bySlug(spaceSlug).orElseThrow(() -> new UnknownAssemblyException(spaceSlug));
        Membership author = member(actor, FabriqueComponent.PROPOSE, space);
        List<Probleme> problems = new ArrayList<>(proposition.check());
        PiecesJointes.Recue recue = null;
        if (envoi != null) {
            try {
                recue = attachments.receive(envoi);
            } catch (DocumentRefusedException refused) {
                problems.add(new Probleme("attachment", refused.key(), refused.arguments()));
            }
        }
        if (!problems.isEmpty()) {
            if (recue != null) {
                attachments.discard(recue);
            }
            throw new SaisieRefusee(problems);
        }
        Sujet sujet = new Sujet(space.id(), proposition.cleanTitle(), proposition.cleanDescription(), proposition.cleanTheme(),
                proposition.cleanPlace(), author.id(), Members.publicLabel(author), clock.instant());
        if (recue == null) {
            em.persist(sujet);
            em.flush();
            return sujet;
        }
        sujet.attach(recue.pieceJointe());
        boolean fresh = attachments.keep(recue);
        try {
            em.persist(sujet);
            em.flush();
        } catch (RuntimeException e) {
            if (fresh) {
                attachments.forget(recue.pieceJointe().hash());
            }
            throw e;
        }
        if (fresh) {
            events.attachmentKept(recue.pieceJointe());
        }
        return sujet;
    }

    /** Its author withdraws her subject while it is still proposé; it stays visible as retiré. */
    @Transactional
    public void withdraw(Actor actor, long subjectId, long version) {
        Sujet sujet = sujets.byId(subjectId).orElseThrow(() -> FabriqueRefusal.unknownSubject(subjectId));
        Assembly space = assemblies.byId(sujet.spaceId()).orElseThrow();
        Membership author = member(actor, FabriqueComponent.PROPOSE, space);
        if (!sujet.authorMembershipId().map(author.id()::equals).orElse(false)) {
            throw FabriqueRefusal.notAuthor();
        }
        if (sujet.version() != version) {
            throw FabriqueRefusal.concurrent(sujet.title());
        }
        EtatSujet before = sujet.state();
        sujet.withdraw();
        em.flush();
        events.stateChanged(sujet, before);
    }

    /**
     * A member's comment on a visible subject still open to debate, or her reply to one of its comments.
     *
     * @param parentId the comment answered, or null
     */
    @Transactional
    public Commentaire comment(Actor actor, long subjectId, Long parentId, String text) {
        Sujet sujet = sujets.visible(subjectId).orElseThrow(() -> FabriqueRefusal.unknownSubject(subjectId));
        Assembly space = assemblies.byId(sujet.spaceId()).orElseThrow();
        Membership author = member(actor, FabriqueComponent.COMMENT, space);
        if (sujet.state() == EtatSujet.RETIRE || sujet.state() == EtatSujet.FUSIONNE) {
            throw FabriqueRefusal.debateClosed();
        }
        if (parentId != null) {
            Commentaire parent = sujets.comment(parentId).filter(c -> c.subjectId() == subjectId)
                    .orElseThrow(() -> FabriqueRefusal.unknownComment(parentId));
            if (parent.isReply()) {
                throw FabriqueRefusal.replyDepth();
            }
        }
        String body = TexteSimple.of(text);
        checkLength("body", body, Commentaire.BODY_MAX, "refusal.fabrique.field.comment.missing");
        Commentaire commentaire = new Commentaire(subjectId, parentId, body, author.id(), Members.publicLabel(author), clock.instant());
        em.persist(commentaire);
        em.flush();
        events.commentPublished(sujet, commentaire);
        return commentaire;
    }

    /**
     * Reports a visible subject ({@code commentId} null) or one of its visible comments to the moderators,
     * with a reason; one open report per person and item.
     */
    @Transactional
    public Signalement report(Actor actor, long subjectId, Long commentId, String reason) {
        Sujet sujet = sujets.visible(subjectId).orElseThrow(() -> FabriqueRefusal.unknownSubject(subjectId));
        Assembly space = assemblies.byId(sujet.spaceId()).orElseThrow();
        Permissions.require(actor, FabriqueComponent.REPORT, space);
        if (commentId != null) {
            sujets.comment(commentId).filter(c -> c.subjectId() == subjectId && !c.isHidden())
                    .orElseThrow(() -> FabriqueRefusal.unknownComment(commentId));
        }
        String why = TexteSimple.of(reason);
        checkLength("reason", why, Signalement.REASON_MAX, "refusal.fabrique.field.reason.missing");
        String reporter = actor.email().orElseThrow();
        if (sujets.hasOpenReport(reporter, subjectId, commentId)) {
            throw FabriqueRefusal.alreadyReported();
        }
        Signalement signalement = new Signalement(subjectId, commentId, reporter, why, clock.instant());
        em.persist(signalement);
        return signalement;
    }

    /** The actor's confirmed sign-up to the council, when the component's action is hers there. */
    private Membership member(Actor actor, ComponentAction action, Assembly space) {
        Permissions.require(actor, action, space);
        return members.confirmed(actor.email().orElseThrow(), space.id())
                .orElseThrow(() -> new AccessDeniedException(actor, action.toString()));
    }

    static void checkLength(String field, String text, int max, String missingKey) {
        if (text.isEmpty()) {
            throw new SaisieRefusee(List.of(Probleme.of(field, missingKey)));
        }
        if (text.length() > max) {
            throw new SaisieRefusee(List.of(Probleme.of(field, "refusal.fabrique.field.tooLong", max, text.length())));
        }
    }
}
