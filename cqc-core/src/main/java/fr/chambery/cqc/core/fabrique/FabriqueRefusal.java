package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.refusal.DomainRefusal;

/** What the fabrique refuses, told by a message key ({@code refusal.fabrique.*}) that the web layer words. */
public class FabriqueRefusal extends DomainRefusal {

    FabriqueRefusal(String key, Object... arguments) {
        super(key, arguments);
    }

    /** The subject is no longer proposé: retenu, non retenu, fusionné or retiré. */
    static FabriqueRefusal closed(EtatSujet state) {
        return new FabriqueRefusal("refusal.fabrique.closed." + state.name());
    }

    static FabriqueRefusal unknownSubject(long id) {
        return new FabriqueRefusal("refusal.fabrique.subject.unknown", String.valueOf(id));
    }

    static FabriqueRefusal unknownComment(long id) {
        return new FabriqueRefusal("refusal.fabrique.comment.unknown", String.valueOf(id));
    }

    static FabriqueRefusal unknownReport(long id) {
        return new FabriqueRefusal("refusal.fabrique.report.unknown", String.valueOf(id));
    }

    /** A subject is merged only into another open, visible subject of the same council. */
    static FabriqueRefusal mergeTarget(String target) {
        return new FabriqueRefusal("refusal.fabrique.merge.target", target);
    }

    static FabriqueRefusal alreadyHidden() {
        return new FabriqueRefusal("refusal.fabrique.hidden.already");
    }

    /** Hidden, withdrawn or merged: no more comments. */
    static FabriqueRefusal debateClosed() {
        return new FabriqueRefusal("refusal.fabrique.debate.closed");
    }

    /** Replies are one level deep: a reply answers a comment, never another reply. */
    static FabriqueRefusal replyDepth() {
        return new FabriqueRefusal("refusal.fabrique.reply.depth");
    }

    /** The same person has already reported this item, and the moderators have not decided yet. */
    static FabriqueRefusal alreadyReported() {
        return new FabriqueRefusal("refusal.fabrique.report.duplicate");
    }

    /** Someone else changed the subject since the page showed it. */
    static FabriqueRefusal concurrent(String title) {
        return new FabriqueRefusal("refusal.fabrique.concurrent", title);
    }

    /** Only its author withdraws a subject. */
    static FabriqueRefusal notAuthor() {
        return new FabriqueRefusal("refusal.fabrique.author.only");
    }
}
