package fr.chambery.cqc.web.documentation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README, docs/ and config/README.md link only to files and headings that exist. */
class DocumentationLinksTest {

    private static final Path PROJECT = Path.of("..");

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsReachesAFileAndAHeading() throws IOException {
        List<Path> files = new ArrayList<>(List.of(PROJECT.resolve("README.md"), PROJECT.resolve("config/README.md")));
        try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(3);

        assertThat(new MarkdownLinks().brokenIn(files)).isEmpty();
    }

    @Test
    void aMissingFileOrAnchorIsReportedAndGithubAnchorsKeepAccents(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("guide.md"), """
                # Sécurité des accès

                ## Qui peut entrer ?

                ## Pages

                ## Pages
                """);
        Files.writeString(dir.resolve("README.md"), """
                See [the guide](guide.md#sécurité-des-accès), [who](guide.md#qui-peut-entrer-),
                [the second pages](guide.md#pages-1), [the image](guide.md) and [the site](https://example.org/x#y).

                | a table | [in a cell](guide.md#pages) |
                |---|---|

                Broken: [a file](missing.md), [an anchor](guide.md#securite-des-acces), [here](#nowhere),
                [ascii anchor](guide.md#Pages).
                """);

        List<String> broken = new MarkdownLinks().brokenIn(List.of(dir.resolve("README.md")));

        assertThat(broken).hasSize(4);
        assertThat(broken.get(0)).contains("missing.md", "no such file");
        assertThat(broken.get(1)).contains("#securite-des-acces", "no heading");
        assertThat(broken.get(2)).contains("#nowhere");
        assertThat(broken.get(3)).contains("#Pages");
        assertThat(new MarkdownLinks().anchorsOf(dir.resolve("guide.md")))
                .containsExactlyInAnyOrder("sécurité-des-accès", "qui-peut-entrer-", "pages", "pages-1");
    }
}
