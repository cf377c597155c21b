package fr.chambery.cqc.core.membership;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The members' sign-in links and sessions on H2 and PostgreSQL. */
class MemberSignInIT {

    private static final String BASE = "https://cqc.example.org";

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aLinkGoesOnlyToAConfirmedMemberAndServesOnce(String name, DataSource dataSource) {
        try (MemberFixture f = new MemberFixture(dataSource)) {
            long bissy = f.council("bissy");
            f.member(bissy, "camille@example.org", "Camille Dupont", true);
            f.member(bissy, "dominique@example.org", "Dominique", false);

            assertThat(f.tx((EntityManager em) -> f.signIn.sendLink("inconnue@example.org", BASE))).isFalse();
            assertThat(f.tx((EntityManager em) -> f.signIn.sendLink("dominique@example.org", BASE))).as("pending").isFalse();
            assertThat(f.tx((EntityManager em) -> f.signIn.sendLink("pas une adresse", BASE))).isFalse();
            assertThat(f.mails).isEmpty();
            assertThat(f.count("SELECT COUNT(t) FROM MembershipToken t")).as("nothing written for them").isZero();

            assertThat(f.tx((EntityManager em) -> f.signIn.sendLink(" Camille@Example.org ", BASE))).isTrue();
            assertThat(f.mails).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("camille@example.org");
                assertThat(mail.text()).contains("Bonjour Camille,", BASE + "/membership/link?token=", "valable 15 minutes")
                        .doesNotContain("Dupont");
            });
            String link = f.lastSecret("link");
            assertThat(f.tx((EntityManager em) -> em.find(MembershipToken.class, link))).as("only its hash is stored").isNull();
            assertThat(f.tx((EntityManager em) -> em.find(MembershipToken.class, MembershipToken.hashOf(link)))).isNotNull();

            assertThat(f.tx((EntityManager em) -> f.signIn.linkIsValid(link))).isTrue();
            assertThat(f.tx((EntityManager em) -> f.signIn.linkIsValid(link))).as("asking uses nothing up").isTrue();
            Optional<MemberSignIn.OpenedSession> opened = f.tx((EntityManager em) -> f.signIn.open(link));
            assertThat(opened).get().satisfies(s -> {
                assertThat(s.councilId()).isEqualTo(bissy);
                assertThat(s.lifetime()).isEqualTo(Duration.ofDays(30));
            });
            assertThat(f.tx((EntityManager em) -> em.find(MemberSession.class, opened.get().secret()))).as("only its hash is stored").isNull();
            assertThat(f.tx((EntityManager em) -> f.signIn.linkIsValid(link))).isFalse();
            assertThat(f.tx((EntityManager em) -> f.signIn.open(link))).as("used").isEmpty();
            assertThat(f.tx((EntityManager em) -> f.signIn.open("inconnu"))).isEmpty();
            assertThat(f.tx((EntityManager em) -> f.signIn.open(null))).isEmpty();
            assertThat(f.count("SELECT COUNT(s) FROM MemberSession s")).isEqualTo(1);

            assertThat(f.tx((EntityManager em) -> f.signIn.resume(opened.get().secret()))).get().satisfies(member -> {
                assertThat(member.email()).isEqualTo("camille@example.org");
                assertThat(member.firstName()).isEqualTo("Camille");
                assertThat(member.actor().isMemberOf(bissy)).isTrue();
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aLinkExpiresAfterItsLifetime(String name, DataSource dataSource) {
        try (MemberFixture f = new MemberFixture(dataSource)) {
            f.member(f.council("bissy"), "camille@example.org", "Camille", true);
            f.tx((EntityManager em) -> f.signIn.sendLink("camille@example.org", BASE));
            String link = f.lastSecret("link");

            f.now = MemberFixture.T0.plus(Duration.ofMinutes(15));
            assertThat(f.tx((EntityManager em) -> f.signIn.linkIsValid(link))).isFalse();
            assertThat(f.tx((EntityManager em) -> f.signIn.open(link))).isEmpty();
            assertThat(f.count("SELECT COUNT(s) FROM MemberSession s")).as("nothing half-written").isZero();
            assertThat(f.count("SELECT COUNT(t) FROM MembershipToken t WHERE t.usedAt IS NOT NULL")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aSessionSlidesWithHerVisitsButEndsThirtyDaysAfterItOpened(String name, DataSource dataSource) {
        try (MemberFixture f = new MemberFixture(dataSource)) {
            f.member(f.council("bissy"), "camille@example.org", "Camille", true);
            String session = openSession(f);

            for (int days : new int[] {9, 18, 27}) {
                f.now = MemberFixture.T0.plus(Duration.ofDays(days));
                assertThat(f.tx((EntityManager em) -> f.signIn.resume(session))).as("day %d, within 10 idle days of her last visit", days).isPresent();
            }
            f.now = MemberFixture.T0.plus(Duration.ofDays(30)).plusSeconds(1);
            assertThat(f.tx((EntityManager em) -> f.signIn.resume(session))).as("30 days after it opened, whatever her visits").isEmpty();
            assertThat(f.count("SELECT COUNT(s) FROM MemberSession s")).as("an ended session is deleted").isZero();

            f.now = MemberFixture.T0;
            String idle = openSession(f);
            f.now = MemberFixture.T0.plus(Duration.ofDays(10)).plusSeconds(1);
            assertThat(f.tx((EntityManager em) -> f.signIn.resume(idle))).as("10 days without a visit").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void herCouncilsAreReadOnEachRequestAndSigningOutDeletesTheSession(String name, DataSource dataSource) {
        try (MemberFixture f = new MemberFixture(dataSource)) {
            long bissy = f.council("bissy");
            long biollay = f.council("biollay");
            long inBissy = f.member(bissy, "camille@example.org", "Camille", true);
            long inBiollay = f.member(biollay, "camille@example.org", "Camille", true);
            String session = openSession(f);
            assertThat(f.tx((EntityManager em) -> f.signIn.resume(session)).orElseThrow().councilIds()).containsExactlyInAnyOrder(bissy, biollay);
            assertThat(f.tx((EntityManager em) -> f.members.confirmed("camille@example.org", biollay))).isPresent();

            f.tx((EntityManager em) -> { em.remove(em.find(Membership.class, inBiollay)); return null; });
            assertThat(f.tx((EntityManager em) -> f.signIn.resume(session)).orElseThrow().councilIds()).as("she left Biollay").containsExactly(bissy);
            assertThat(f.tx((EntityManager em) -> f.members.confirmed("camille@example.org", biollay))).isEmpty();

            f.tx((EntityManager em) -> { em.remove(em.find(Membership.class, inBissy)); return null; });
            assertThat(f.tx((EntityManager em) -> f.signIn.resume(session))).as("no council left: no session").isEmpty();

            f.member(bissy, "camille@example.org", "Camille", true);
            String again = openSession(f);
            f.tx((EntityManager em) -> { f.signIn.signOut(again); return null; });
            assertThat(f.tx((EntityManager em) -> f.signIn.resume(again))).isEmpty();
            assertThat(f.count("SELECT COUNT(s) FROM MemberSession s")).isZero();
        }
    }

    private static String openSession(MemberFixture f) {
        f.tx((EntityManager em) -> f.signIn.sendLink("camille@example.org", BASE));
        String link = f.lastSecret("link");
        return f.tx((EntityManager em) -> f.signIn.open(link)).orElseThrow().secret();
    }
}
