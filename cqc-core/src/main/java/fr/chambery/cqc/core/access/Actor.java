package fr.chambery.cqc.core.access;

import fr.chambery.cqc.core.account.Account;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks: an anonymous visitor, a signed-in staff account with its role and, for a moderator, the spaces
 * assigned (none: every space), or a member of councils signed in by an e-mail link ({@link Role#CITOYEN}),
 * with the councils where her sign-up is confirmed.
 */
public record Actor(Optional<String> email, Optional<Role> role, Set<Long> moderatedSpaceIds, Set<Long> memberOfSpaceIds) {

    public static final Actor ANONYMOUS = new Actor(Optional.empty(), Optional.empty(), Set.of(), Set.of());

    /** The application itself (demo content, start-up tasks): an administrator named « système ». */
    public static final Actor SYSTEM = new Actor(Optional.of("système"), Optional.of(Role.ADMINISTRATEUR), Set.of(), Set.of());

    public Actor {
        moderatedSpaceIds = Set.copyOf(moderatedSpaceIds);
        memberOfSpaceIds = Set.copyOf(memberOfSpaceIds);
    }

    /** A staff account (it is a member of no council through its account). */
    public Actor(Optional<String> email, Optional<Role> role, Set<Long> moderatedSpaceIds) {
        this(email, role, moderatedSpaceIds, Set.of());
    }

    /** A person signed in by an e-mail link, confirmed member of the councils given (possibly none). */
    public static Actor member(String email, Set<Long> confirmedCouncilIds) {
        return new Actor(Optional.of(email), Optional.of(Role.CITOYEN), Set.of(), confirmedCouncilIds);
    }

    /** Whether this person is a confirmed member of the council. */
    public boolean isMemberOf(long spaceId) {
        return memberOfSpaceIds.contains(spaceId);
    }

    public boolean is(Role expected) {
        return role.filter(expected::equals).isPresent();
    }

    /** How the action log names the actor. */
    public String name() {
        return email.orElse("anonyme");
    }
}
