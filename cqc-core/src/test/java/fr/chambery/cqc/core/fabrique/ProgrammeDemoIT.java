package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.demo.DemoSpaces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The demo's priorisation and programme in Bissy, seeded on both databases: closed results, three projets. */
class ProgrammeDemoIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres")
    void bissyHasAClosedPriorisationWithItsResultsAndAProgrammeOfThreeProjetsOneRealisedWithTheCitysAnswer(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissyId = f.council("bissy");
            f.workingGroup(bissyId);
            f.tx(em -> {
                ProgrammeDemo demo = new ProgrammeDemo();
                demo.em = em;
                Assembly bissy = em.find(Assembly.class, bissyId);
                demo.seed(new DemoSpaces(bissy, List.of(new DemoSpaces.Council(bissy, "de Bissy", "rue d'exemple", 3))));
                return null;
            });

            Priorisation round = f.tx(em -> f.priorisations(em).ofSpace(bissyId).getFirst());
            assertThat(round.isClosed(Instant.now())).isTrue();
            List<RankedSubject> results = f.tx(em -> f.priorisations(em).results(round));
            assertThat(results).extracting(RankedSubject::rank, RankedSubject::online, RankedSubject::inRoom)
                    .containsExactly(tuple(1, 9L, 14), tuple(2, 7L, 11), tuple(2, 6L, 12), tuple(4, 5L, 4), tuple(4, 3L, 6));
            assertThat(f.count("SELECT COUNT(s) FROM Soutien s")).as("ten members, three supports each").isEqualTo(30);

            List<Projet> projets = f.tx(em -> f.programme(em).of(bissyId));
            assertThat(projets).extracting(Projet::status)
                    .containsExactlyInAnyOrder(StatutProjet.REALISE, StatutProjet.EN_COURS, StatutProjet.A_L_ETUDE);
            Projet realised = projets.stream().filter(p -> p.status() == StatutProjet.REALISE).findFirst().orElseThrow();
            assertThat(realised.cityAnswer()).isPresent();
            assertThat(realised.workingGroupId()).isPresent();
            List<ProjetUpdate> updates = f.tx(em -> f.programme(em).updates(realised.id()));
            assertThat(updates).hasSize(2);
        }
    }
}
