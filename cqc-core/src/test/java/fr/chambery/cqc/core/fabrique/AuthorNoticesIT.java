package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assemblies;
import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.assembly.AssemblyTexts;
import fr.chambery.cqc.core.mail.Mail;
import fr.chambery.cqc.core.mail.PublicAddress;
import fr.chambery.cqc.core.membership.Members;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject's author hears of it, on H2 and PostgreSQL: each change of state and its hiding (with the
 * moderators' reason) at once, comments in one digest
 * a day at most (even with two instances sending at once), nothing once she has left.
 */
class AuthorNoticesIT {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final String BASE = "https://cqc.example.org";

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void theAuthorGetsAtMostOneDigestADayListingHerSubjectsAndTheirNewComments(String name, DataSource dataSource) {
        try (Fixture f = new Fixture(dataSource)) {
            long bissy = f.council("bissy");
            long camille = f.member(bissy, "camille@example.org", "Camille Dupont");
            long dominique = f.member(bissy, "dominique@example.org", "Dominique Martin");
            long bench = f.subject(bissy, "Un banc place Caffe", camille);
            long garden = f.subject(bissy, "Un jardin partagé", camille);
            long racks = f.subject(bissy, "Des arceaux à vélo", dominique);
            f.comment(bench, 1);
            f.comment(bench, 2);
            f.comment(bench, 1);
            f.comment(garden, 3);
            f.comment(racks, 4);

            assertThat(f.tx((EntityManager em) -> f.mails().digest(camille, DAY))).isTrue();
            assertThat(f.sent).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("camille@example.org");
                assertThat(mail.subject()).isEqualTo("De nouveaux commentaires sur vos sujets");
                assertThat(mail.text()).contains("Bonjour Camille,", "ont reçu 3 nouveaux commentaires",
                                "- « Un banc place Caffe » : 2 nouveaux commentaires\n  " + BASE + "/assemblies/bissy/fabrique/sujets/" + bench,
                                "- « Un jardin partagé » : 1 nouveau commentaire\n  " + BASE + "/assemblies/bissy/fabrique/sujets/" + garden,
                                BASE + "/membership/manage?token=")
                        .doesNotContain("arceaux", "Dupont");
            });

            f.comment(bench, 5);
            assertThat(f.tx((EntityManager em) -> f.mails().digest(camille, DAY))).as("one a day at most").isFalse();
            assertThat(f.sent).hasSize(1);
            assertThat(f.tx((EntityManager em) -> f.mails().digest(camille, DAY.plusDays(1)))).isTrue();
            assertThat(f.sent.getLast().subject()).isEqualTo("Un nouveau commentaire sur votre sujet");
            assertThat(f.sent.getLast().text()).contains("« Un banc place Caffe » : 1 nouveau commentaire").doesNotContain("jardin");

            assertThat(f.daily().sendFor(DAY)).as("the job: Dominique's only").isEqualTo(1);
            assertThat(f.sent.getLast().to()).isEqualTo("dominique@example.org");
            assertThat(f.daily().sendFor(DAY.plusDays(1))).as("nothing left waiting").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aChangeOfStateMailsTheAuthorAtOnceAndNobodyOnceSheHasLeft(String name, DataSource dataSource) {
        try (Fixture f = new Fixture(dataSource)) {
            long bissy = f.council("bissy");
            long camille = f.member(bissy, "camille@example.org", "Camille Dupont");
            long bench = f.subject(bissy, "Un banc place Caffe", camille);

            f.tx((EntityManager em) -> { f.notices().stateChanged(new EtatSujetChange(bench, EtatSujet.PROPOSE, EtatSujet.RETENU)); return null; });
            assertThat(f.sent).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("camille@example.org");
                assertThat(mail.subject()).isEqualTo("Votre sujet « Un banc place Caffe » est retenu au programme de travail");
                assertThat(mail.text()).contains("Bonjour Camille,", BASE + "/assemblies/bissy/fabrique/sujets/" + bench);
            });
            f.tx((EntityManager em) -> { f.notices().stateChanged(new EtatSujetChange(bench, EtatSujet.RETENU, EtatSujet.RETENU)); return null; });
            assertThat(f.sent).as("no change, no mail").hasSize(1);

            f.comment(bench, 7);
            f.tx((EntityManager em) -> em.createNativeQuery("DELETE FROM membership WHERE id = " + camille).executeUpdate());
            f.tx((EntityManager em) -> { f.notices().stateChanged(new EtatSujetChange(bench, EtatSujet.RETENU, EtatSujet.FUSIONNE)); return null; });
            assertThat(f.daily().sendFor(DAY)).isZero();
            assertThat(f.sent).as("she has left: nobody to tell").hasSize(1);
            assertThat(f.tx((EntityManager em) -> em.createQuery("SELECT COUNT(n) FROM CommentNotice n", Long.class).getSingleResult())).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void aHiddenSubjectsAuthorIsMailedTheModeratorsPublicReasonAndNobodyOnceSheHasLeft(String name, DataSource dataSource) {
        try (Fixture f = new Fixture(dataSource)) {
            long bissy = f.council("bissy");
            long camille = f.member(bissy, "camille@example.org", "Camille Dupont");
            long bench = f.subject(bissy, "Un banc place Caffe", camille);

            f.tx((EntityManager em) -> { f.notices().hidden(new SujetMasque(bench, "Propos visant une personne")); return null; });
            assertThat(f.sent).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("camille@example.org");
                assertThat(mail.subject()).isEqualTo("Votre sujet « Un banc place Caffe » a été masqué par la modération");
                assertThat(mail.text()).contains("Bonjour Camille,", "La raison publiée à sa place : Propos visant une personne",
                        BASE + "/assemblies/bissy/fabrique/sujets/" + bench, BASE + "/membership/manage?token=").doesNotContain("Dupont");
            });

            f.tx((EntityManager em) -> em.createNativeQuery("DELETE FROM membership WHERE id = " + camille).executeUpdate());
            f.tx((EntityManager em) -> { f.notices().hidden(new SujetMasque(bench, "Autre raison")); return null; });
            assertThat(f.sent).as("she has left: nobody to tell").hasSize(1);
        }
    }

    /** Two instances running the job at the same moment: the database lets one digest through. */
    @Test
    void twoInstancesSendingAtOnceSendOneDigestOnPostgres() throws Exception {
        DataSource postgres = (DataSource) BothDatabases.h2AndPostgres().toList().get(1).get()[1];
        try (Fixture f = new Fixture(postgres)) {
            long bissy = f.council("bissy");
            long camille = f.member(bissy, "camille@example.org", "Camille Dupont");
            f.comment(f.subject(bissy, "Un banc place Caffe", camille), 1);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    AuthorMails instance = f.newMails();
                    runs.add(pool.submit(() -> {
                        start.await();
                        try {
                            return BothDatabases.inTransaction(f.emf, em -> {
                                Fixture.inject(instance, em);
                                return instance.digest(camille, DAY);
                            });
                        } catch (RuntimeException refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int sent = 0;
                for (Future<Boolean> run : runs) {
                    sent += run.get() ? 1 : 0;
                }
                assertThat(sent).isEqualTo(1);
                assertThat(f.sent).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The fabrique's beans outside the server, over one database; the e-mails kept in a list. */
    private static final class Fixture implements AutoCloseable {
        final EntityManagerFactory emf;
        final List<Mail> sent = Collections.synchronizedList(new ArrayList<>());
        private final AuthorMails mails;
        private final AuthorNotices notices = new AuthorNotices();
        private final DailyDigest daily = new DailyDigest();
        private EntityManager current;

        Fixture(DataSource dataSource) {
            DatabaseMigrations.migrate(dataSource);
            emf = BothDatabases.unit(dataSource);
            mails = newMails();
            notices.mails = mails;
            notices.clock = Clock.fixed(T0, ZoneOffset.UTC);
            daily.mails = mails;
        }

        AuthorMails newMails() {
            AuthorMails m = new AuthorMails();
            m.members = new Members();
            m.assemblies = new Assemblies();
            m.postman = sent::add;
            PublicAddress address = new PublicAddress();
            set(address, "configured", Optional.of(BASE));
            m.address = address;
            return m;
        }

        AuthorMails mails() { return mails; }
        AuthorNotices notices() { return notices; }

        /** The job, each of its steps in a transaction of its own as in the server. */
        DailyDigest daily() {
            DailyDigest job = new DailyDigest() {
                @Override
                public int sendFor(LocalDate day) {
                    return tx(em -> super.sendFor(day));
                }
            };
            job.mails = mails;
            return job;
        }

        <T> T tx(Function<EntityManager, T> work) {
            return BothDatabases.inTransaction(emf, em -> {
                current = em;
                inject(mails, em);
                set(notices, "em", em);
                return work.apply(em);
            });
        }

        static void inject(AuthorMails m, EntityManager em) {
            set(m, "em", em);
            set(m.members, "em", em);
            set(m.assemblies, "em", em);
        }

        long council(String slug) {
            return tx(em -> {
                Assembly council = new Assembly(slug, "CQC " + slug, AssemblyTexts.builder().subtitle("s").build(), T0);
                em.persist(council);
                em.flush();
                return council.id();
            });
        }

        long member(long council, String email, String name) {
            return tx(em -> {
                em.createNativeQuery("INSERT INTO membership (assembly_id, email, name, lien, consent_version, consented_at, signed_up_at, confirmed_at) "
                                + "VALUES (?1, ?2, ?3, 'HABITANT', '1', ?4, ?4, ?4)")
                        .setParameter(1, council).setParameter(2, email).setParameter(3, name)
                        .setParameter(4, java.sql.Timestamp.from(T0)).executeUpdate();
                return ((Number) em.createNativeQuery("SELECT id FROM membership WHERE email = ?1 AND assembly_id = ?2")
                        .setParameter(1, email).setParameter(2, council).getSingleResult()).longValue();
            });
        }

        long subject(long council, String title, long author) {
            return tx(em -> {
                Sujet s = new Sujet(council, title, "Description", Theme.CADRE_DE_VIE, null, author, "Camille D.", T0);
                em.persist(s);
                em.flush();
                return s.id();
            });
        }

        void comment(long subject, long comment) {
            tx(em -> { notices.queue(new CommentairePublie(subject, comment)); return null; });
        }

        static void set(Object bean, String field, Object value) {
            try {
                Class<?> type = bean.getClass();
                while (true) {
                    try {
                        var f = type.getDeclaredField(field);
                        f.setAccessible(true);
                        f.set(bean, value);
                        return;
                    } catch (NoSuchFieldException e) {
                        type = type.getSuperclass();
                        if (type == null) {
                            throw e;
                        }
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            emf.close();
        }
    }
}
