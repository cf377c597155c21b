package fr.chambery.cqc.core.search;

import fr.chambery.cqc.core.search.SpacesPublicContent;
import fr.chambery.cqc.core.association.AssociationsPublicContent;
import fr.chambery.cqc.core.document.DocumentsPublicContent;
import fr.chambery.cqc.core.meeting.MeetingsPublicContent;
import fr.chambery.cqc.core.persistence.BothDatabases;
import fr.chambery.cqc.core.persistence.DatabaseMigrations;
import fr.chambery.cqc.core.persistence.SqlStatements;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The site search on the real schema of H2 (stems written by the application) and PostgreSQL (its French
 * full-text search with unaccent): the same corpus gives the same results on both, written once below.
 */
class SiteSearchIT {

    private static final String BOTH = "fr.chambery.cqc.core.persistence.BothDatabases#h2AndPostgres";

    /** A fresh database holding the corpus, indexed. */
    private record Indexed(EntityManagerFactory emf, Map<String, Long> ids) implements AutoCloseable {

        static Indexed of(DataSource dataSource) {
            DatabaseMigrations.migrate(dataSource);
            EntityManagerFactory emf = BothDatabases.unit(dataSource);
            Map<String, Long> ids = BothDatabases.inTransaction(emf, em -> new SearchCorpus(em).build().ids);
            Indexed indexed = new Indexed(emf, ids);
            indexed.reindex();
            return indexed;
        }

        void reindex() {
            BothDatabases.inTransaction(emf, em -> {
                index(em).rebuild(sources(em).all());
                return null;
            });
        }

        <T> T with(Function<EntityManager, T> work) {
            return BothDatabases.inTransaction(emf, work);
        }

        SearchResults search(String words, Optional<String> space, Optional<String> kind, int page, int size) {
            return with(em -> index(em).find(SearchQuery.of(words, space.map(ids::get), kind), page, size));
        }

        /** The results as kind:ref of the corpus, in their order. */
        List<String> found(String words) {
            return refs(search(words, Optional.empty(), Optional.empty(), 1, 50));
        }

        List<String> refs(SearchResults results) {
            return results.page().items().stream().map(h -> h.kind() + ":" + name(Long.parseLong(h.ref()), h.kind())).toList();
        }

        private String name(long id, String kind) {
            String prefix = switch (kind) {
                case "meetings" -> "m-";
                case "documents" -> "d-";
                case "associations" -> "a-";
                default -> "";
            };
            return ids.entrySet().stream()
                    .filter(e -> e.getValue() == id && (prefix.isEmpty() ? !e.getKey().matches("[mda]-.*") : e.getKey().startsWith(prefix)))
                    .map(Map.Entry::getKey).findFirst().orElse("?" + id);
        }

        @Override
        public void close() {
            emf.close();
        }
    }

    static SearchIndex index(EntityManager em) {
        SearchIndex index = new SearchIndex();
        index.em = em;
        return index;
    }

    static SearchSources sources(EntityManager em) {
        return new SearchSources(List.of(new DocumentsPublicContent(em), new SpacesPublicContent(em),
                new AssociationsPublicContent(em), new MeetingsPublicContent(em)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void findsEveryKindAboutAWordGroupedByKindNewestFirstAndNothingThePublicMayNotSee(String name, DataSource dataSource) {
        try (Indexed corpus = Indexed.of(dataSource)) {
            assertThat(corpus.found("jardin")).containsExactly(
                    "spaces:bissy", "meetings:m-cancelled", "documents:d-charte", "documents:d-jardins", "associations:a-listed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void ignoresAccentsCaseAndFindsPluralsAndInflections(String name, DataSource dataSource) {
        try (Indexed corpus = Indexed.of(dataSource)) {
            assertThat(corpus.found("JARDINS")).isEqualTo(corpus.found("jardin"));
            assertThat(corpus.found("reunion")).containsExactly("meetings:m-ecole");
            assertThat(corpus.found("RÉUNIONS")).containsExactly("meetings:m-ecole");
            assertThat(corpus.found("ecole")).containsExactly("meetings:m-ecole");
            assertThat(corpus.found("cantine")).as("a word of the description, plural there").containsExactly("meetings:m-ecole");
            assertThat(corpus.found("partagé")).containsExactly("spaces:bissy", "documents:d-jardins");
            assertThat(corpus.found("piscines municipales")).containsExactly("documents:d-jardins");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void requiresEveryWordAndTakesQuotesAndOperatorsAsPunctuation(String name, DataSource dataSource) {
        try (Indexed corpus = Indexed.of(dataSource)) {
            assertThat(corpus.found("jardin piscine")).containsExactly("documents:d-jardins");
            assertThat(corpus.found("\"jardin\" & !piscine | (mairie)")).isEmpty();
            assertThat(corpus.found("\"jardins\" & piscine:*")).containsExactly("documents:d-jardins");
            assertThat(corpus.found("jardin% piscine_")).containsExactly("documents:d-jardins");
            assertThat(corpus.found("'; DROP TABLE search_entry; --")).isEmpty();
            assertThat(corpus.found("jardin")).hasSize(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void neverFindsUnpublishedSpacesDraftsUnlistedAssociationsOrMembers(String name, DataSource dataSource) {
        try (Indexed corpus = Indexed.of(dataSource)) {
            assertThat(corpus.found("secret")).as("an unpublished council").isEmpty();
            assertThat(corpus.found("dessous")).as("a published space under an unpublished one").isEmpty();
            assertThat(corpus.found("brouillon")).as("a draft meeting and an unpublished document").isEmpty();
            assertThat(corpus.found("caché")).as("a meeting of an unpublished council").isEmpty();
            assertThat(corpus.found("retiré")).as("an association taken off the list").isEmpty();
            assertThat(corpus.found("Camille Bergamote")).as("a member").isEmpty();
            assertThat(corpus.found("bergamote example org")).as("a member's address").isEmpty();
            assertThat(corpus.found("amis jardin example org")).as("an association's e-mail address").isEmpty();
            assertThat(corpus.found("moderatrice")).as("who uploaded a file").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void filtersByCouncilAndKindCountsEachKindAndPages(String name, DataSource dataSource) {
        try (Indexed corpus = Indexed.of(dataSource)) {
            SearchResults inBissy = corpus.search("jardin", Optional.of("bissy"), Optional.empty(), 1, 10);
            assertThat(corpus.refs(inBissy)).containsExactly("spaces:bissy", "meetings:m-cancelled", "documents:d-jardins", "associations:a-listed");
            assertThat(inBissy.countsByKind()).containsOnly(Map.entry("spaces", 1L), Map.entry("meetings", 1L),
                    Map.entry("documents", 1L), Map.entry("associations", 1L));
            SearchResults documents = corpus.search("jardin", Optional.empty(), Optional.of("documents"), 1, 10);
            assertThat(corpus.refs(documents)).containsExactly("documents:d-charte", "documents:d-jardins");
            assertThat(documents.countsByKind()).as("the other kinds' counts, for the filter").containsEntry("spaces", 1L);
            SearchResults second = corpus.search("jardin", Optional.empty(), Optional.empty(), 2, 2);
            assertThat(corpus.refs(second)).containsExactly("documents:d-charte", "documents:d-jardins");
            assertThat(second.page().total()).isEqualTo(5);
            assertThat(second.page().pages()).isEqualTo(3);
            assertThat(corpus.search("jardin", Optional.empty(), Optional.empty(), 9, 2).page().items()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void givesEachResultItsCouncilDateAddressAndAPassageMarkingTheWordsFound(String name, DataSource dataSource) {
        try (Indexed corpus = Indexed.of(dataSource)) {
            SearchHit document = corpus.search("piscine", Optional.empty(), Optional.empty(), 1, 10).page().items().getFirst();
            assertThat(document.spaceTitle()).contains("Conseil de quartier de Bissy");
            assertThat(document.date()).isPresent();
            assertThat(document.path()).isEqualTo("/files/" + corpus.ids().get("d-jardins") + "/d-jardins.txt");
            assertThat(document.snippet().text()).contains("Les jardins partagés et la piscine municipale");
            assertThat(document.snippet().parts()).filteredOn(Snippet.Part::found).extracting(Snippet.Part::text).containsExactly("piscine");
            SearchHit meeting = corpus.search("écoles", Optional.empty(), Optional.empty(), 1, 10).page().items().getFirst();
            assertThat(meeting.path()).isEqualTo("/assemblies/bissy/meetings/" + corpus.ids().get("m-ecole"));
            assertThat(meeting.snippet().text()).as("rich text read as text").contains("Les écoles du quartier & leurs cantines")
                    .doesNotContain("<p>");
            assertThat(meeting.snippet().parts()).filteredOn(Snippet.Part::found).extracting(Snippet.Part::text).containsExactly("écoles");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BOTH)
    void costsTheSameTwoStatementsWhateverTheIndexHolds(String name, DataSource dataSource) {
        try (Indexed corpus = Indexed.of(dataSource)) {
            long small = statements(() -> corpus.search("jardin", Optional.of("bissy"), Optional.of("documents"), 1, 10));
            corpus.with(em -> {
                new SearchCorpus(em).moreDocumentsIn(corpus.ids().get("bissy"), 300);
                return null;
            });
            corpus.reindex();
            long large = statements(() -> corpus.search("jardin", Optional.of("bissy"), Optional.of("documents"), 1, 10));
            assertThat(small).isEqualTo(large);
            assertThat(large).isLessThanOrEqualTo(2);
        }
    }

    private static long statements(Runnable search) {
        long before = SqlStatements.total();
        search.run();
        return SqlStatements.total() - before;
    }

    @Test
    void refusesEmptyLongWordlessAndUnboundedQueriesBeforeAnyStatement() {
        assertThatThrownBy(() -> SearchQuery.of("   ", Optional.empty(), Optional.empty()))
                .isInstanceOf(SearchRefusal.class).hasMessageContaining("refusal.search.empty");
        assertThatThrownBy(() -> SearchQuery.of("jardin ".repeat(72), Optional.empty(), Optional.empty()))
                .isInstanceOf(SearchRefusal.class).hasMessageContaining("refusal.search.tooLong");
        assertThatThrownBy(() -> SearchQuery.of("a b c d e f g h i j k l m", Optional.empty(), Optional.empty()))
                .isInstanceOf(SearchRefusal.class).hasMessageContaining("refusal.search.tooManyWords");
        for (String wordless : List.of("%", "_", "%%__", "\"\"", "& | !", "le la les des", "-- ; /* */ ' \\")) {
            assertThatThrownBy(() -> SearchQuery.of(wordless, Optional.empty(), Optional.empty()))
                    .as(wordless).isInstanceOf(SearchRefusal.class).hasMessageContaining("refusal.search.noWord");
        }
    }
}
