package fr.chambery.cqc.core.membership;

import jakarta.persistence.EntityManager;
import fr.chambery.cqc.core.actionlog.ActionLogOutsideTheServer;
import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.fabrique.FabriqueContributions;
import fr.chambery.cqc.core.fabrique.Sujet;
import fr.chambery.cqc.core.fabrique.Theme;
import fr.chambery.cqc.core.meeting.Meetings;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy SPI through a real component, on H2 and PostgreSQL: when a member leaves a council or erases
 * her data, the fabrique unsigns her subjects (they stay, « membre ayant quitté le conseil »), and her data
 * export lists them.
 */
class MemberContributionsIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void leavingOrErasingUnsignsHerSubjectsWhichHerExportListedBefore(String name, DataSource dataSource) {
        try (MemberFixture f = new MemberFixture(dataSource)) {
            MembershipService service = service(f);
            long bissy = f.council("bissy");
            long biollay = f.council("biollay");
            long inBissy = f.member(bissy, "camille@example.org", "Camille Dupont", true);
            long inBiollay = f.member(biollay, "camille@example.org", "Camille Dupont", true);
            long other = f.member(bissy, "dominique@example.org", "Dominique Martin", true);
            long bench = subject(f, bissy, "Un banc place Caffe", inBissy);
            long garden = subject(f, biollay, "Un jardin partagé", inBiollay);
            long others = subject(f, bissy, "Des arceaux à vélo", other);
            String gestion = f.tx((EntityManager em) -> {
                MembershipToken.Issued issued = MembershipToken.issue(MembershipToken.Purpose.GESTION, null, "camille@example.org", f.now);
                em.persist(issued.token());
                return issued.secret();
            });

            PersonalData data = f.tx((EntityManager em) -> service.export(gestion));
            assertThat(data.contributions()).extracting(PersonalData.Contribution::kind, PersonalData.Contribution::council,
                    PersonalData.Contribution::text, PersonalData.Contribution::state).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("sujet", "CQC bissy", "Un banc place Caffe", "PROPOSE"),
                    org.assertj.core.groups.Tuple.tuple("sujet", "CQC biollay", "Un jardin partagé", "PROPOSE"));

            f.tx((EntityManager em) -> { service.leave(gestion, inBissy); return null; });
            assertThat(f.tx((EntityManager em) -> em.find(Sujet.class, bench))).satisfies(s -> {
                assertThat(s.authorLabel()).as("unsigned").isEmpty();
                assertThat(s.authorMembershipId()).isEmpty();
                assertThat(s.title()).as("the subject stays").isEqualTo("Un banc place Caffe");
            });
            assertThat(f.tx((EntityManager em) -> em.find(Sujet.class, garden)).authorLabel()).as("still a member of Biollay").contains("Camille D.");
            assertThat(f.tx((EntityManager em) -> service.export(gestion)).contributions()).extracting(PersonalData.Contribution::text)
                    .containsExactly("Un jardin partagé");

            f.tx((EntityManager em) -> service.erase(gestion));
            assertThat(f.tx((EntityManager em) -> em.find(Sujet.class, garden)).authorLabel()).isEmpty();
            assertThat(f.tx((EntityManager em) -> em.find(Sujet.class, garden)).authorMembershipId()).isEmpty();
            assertThat(f.tx((EntityManager em) -> em.find(Sujet.class, others)).authorLabel()).as("another member's").contains("Dominique M.");
            assertThat(f.count("SELECT COUNT(s) FROM Sujet s")).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void erasingHerDataEndsHerSessions(String name, DataSource dataSource) {
        try (MemberFixture f = new MemberFixture(dataSource)) {
            MembershipService service = service(f);
            f.member(f.council("bissy"), "camille@example.org", "Camille", true);
            f.tx((EntityManager em) -> f.signIn.sendLink("camille@example.org", "https://cqc.example.org"));
            String session = f.tx((EntityManager em) -> f.signIn.open(f.lastSecret("link"))).orElseThrow().secret();
            String gestion = f.lastSecret("manage");

            f.tx((EntityManager em) -> service.erase(gestion));
            assertThat(f.count("SELECT COUNT(s) FROM MemberSession s")).isZero();
            assertThat(f.tx((EntityManager em) -> f.signIn.resume(session))).isEmpty();
        }
    }

    private static long subject(MemberFixture f, long council, String title, long author) {
        return f.tx((EntityManager em) -> {
            Membership m = em.find(Membership.class, author);
            Sujet s = new Sujet(council, title, "Description", Theme.CADRE_DE_VIE, null, author, Members.publicLabel(m), f.now);
            em.persist(s);
            em.flush();
            return s.id();
        });
    }

    private static MembershipService service(MemberFixture f) {
        MembershipService service = new MembershipService();
        Assemblies assemblies = new Assemblies();
        Meetings meetings = new Meetings();
        FabriqueContributions fabrique = new FabriqueContributions();
        MemberFixture.setField(fabrique, "assemblies", assemblies);
        service.memberships = new Memberships();
        service.assemblies = assemblies;
        service.meetings = meetings;
        service.clock = f.clock;
        service.contributions = new Only<>(List.of(fabrique));
        service.log = ActionLogOutsideTheServer.over(null, f.clock);
        f.uses(service, service.memberships, assemblies, meetings, fabrique, service.log);
        return service;
    }

    /** The beans implementing an interface, as CDI's {@code Instance} gives them, for a test outside the server. */
    private record Only<T>(List<T> beans) implements Instance<T> {
        @Override public Iterator<T> iterator() { return beans.iterator(); }
        @Override public T get() { return beans.getFirst(); }
        @Override public Instance<T> select(Annotation... qualifiers) { return this; }
        @Override public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
        @Override public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
        @Override public boolean isUnsatisfied() { return beans.isEmpty(); }
        @Override public boolean isAmbiguous() { return beans.size() > 1; }
        @Override public void destroy(T instance) { }
        @Override public Handle<T> getHandle() { throw new UnsupportedOperationException(); }
        @Override public Iterable<? extends Handle<T>> handles() { throw new UnsupportedOperationException(); }
    }
}
