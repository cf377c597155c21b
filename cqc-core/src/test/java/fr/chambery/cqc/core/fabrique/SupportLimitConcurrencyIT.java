package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.access.Actor;
import fr.chambery.cqc.core.persistence.BothDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One member, one set of supports, whatever the requests in flight: twelve at once on PostgreSQL store three. */
class SupportLimitConcurrencyIT {

    static Stream<Arguments> postgres() {
        return BothDatabases.h2AndPostgres().filter(a -> "PostgreSQL".equals(a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postgres")
    void twelveSupportsSentAtOnceByOneMemberStoreNoMoreThanHerThree(String name, DataSource dataSource) throws Exception {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = f.council("bissy");
            List<Long> subjects = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                subjects.add(f.subject(bissy, "Sujet " + i));
            }
            long round = PriorisationIT.open(f, bissy, 3, false);
            Actor camille = f.member(bissy, "camille@example.org", true);

            ExecutorService pool = Executors.newFixedThreadPool(subjects.size());
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Boolean>> sent = new ArrayList<>();
                for (long subject : subjects) {
                    sent.add(pool.submit(() -> {
                        start.await();
                        try {
                            f.tx(em -> f.supports(em).support(camille, round, subject));
                            return true;
                        } catch (PriorisationRefusal refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                long accepted = 0;
                for (Future<Boolean> answer : sent) {
                    accepted += answer.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(accepted).isEqualTo(3);
            } finally {
                pool.shutdownNow();
            }
            assertThat(f.count("SELECT COUNT(s) FROM Soutien s")).isEqualTo(3);
        }
    }
}
