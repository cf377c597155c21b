package fr.chambery.cqc.core.membership;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Data minimisation on both databases: unconfirmed sign-ups and expired links go, confirmed members stay. */
class ExpiredSignUpsIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void purgesUnconfirmedSignUpsAfterTheirLinkExpired(String name, DataSource dataSource) {
        DatabaseMigrations.migrate(dataSource);
        EntityManagerFactory emf = BothDatabases.unit(dataSource);
        try {
            Instant signedUp = Instant.parse("2026-11-20T10:00:00Z");
            long space = BothDatabases.inTransaction(emf, em -> {
                Assembly council = new Assembly("bissy", "CQC Bissy", AssemblyTexts.builder().subtitle("s").build(), signedUp);
                em.persist(council);
                em.flush();
                return council.id();
            });
            BothDatabases.inTransaction(emf, em -> {
                for (String email : List.of("pending@example.org", "member@example.org")) {
                    Membership m = new Membership(space, email, signedUp);
                    m.fill(new SignUp("bissy", "Camille", email, null, LienAuQuartier.HABITANT, List.of(), true), java.util.Set.of(), signedUp);
                    if (email.startsWith("member")) {
                        m.confirm(signedUp);
                    }
                    em.persist(m);
                    em.flush();
                    em.persist(MembershipToken.issue(MembershipToken.Purpose.CONFIRMATION, m.id(), email, signedUp).token());
                }
                em.persist(MembershipToken.issue(MembershipToken.Purpose.GESTION, null, "member@example.org", signedUp).token());
                return null;
            });

            ExpiredSignUps purge = new ExpiredSignUps();
            purge.clock = Clock.fixed(signedUp.plus(Duration.ofHours(47)), ZoneOffset.UTC);
            BothDatabases.inTransaction(emf, em -> {
                purge.em = em;
                purge.purge();
                return null;
            });
            assertThat(count(emf, "SELECT COUNT(m) FROM Membership m")).as("within 48 hours, nothing goes").isEqualTo(2);

            purge.clock = Clock.fixed(signedUp.plus(Duration.ofHours(49)), ZoneOffset.UTC);
            BothDatabases.inTransaction(emf, em -> {
                purge.em = em;
                purge.purge();
                return null;
            });
            List<String> left = BothDatabases.inTransaction(emf, em -> em.createQuery("SELECT m.email FROM Membership m", String.class).getResultList());
            assertThat(left).containsExactly("member@example.org");
            assertThat(count(emf, "SELECT COUNT(t) FROM MembershipToken t")).as("the 90-day gestion link stays").isEqualTo(1);
        } finally {
            emf.close();
        }
    }

    private static long count(EntityManagerFactory emf, String jpql) {
        return BothDatabases.inTransaction(emf, em -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
