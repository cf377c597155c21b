package fr.chambery.cqc.core.membership;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Data minimisation: every hour, sign-ups left unconfirmed past their link's 48 hours, and expired
 * links and ended member sessions, are deleted.
 */
@Singleton
public class ExpiredSignUps {

    private static final Logger LOG = Logger.getLogger(ExpiredSignUps.class.getName());

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purge() {
        Instant now = clock.instant();
        int tokens = em.createQuery("DELETE FROM MembershipToken t WHERE t.expiresAt < :now")
                .setParameter("now", now).executeUpdate();
        int sessions = em.createQuery("DELETE FROM MemberSession s WHERE s.expiresAt < :now")
                .setParameter("now", now).executeUpdate();
        int signUps = em.createQuery("DELETE FROM Membership m WHERE m.confirmedAt IS NULL AND m.signedUpAt < :limit "
                        + "AND NOT EXISTS (SELECT t FROM MembershipToken t WHERE t.membershipId = m.id)")
                .setParameter("limit", now.minus(MembershipToken.Purpose.CONFIRMATION.lifetime())).executeUpdate();
        if (tokens + signUps + sessions > 0) {
            LOG.info(() -> "Purged " + signUps + " unconfirmed sign-up(s), " + tokens + " expired link(s) and " + sessions + " ended member session(s)");
        }
    }
}
