package fr.chambery.cqc.core.fabrique;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Tells the rest of the application what happened in the debate, in the transaction of the act, for the
 * authors' e-mails ({@link AuthorNotices}): a comment published by someone else than the subject's author
 * ({@link CommentairePublie}), a subject's state changed ({@link EtatSujetChange}), a subject hidden by the
 * moderators ({@link SujetMasque}), a new file kept for a proposal ({@link PieceJointeGardee}). The one place the
 * debate's events are fired from.
 */
@ApplicationScoped
public class FabriqueEvents {

    @Inject
    Event<CommentairePublie> comments;

    @Inject
    Event<EtatSujetChange> states;

    @Inject
    Event<SujetMasque> hidden;

    @Inject
    Event<PieceJointeGardee> attachments;

    void commentPublished(Sujet sujet, Commentaire commentaire) {
        if (commentaire.authorMembershipId().isPresent() && commentaire.authorMembershipId().equals(sujet.authorMembershipId())) {
            return;
        }
        comments.fire(new CommentairePublie(sujet.id(), commentaire.id()));
    }

    void stateChanged(Sujet sujet, EtatSujet before) {
        if (sujet.state() != before) {
            states.fire(new EtatSujetChange(sujet.id(), before, sujet.state()));
        }
    }

    void hidden(Sujet sujet) {
        hidden.fire(new SujetMasque(sujet.id(), sujet.hiddenReason().orElse("")));
    }

    void attachmentKept(PieceJointe pieceJointe) {
        attachments.fire(new PieceJointeGardee(pieceJointe.hash()));
    }
}
