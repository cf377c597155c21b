package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.access.Role;
import fr.chambery.cqc.core.refusal.FrenchWording;
import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.actionlog.ActionLog;
import fr.chambery.cqc.core.actionlog.ActionLogEntry;
import fr.chambery.cqc.core.actionlog.ActionLogOutsideTheServer;
import fr.chambery.cqc.core.actionlog.LogEntry;
import fr.chambery.cqc.core.actionlog.Verb;
import fr.chambery.cqc.core.assembly.AssemblyLog;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle of staff accounts on both databases: disabling, deleting (the log keeps a pseudonym), the
 * last administrator, and API tokens (revoked, of a disabled account, last use).
 */
class AccountLifecycleIT {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void theLastActiveAdministratorCanBeNeitherDisabledNorDeleted(String name, DataSource dataSource) {
        open(dataSource);
        long only = persist("seule@example.org", Role.ADMINISTRATEUR);
        long other = persist("autre@example.org", Role.ADMINISTRATEUR);
        Actor someoneElse = actor("tierce@example.org", Role.ADMINISTRATEUR);
        work(l -> l.disable(someoneElse, other));

        assertThatThrownBy(() -> work(l -> l.disable(someoneElse, only))).isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(FrenchWording.of(e)).contains("dernier administrateur actif"));
        assertThatThrownBy(() -> work(l -> l.delete(someoneElse, only))).isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(FrenchWording.of(e)).contains("dernier administrateur actif"));
        assertThat(active(only)).isTrue();

        work(l -> l.enable(someoneElse, other));
        work(l -> l.disable(someoneElse, only));
        assertThat(active(only)).as("another administrator is active again").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void anAdministratorDisablesOrDeletesNeitherTheirOwnAccount(String name, DataSource dataSource) {
        open(dataSource);
        persist("autre@example.org", Role.ADMINISTRATEUR);
        long self = persist("moi@example.org", Role.ADMINISTRATEUR);
        Actor me = actor("moi@example.org", Role.ADMINISTRATEUR);

        assertThatThrownBy(() -> work(l -> l.disable(me, self))).isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(FrenchWording.of(e)).contains("Votre propre compte"));
        assertThatThrownBy(() -> work(l -> l.delete(me, self))).isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(FrenchWording.of(e)).contains("Votre propre compte"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aDisabledOrDeletedAccountMayNotStaySignedIn(String name, DataSource dataSource) {
        open(dataSource);
        persist("admin@example.org", Role.ADMINISTRATEUR);
        long moderator = persist("camille@example.org", Role.MODERATEUR);
        Actor admin = actor("admin@example.org", Role.ADMINISTRATEUR);
        assertThat(staysSignedIn(moderator)).isTrue();

        work(l -> l.disable(admin, moderator));
        assertThat(staysSignedIn(moderator)).isFalse();
        work(l -> l.enable(admin, moderator));
        assertThat(staysSignedIn(moderator)).isTrue();
        work(l -> l.delete(admin, moderator));
        assertThat(staysSignedIn(moderator)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aDeletedAccountsPastLogEntriesNameItByAPseudonym(String name, DataSource dataSource) {
        open(dataSource);
        persist("admin@example.org", Role.ADMINISTRATEUR);
        long camille = persist("camille.martin@example.org", Role.MODERATEUR);
        Actor admin = actor("admin@example.org", Role.ADMINISTRATEUR);
        Actor moderator = actor("camille.martin@example.org", Role.MODERATEUR);
        BothDatabases.inTransaction(emf, em -> {
            ActionLog log = log(em);
            log.record(LogEntry.by(admin).did(Verb.CREATE).on(AccountLog.ACCOUNT, "camille.martin@example.org", "Camille Martin <camille.martin@example.org>")
                    .to(Map.of("email", "camille.martin@example.org", "role", "MODERATEUR")));
            log.record(LogEntry.by(moderator).did(Verb.UPDATE).on(AssemblyLog.ASSEMBLY, "bissy", "CQC Bissy")
                    .from(Map.of("title", "Bissy")).to(Map.of("title", "CQC Bissy")));
            log.record(LogEntry.by(admin).did(Verb.CREATE).on(AccountLog.API_TOKEN, "camille.martin@example.org", "API")
                    .to(Map.of("account", "camille.martin@example.org")));
            log.record(LogEntry.by(admin).did(Verb.UPDATE).on(AssemblyLog.ASSEMBLY, "laurier", "CQC Laurier"));
            return null;
        });

        work(l -> l.delete(admin, camille));

        String pseudonym = "compte supprimé n° " + camille;
        List<ActionLogEntry> entries = BothDatabases.inTransaction(emf, em ->
                em.createQuery("select e from ActionLogEntry e order by e.id", ActionLogEntry.class).getResultList());
        assertThat(entries).allSatisfy(e -> assertThat(String.join("|", e.actor(), String.valueOf(e.resourceId()),
                String.valueOf(e.resourceLabel()), String.valueOf(e.before()), String.valueOf(e.after())))
                .doesNotContain("camille.martin@example.org", "Camille Martin"));
        assertThat(entries).extracting(ActionLogEntry::actor, ActionLogEntry::action, ActionLogEntry::resourceId, ActionLogEntry::resourceLabel)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("admin@example.org", "create", pseudonym, pseudonym),
                        org.assertj.core.groups.Tuple.tuple(pseudonym, "update", "bissy", "CQC Bissy"),
                        org.assertj.core.groups.Tuple.tuple("admin@example.org", "create", pseudonym, "API"),
                        org.assertj.core.groups.Tuple.tuple("admin@example.org", "update", "laurier", "CQC Laurier"),
                        org.assertj.core.groups.Tuple.tuple("admin@example.org", "delete", pseudonym, pseudonym));
        assertThat(entries).filteredOn(e -> e.action().equals("create") && e.resourceType().equals("account"))
                .singleElement().satisfies(e -> assertThat(e.after()).contains(pseudonym, "MODERATEUR"));
        Account gone = BothDatabases.inTransaction(emf, em -> em.find(Account.class, camille));
        assertThat(gone).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aTokenActsUntilRevokedOrItsAccountDisabledAndRecordsItsLastUse(String name, DataSource dataSource) {
        open(dataSource);
        persist("admin@example.org", Role.ADMINISTRATEUR);
        long camille = persist("camille@example.org", Role.MODERATEUR);
        Actor admin = actor("admin@example.org", Role.ADMINISTRATEUR);
        String first = tokens(t -> t.issue(admin, "camille@example.org", "Intégration"));
        String second = tokens(t -> t.issue(admin, "camille@example.org", "Tableur"));

        assertThat(authenticate(first)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(camille));
        List<ApiToken> listed = tokens(t -> t.of(admin, camille));
        assertThat(listed).extracting(ApiToken::label).containsExactlyInAnyOrder("Intégration", "Tableur");
        ApiToken used = listed.stream().filter(t -> t.label().equals("Intégration")).findFirst().orElseThrow();
        assertThat(used.lastUsedAt()).contains(NOW);
        assertThat(listed.stream().filter(t -> t.label().equals("Tableur")).findFirst().orElseThrow().lastUsedAt()).isEmpty();

        tokens(t -> {
            t.revoke(admin, used.id());
            return null;
        });
        assertThat(authenticate(first)).as("revoked").isEmpty();
        List<ApiToken> after = tokens(t -> t.of(admin, camille));
        assertThat(after).filteredOn(ApiToken::isRevoked).extracting(ApiToken::label).containsExactly("Intégration");
        assertThat(after).filteredOn(ApiToken::isRevoked).allSatisfy(t -> assertThat(t.revokedAt()).contains(NOW));
        assertThat(authenticate(second)).isPresent();

        work(l -> l.disable(admin, camille));
        assertThat(authenticate(second)).as("its account disabled").isEmpty();
        work(l -> l.enable(admin, camille));
        assertThat(authenticate(second)).as("its account enabled again").isPresent();
    }

    private java.util.Optional<Account> authenticate(String token) {
        return tokens(t -> t.authenticate(token));
    }

    // --- the fixture ---------------------------------------------------------------------------

    private void open(DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        emf = BothDatabases.unit(dataSource);
    }

    private long persist(String email, Role role) {
        return BothDatabases.inTransaction(emf, em -> {
            Account account = new Account(email, "Compte " + email, role, "hash", NOW);
            if (role.isStaff()) {
                account.enrolSecondFactor(SecondFactor.newSecret());
            }
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    private static Actor actor(String email, Role role) {
        return new Actor(java.util.Optional.of(email), java.util.Optional.of(role), Set.of());
    }

    private void work(Consumer<AccountLifecycle> action) {
        BothDatabases.inTransaction(emf, em -> {
            AccountLifecycle lifecycle = new AccountLifecycle();
            lifecycle.em = em;
            lifecycle.accounts = accounts(em);
            lifecycle.log = log(em);
            lifecycle.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            action.accept(lifecycle);
            return null;
        });
    }

    private <T> T tokens(java.util.function.Function<ApiTokens, T> action) {
        return BothDatabases.inTransaction(emf, em -> {
            ApiTokens tokens = new ApiTokens();
            tokens.em = em;
            tokens.accounts = accounts(em);
            tokens.log = log(em);
            tokens.clock = Clock.fixed(NOW, ZoneOffset.UTC);
            return action.apply(tokens);
        });
    }

    private boolean active(long id) {
        return BothDatabases.inTransaction(emf, em -> em.find(Account.class, id).isActive());
    }

    private boolean staysSignedIn(long id) {
        return BothDatabases.inTransaction(emf, em -> accounts(em).mayStaySignedIn(id));
    }

    private static Accounts accounts(EntityManager em) {
        Accounts accounts = new Accounts();
        accounts.em = em;
        return accounts;
    }

    private static ActionLog log(EntityManager em) {
        return ActionLogOutsideTheServer.over(em, Clock.fixed(NOW.plus(Duration.ofSeconds(1)), ZoneOffset.UTC));
    }
}
