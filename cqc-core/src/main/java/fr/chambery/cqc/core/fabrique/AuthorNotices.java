package fr.chambery.cqc.core.fabrique;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Tells a subject's author what happens to it: a change of state, or its hiding by the moderators (with
 * their public reason), by e-mail at once, once the change is committed; comments queued, in the commenter's transaction, for her daily digest ({@link DailyDigest}).
 */
@ApplicationScoped
public class AuthorNotices {

    private static final Logger LOG = Logger.getLogger(AuthorNotices.class.getName());

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    AuthorMails mails;

    Clock clock = Clock.systemUTC();

    /** Queues the comment for the digest (once, whatever the number of events for it). */
    void queue(@Observes CommentairePublie published) {
        boolean queued = !em.createQuery("SELECT n FROM CommentNotice n WHERE n.commentId = :c", CommentNotice.class)
                .setParameter("c", published.commentId()).setMaxResults(1).getResultList().isEmpty();
        if (!queued) {
            em.persist(new CommentNotice(published.subjectId(), published.commentId(), clock.instant()));
        }
    }

    /** Mails the author once the change is committed; a mail that cannot go is logged, the change stays. */
    void stateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EtatSujetChange change) {
        if (change.from() == change.to()) {
            return;
        }
        try {
            mails.stateChanged(change.subjectId(), change.to());
        } catch (RuntimeException e) {
            LOG.warning(() -> "The author of subject " + change.subjectId() + " could not be told of its new state: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Mails the author that her subject is hidden, with the moderators' public reason, once committed. */
    void hidden(@Observes(during = TransactionPhase.AFTER_SUCCESS) SujetMasque hidden) {
        try {
            mails.hidden(hidden.subjectId(), hidden.reason());
        } catch (RuntimeException e) {
            LOG.warning(() -> "The author of subject " + hidden.subjectId() + " could not be told it is hidden: "
                    + e.getClass().getSimpleName());
        }
    }
}
