package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.access.Permissions;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.membership.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A member's supports in a priorisation: at most the round's number, at most one per subject, on the open and
 * visible subjects of her council, withdrawable until the close.
 * <p>
 * The limit holds whatever the tabs or requests in flight: each support or withdrawal first locks the
 * member's sign-up row ({@code SELECT … FOR UPDATE}), so a member's requests run one after the other, each
 * counting what the previous ones stored; the unique constraint on (round, member, subject) backs the
 * « once per subject » rule.
 */
@ApplicationScoped
public class MemberSupports {

    @PersistenceContext(unitName = "cqc")
    EntityManager em;

    @Inject
    Priorisations priorisations;

    Clock clock = Clock.systemUTC();

    /** What a member sees of her supports in the round. */
    public record Ballot(int allowed, Set<Long> supported) {
        public int remaining() {
            return Math.max(0, allowed - supported.size());
        }
    }

    /** The member's supports in the round (none when she is not a confirmed member of its council). */
    public Ballot ballot(Actor actor, Priorisation round) {
        Set<Long> supported = member(actor, round.spaceId(), false)
                .map(m -> priorisations.supportedBy(round.id(), m.id())).orElse(Set.of());
        return new Ballot(round.supportsPerMember(), supported);
    }

    /**
     * Supports the subject.
     *
     * @throws PriorisationClosed  when the round is not open
     * @throws PriorisationRefusal past the limit, twice on a subject, on a subject hidden, no longer open or of another council
     */
    @Transactional
    public Ballot support(Actor actor, long priorisationId, long subjectId) {
        Priorisation round = openRound(actor, priorisationId);
        Membership member = member(actor, round.spaceId(), true).orElseThrow(() -> new PriorisationRefusal("refusal.priorisation.notMember"));
        Sujet subject = em.find(Sujet.class, subjectId);
        if (subject == null || subject.spaceId() != round.spaceId() || subject.isHidden() || !subject.state().isOpen()) {
            throw new PriorisationRefusal("refusal.priorisation.subjectNotOpen");
        }
        Set<Long> supported = priorisations.supportedBy(round.id(), member.id());
        if (supported.contains(subjectId)) {
            throw new PriorisationRefusal("refusal.priorisation.alreadySupported", subject.title());
        }
        if (supported.size() >= round.supportsPerMember()) {
            throw new PriorisationRefusal("refusal.priorisation.limit", round.supportsPerMember());
        }
        em.persist(new Soutien(round.id(), subjectId, member.id(), clock.instant()));
        em.flush();
        return new Ballot(round.supportsPerMember(), priorisations.supportedBy(round.id(), member.id()));
    }

    /** Withdraws her support of the subject, while the round is open (nothing happens if she did not support it). */
    @Transactional
    public Ballot withdraw(Actor actor, long priorisationId, long subjectId) {
        Priorisation round = openRound(actor, priorisationId);
        Membership member = member(actor, round.spaceId(), true).orElseThrow(() -> new PriorisationRefusal("refusal.priorisation.notMember"));
        em.createQuery("delete from Soutien s where s.priorisationId = :p and s.membershipId = :m and s.subjectId = :s")
                .setParameter("p", round.id()).setParameter("m", member.id()).setParameter("s", subjectId).executeUpdate();
        return new Ballot(round.supportsPerMember(), priorisations.supportedBy(round.id(), member.id()));
    }

    private Priorisation openRound(Actor actor, long priorisationId) {
        Priorisation round = em.find(Priorisation.class, priorisationId);
        if (round == null) {
            throw new PriorisationRefusal("refusal.priorisation.unknown");
        }
        Assembly space = em.find(Assembly.class, round.spaceId());
        Permissions.require(actor, FabriqueComponent.SUPPORT, space);
        Instant now = clock.instant();
        if (round.isClosed(now)) {
            throw PriorisationClosed.closed();
        }
        if (!round.isOpen(now)) {
            throw PriorisationClosed.notYetOpen();
        }
        return round;
    }

    /** Her confirmed sign-up to the council, locked for the rest of the transaction when asked. */
    private Optional<Membership> member(Actor actor, long spaceId, boolean lock) {
        if (actor.email().isEmpty() || !actor.isMemberOf(spaceId)) {
            return Optional.empty();
        }
        var query = em.createQuery("""
                        select m from Membership m where m.spaceId = :s and m.email = :e and m.confirmedAt is not null""", Membership.class)
                .setParameter("s", spaceId).setParameter("e", actor.email().get());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
