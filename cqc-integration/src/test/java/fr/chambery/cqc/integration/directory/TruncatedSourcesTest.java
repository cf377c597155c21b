package fr.chambery.cqc.integration.directory;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import fr.chambery.cqc.core.association.DirectoryRecord;
import fr.chambery.cqc.core.association.RnaEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A source counts as read whole only when it proves it: a file cut anywhere (inside a quoted field,
 * between two fields, just after the last field without its line end, inside its zip entry), a JSON
 * export cut between two associations, an HTML listing whose last page fails: each leaves the run
 * incomplete, saying in French where the source stopped, and gives what it read before the cut.
 */
class TruncatedSourcesTest {

    private static final String RNA_HEADER = "id;titre;objet;adrs_numvoie;adrs_repetition;adrs_typevoie;adrs_libvoie;adrs_codeinsee;"
            + "adrs_codepostal;date_disso;position\n";
    private static final String RNA_LINE_2 = "W731000201;LES JARDINS DE BISSY;jardinage;12;B;CHEMIN;FICTIF;73065;73000;0001-01-01;A\n";
    private static final String RNA_LINE_3 = "W731000202;CLUB DE BASKET;\"basket; loisir et compétition\";21;;AVENUE;IMAGINAIRE;73065;73000;0001-01-01;A\n";
    private static final String RNA = RNA_HEADER + RNA_LINE_2 + RNA_LINE_3;

    private static final String CSV_HEADER = "id;rna;nom;theme;quartier;objet;adresse;code_postal;telephone;email;site_web;url\n";
    private static final String CSV_LINE_2 = "401;W731000401;Œuvres sociales;Solidarité;Biollay;Entraide;2 place de la Démonstration;73000;;;;\n";
    private static final String CSV_LINE_3 = "402;;Cercle d'échecs;Loisirs;Centre;\"Jouer; apprendre\naux échecs\";1 rue de l'Illustration;73000;;echecs@exemple.org;;\n";
    private static final String CSV = CSV_HEADER + CSV_LINE_2 + CSV_LINE_3;

    /** A real HTTP server, started once for the class and reset before each test by its JUnit 5 extension. */
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();
    private final SourceHttp http = new SourceHttp(Duration.ofSeconds(2), Duration.ofMillis(300));
    private final Fetcher fetcher = url -> http.get(url, null, null).body();

    /** The RNA file cut at each kind of place: the message names the line and what is wrong. */
    static Stream<Arguments> rnaCuts() {
        return Stream.of(
                Arguments.of("inside a quoted field", cutAfter(RNA, "basket; loi"), "tronqué à la ligne 3 : un champ entre guillemets n'est pas refermé"),
                Arguments.of("between two fields", cutAfter(RNA, "CLUB DE BASKET;"),
                        "à la ligne 3 : 3 champs au lieu de 11 (colonnes manquantes : adrs_numvoie, adrs_repetition"),
                Arguments.of("inside a field", RNA_HEADER + RNA_LINE_2 + "W7310002", "à la ligne 3 : 1 champs au lieu de 11"),
                Arguments.of("just after the last field, without the line end", RNA.substring(0, RNA.length() - 1),
                        "tronqué à la ligne 3 : sa dernière ligne n'a pas de fin de ligne"));
    }

    @ParameterizedTest(name = "cut {0}")
    @MethodSource("rnaCuts")
    void anRnaFileCutShortIsIncompleteAndSaysWhere(String where, String cut, String expected) {
        List<RnaEntry> read = new ArrayList<>();
        assertThatThrownBy(() -> RnaFile.read(new ByteArrayInputStream(cut.getBytes(StandardCharsets.ISO_8859_1)), read::add))
                .isInstanceOf(IncompleteSourceException.class).hasMessageStartingWith("Le fichier RNA").hasMessageContaining(expected);
        assertThat(read).extracting(RnaEntry::number).containsExactly("W731000201");
    }

    @Test
    void theWholeRnaFileIsReadToItsEnd() {
        List<RnaEntry> read = new ArrayList<>();
        assertThat(RnaFile.read(new ByteArrayInputStream(RNA.getBytes(StandardCharsets.ISO_8859_1)), read::add)).isEqualTo(2);
        assertThat(read).extracting(RnaEntry::purpose).containsExactly("jardinage", "basket; loisir et compétition");
    }

    @Test
    void anRnaZipCutInsideItsEntryIsIncomplete() {
        byte[] zip = zipped(RNA.getBytes(StandardCharsets.ISO_8859_1));
        for (int length : new int[] {zip.length - 110, zip.length / 2, 45}) {
            byte[] cut = Arrays.copyOf(zip, length);
            assertThatThrownBy(() -> RnaFile.read(new ByteArrayInputStream(cut), e -> { })).as("zip cut at %d of %d", length, zip.length)
                    .isInstanceOf(IncompleteSourceException.class).hasMessageStartingWith("Le fichier RNA est")
                    .hasMessageNotContaining("Exception :");
        }
    }

    @Test
    void anRnaZipWhoseContentDoesNotMatchItsChecksumIsIncomplete() {
        String longFile = RNA_HEADER + RNA_LINE_2.repeat(200) + RNA_LINE_3;
        byte[] stored = storedZip(longFile.getBytes(StandardCharsets.ISO_8859_1));
        int inside = indexOf(stored, "LES JARDINS".getBytes(StandardCharsets.ISO_8859_1)) + 4;
        stored[inside] = 'X';
        assertThatThrownBy(() -> RnaFile.read(new ByteArrayInputStream(stored), e -> { }))
                .isInstanceOf(IncompleteSourceException.class)
                .hasMessageContaining("l'archive ZIP est corrompue (taille ou somme de contrôle de son contenu incorrecte)");
    }

    static Stream<Arguments> csvCuts() {
        return Stream.of(
                Arguments.of("inside a quoted field", cutAfter(CSV, "apprendre\naux"), "tronqué à la ligne 3 : un champ entre guillemets n'est pas refermé"),
                Arguments.of("between two fields", cutAfter(CSV, "Cercle d'échecs;"),
                        "à la ligne 3 : 4 champs au lieu de 12 (colonnes manquantes : quartier, objet"),
                Arguments.of("just after the last field, without the line end", CSV.substring(0, CSV.length() - 1),
                        "tronqué à la ligne 4 : sa dernière ligne n'a pas de fin de ligne"));
    }

    @ParameterizedTest(name = "cut {0}")
    @MethodSource("csvCuts")
    void aCsvExportCutShortIsIncompleteAndSaysWhere(String where, String cut, String expected) {
        serve("/export.csv", cut.getBytes(StandardCharsets.UTF_8));
        List<DirectoryRecord> read = new ArrayList<>();
        assertThatThrownBy(() -> new ExportDirectorySource(url("/export.csv"), fetcher).read(read::add))
                .isInstanceOf(IncompleteSourceException.class).hasMessageStartingWith("L'export CSV " + url("/export.csv"))
                .hasMessageContaining(expected);
        assertThat(read).extracting(DirectoryRecord::name).containsExactly("Œuvres sociales");
    }

    @Test
    void aJsonExportCutBetweenTwoAssociationsIsIncomplete() {
        String json = "[{\"id\": \"501\", \"nom\": \"Boxe éducative\"},\n {\"id\": \"502\", \"nom\": \"Chorale\"},\n {\"id\": \"503\", \"nom\": \"Échecs\"}]";
        for (String cut : List.of(cutAfter(json, "\"Chorale\"},"), cutAfter(json, "\"Chorale\"}"), json.substring(0, json.length() - 1))) {
            serve("/export.json", cut.getBytes(StandardCharsets.UTF_8));
            List<DirectoryRecord> read = new ArrayList<>();
            assertThatThrownBy(() -> new ExportDirectorySource(url("/export.json"), fetcher).read(read::add)).as(cut)
                    .isInstanceOf(IncompleteSourceException.class).hasMessageStartingWith("L'export JSON " + url("/export.json") + " est tronqué");
            assertThat(read).as(cut).extracting(DirectoryRecord::name).startsWith("Boxe éducative", "Chorale");
        }
        serve("/export.json", json.getBytes(StandardCharsets.UTF_8));
        List<DirectoryRecord> whole = new ArrayList<>();
        new ExportDirectorySource(url("/export.json"), fetcher).read(whole::add);
        assertThat(whole).hasSize(3);
    }

    @Test
    void anHtmlListingWhoseLastPageFailsIsIncomplete() {
        serve("/annuaire.htm", page("Boxe", "/annuaire.htm?page=2").getBytes(StandardCharsets.UTF_8));
        server.stubFor(get(urlEqualTo("/annuaire.htm?page=2")).willReturn(aResponse().withStatus(404)));
        List<DirectoryRecord> read = new ArrayList<>();
        assertThatThrownBy(() -> new HtmlDirectorySource(url("/annuaire.htm"), HtmlSelectors.defaults(), fetcher, 10).read(read::add))
                .isInstanceOf(IncompleteSourceException.class)
                .hasMessageStartingWith("La page 2 de l'annuaire (" + url("/annuaire.htm?page=2") + ") n'a pas pu être lue");
        assertThat(read).extracting(DirectoryRecord::name).containsExactly("Boxe");
    }

    @Test
    void anHtmlListingLongerThanItsPageLimitIsIncomplete() {
        serve("/annuaire.htm", page("Boxe", "/annuaire.htm?page=2").getBytes(StandardCharsets.UTF_8));
        serve("/annuaire.htm?page=2", page("Chorale", "/annuaire.htm?page=3").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new HtmlDirectorySource(url("/annuaire.htm"), HtmlSelectors.defaults(), fetcher, 2).read(r -> { }))
                .isInstanceOf(IncompleteSourceException.class).hasMessageContaining("plus de 2 pages (cqc.directory.html.max-pages)");
    }

    @Test
    void anHtmlListingWhoseNextLinkLoopsBackIsIncomplete() {
        serve("/annuaire.htm", page("Boxe", "/annuaire.htm?page=2").getBytes(StandardCharsets.UTF_8));
        serve("/annuaire.htm?page=2", page("Chorale", "/annuaire.htm").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new HtmlDirectorySource(url("/annuaire.htm"), HtmlSelectors.defaults(), fetcher, 10).read(r -> { }))
                .isInstanceOf(IncompleteSourceException.class).hasMessageContaining("renvoie à une page déjà lue");
    }

    private static String page(String name, String next) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><title>Annuaire</title></head><body><article class=\"asso\"><h2 class=\"asso-nom\">"
                + name + "</h2></article><nav><a rel=\"next\" href=\"" + next + "\">Suivante</a></nav></body></html>";
    }

    private static String cutAfter(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException(marker);
        }
        return text.substring(0, at + marker.length());
    }

    private static void serve(String path, byte[] body) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withBody(body)));
    }

    private static String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    private static byte[] zipped(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("rna_waldec_20261101_dpt_73.csv"));
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An uncompressed entry, whose bytes can be altered without breaking the compression itself. */
    private static byte[] storedZip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("rna_waldec_20261101_dpt_73.csv");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
