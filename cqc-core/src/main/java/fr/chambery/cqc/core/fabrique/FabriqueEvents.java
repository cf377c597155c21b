package fr.chambery.cqc.core.fabrique;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tells the rest of the application what happened in the debate (a comment published, a subject's state
 * changed), for the authors' e-mails: the one place the fabrique's events are fired from.
 */
@ApplicationScoped
public class FabriqueEvents {

    void commentPublished(Sujet sujet, Commentaire commentaire) {
        // fired once the members' notifications exist (CommentairePublie)
    }

    void stateChanged(Sujet sujet, EtatSujet before) {
        // fired once the members' notifications exist (EtatSujetChange)
    }
}
