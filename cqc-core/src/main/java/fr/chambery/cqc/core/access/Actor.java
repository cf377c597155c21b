package fr.chambery.cqc.core.access;

import fr.chambery.cqc.core.account.Account;
import fr.chambery.cqc.core.account.Role;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks: an anonymous visitor or a signed-in account, with its role and, for a moderator, the spaces
 * assigned (none: every space).
 */
public record Actor(Optional<String> email, Optional<Role> role, Set<Long> moderatedSpaceIds) {

    public static final Actor ANONYMOUS = new Actor(Optional.empty(), Optional.empty(), Set.of());

    /** The application itself (demo content, start-up tasks): an administrator named « système ». */
    public static final Actor SYSTEM = new Actor(Optional.of("système"), Optional.of(Role.ADMINISTRATEUR), Set.of());

    public static Actor of(Account account) {
        return new Actor(Optional.of(account.email()), Optional.of(account.role()), Set.copyOf(account.moderatedSpaceIds()));
    }

    public boolean is(Role expected) {
        return role.filter(expected::equals).isPresent();
    }

    /** How the action log names the actor. */
    public String name() {
        return email.orElse("anonyme");
    }
}
