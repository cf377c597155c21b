package fr.chambery.cqc.core.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The confirmed members of the councils, for the components where they act (the fabrique's subjects,
 * comments, supports): who she is in a council, and how public pages name her.
 */
@ApplicationScoped
public class Members {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    /** Her confirmed sign-up to the council; empty when pending, left, erased or never made. */
    public Optional<Membership> confirmed(String email, long spaceId) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM Membership m WHERE m.spaceId = :s AND m.email = :e AND m.confirmedAt IS NOT NULL", Membership.class)
                .setParameter("s", spaceId).setParameter("e", normalized(email)).getResultStream().findFirst();
    }

    /** Her confirmed sign-ups, oldest first. */
    public List<Membership> confirmed(String email) {
        if (email == null) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Membership m WHERE m.email = :e AND m.confirmedAt IS NOT NULL ORDER BY m.confirmedAt, m.id", Membership.class)
                .setParameter("e", normalized(email)).getResultList();
    }

    /** The councils where she is a confirmed member. */
    public Set<Long> confirmedCouncilIds(String email) {
        return confirmed(email).stream().map(Membership::spaceId).collect(Collectors.toUnmodifiableSet());
    }

    /** « Camille D. »: how public pages name her; never her surname, never her e-mail. */
    public static String publicLabel(Membership member) {
        return MemberLabel.of(member.name());
    }

    /**
     * A fresh gestion link for her (leave a council, get or erase her data), for the footer of an e-mail
     * sent to her: every e-mail to a member carries one. Stored in the caller's transaction.
     */
    public String gestionLink(String email, String baseUrl) {
        MembershipToken.Issued gestion = MembershipToken.issue(MembershipToken.Purpose.GESTION, null, email, java.time.Instant.now());
        em.persist(gestion.token());
        return baseUrl + "/membership/manage?token=" + gestion.secret();
    }

    /** The footer of every e-mail to a member, with her gestion link. */
    public static String mailFooter(String gestionUrl) {
        return MembershipMails.footer(gestionUrl);
    }

    static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
