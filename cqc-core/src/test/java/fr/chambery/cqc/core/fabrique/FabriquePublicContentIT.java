package fr.chambery.cqc.core.fabrique;

import fr.chambery.cqc.core.assembly.Assembly;
import fr.chambery.cqc.core.search.SearchEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fabrique gives the site search and the open data, on both databases: public things only, no author. */
class FabriquePublicContentIT {

    private static final String BOTH = "fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres";

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void visibleSubjectsAndProjetsAreSearchableAndPublishedWithoutTheirAuthors(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = published(f, f.council("bissy"));
            long draft = f.council("brouillon");
            long jardin = f.subject(bissy, "Jardins partagés");
            f.hide(f.subject(bissy, "Sujet masqué"));
            f.subject(draft, "Sujet d'un conseil non publié");
            Projet projet = f.tx(em -> f.programmeAdministration(em).retain(ProgrammeFixture.MODERATOR, jardin, null, null, true));

            List<SearchEntry> subjects = f.tx(em -> new SujetsPublicContent(em).entries());
            assertThat(subjects).extracting(SearchEntry::title).containsExactly("Jardins partagés");
            assertThat(subjects.getFirst().path()).isEqualTo("/assemblies/bissy/fabrique/sujets/" + jardin);
            List<List<Object>> subjectRows = f.tx(em -> new SujetsPublicContent(em).rows());
            assertThat(subjectRows).hasSize(1);
            assertThat(subjectRows.getFirst()).hasSize(new SujetsPublicContent(null).fields().size()).contains("retenu", "cadre_de_vie");
            assertThat(subjectRows.toString()).as("never the author").doesNotContain("Camille", "@example.org");

            List<SearchEntry> projets = f.tx(em -> new ProjetsPublicContent(em).entries());
            assertThat(projets).extracting(SearchEntry::path).containsExactly("/assemblies/bissy/fabrique/projets/" + projet.id());
            List<List<Object>> projetRows = f.tx(em -> new ProjetsPublicContent(em).rows());
            assertThat(projetRows).hasSize(1);
            assertThat(projetRows.getFirst()).hasSize(new ProjetsPublicContent(null).fields().size()).contains("a_l_etude", jardin);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void aPriorisationsResultsArePublishedOnlyOnceItsCountsArePublicAndNeverWhoSupported(String name, DataSource dataSource) {
        try (ProgrammeFixture f = new ProgrammeFixture(dataSource)) {
            long bissy = published(f, f.council("bissy"));
            long bancs = f.subject(bissy, "Bancs");
            f.subject(bissy, "Composteur");
            f.now = f.now.plus(Duration.ofHours(1));
            long round = PriorisationIT.open(f, bissy, 3, false);
            var camille = f.member(bissy, "camille@example.org", true);
            f.tx(em -> f.supports(em).support(camille, round, bancs));

            List<List<Object>> before = f.tx(em -> new PriorisationResultsPublicContent(em).rows());
            assertThat(before).as("counts hidden until the close").isEmpty();

            long version = f.tx(em -> em.find(Priorisation.class, round).version());
            f.tx(em -> f.rounds(em).close(ProgrammeFixture.MODERATOR, round, version));
            List<List<Object>> rows = f.tx(em -> new PriorisationResultsPublicContent(em).rows());
            assertThat(rows).hasSize(2);
            assertThat(rows.getFirst()).hasSize(new PriorisationResultsPublicContent(null).fields().size())
                    .containsSubsequence(1, bancs, "Bancs", 1L, 0, 1L);
            assertThat(rows.toString()).doesNotContain("camille");
        }
    }

    private static long published(ProgrammeFixture f, long spaceId) {
        f.tx(em -> {
            em.find(Assembly.class, spaceId).publish(f.now);
            return null;
        });
        return spaceId;
    }
}
