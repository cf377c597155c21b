package fr.chambery.cqc.core.fabrique;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every day at 18:00, Paris time, each author with new comments on her subjects gets one digest
 * ({@link AuthorMails#digest}); each in its own transaction, so that one failing mail stops no other. Run
 * on several instances at once, the database still lets each author have one digest a day.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    AuthorMails mails;

    @Schedule(hour = "18", minute = "0", timezone = "Europe/Paris", persistent = false)
    public void everyEvening() {
        sendFor(LocalDate.now(PARIS));
    }

    /** Sends the day's digests; returns how many went. */
    public int sendFor(LocalDate day) {
        mails.dropUnsigned();
        int sent = 0;
        for (Long author : mails.authorsWaiting()) {
            try {
                if (mails.digest(author, day)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A daily digest could not be sent: " + e.getClass().getSimpleName());
            }
        }
        int count = sent;
        if (count > 0) {
            LOG.info(() -> "Sent " + count + " daily digest(s) of comments");
        }
        return sent;
    }
}
