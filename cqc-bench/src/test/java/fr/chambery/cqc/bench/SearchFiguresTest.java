package fr.chambery.cqc.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's search section: x1 beside x100 for each database that has both runs, the search requests only. */
class SearchFiguresTest {

    @Test
    void printsEachSearchRequestAtBothSizesWithTheRatioAndSaysWhichRunIsMissing(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("x1-h2-figures.tsv"), """
                assemblies/bissy\t15.0\t17.0
                api/search?q=conseil\t2.0\t2.0
                search?q=reunion\t4.0\t3.0
                """);
        Files.writeString(directory.resolve("x100-h2-figures.tsv"), """
                assemblies/bissy\t14.0\t17.0
                api/search?q=conseil\t5.0\t2.0
                search?q=reunion\t6.0\t3.0
                """);
        Files.writeString(directory.resolve("x1-postgresql-figures.tsv"), "api/search?q=conseil\t3.0\t2.0\n");

        List<String> lines = SearchFigures.lines(directory);

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("h2").contains("api/search?q=conseil", "2.00", "5.00", "2.50", "2.0"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("h2").contains("search?q=reunion", "1.50"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("assemblies/bissy"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("postgresql").contains("no x100 run", "./cqc bench x100 --database postgresql"));
    }

    @Test
    void theQueriesAreACommonWordARareWordTwoWordsAndAnAccentedWordTypedWithoutItsAccent() {
        assertThat(SearchFigures.QUERIES).extracting(t -> t.path().substring(t.path().indexOf("q=") + 2))
                .containsExactly("conseil", "laurier", "animation+reunion", "pleniere");
        assertThat(SearchFigures.QUERIES).allMatch(t -> SearchFigures.isSearch(t.label()));
    }
}
