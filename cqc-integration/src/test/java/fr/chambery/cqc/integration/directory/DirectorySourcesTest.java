package fr.chambery.cqc.integration.directory;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import fr.chambery.cqc.core.association.CheckedRecord;
import fr.chambery.cqc.core.association.DirectoryRecord;
import fr.chambery.cqc.core.association.RnaEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every source format read from a real HTTP server (WireMock) serving the directory's fixtures: the
 * listing pages and their details (UTF-8 and ISO-8859-1, é œ ’ and non-breaking spaces), the exports
 * (JSON, CSV with or without BOM, ISO-8859-1, quoted line breaks), the RNA file (zipped or not), and the
 * faults: truncated pages, pages that are not a directory, 429, 5xx, 404, conditional requests.
 */
class DirectorySourcesTest {

    /** A real HTTP server, started once for the class and reset before each test by its JUnit 5 extension. */
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();
    /** A timeout generous enough for a loaded machine; the test of timeouts has a short one of its own. */
    private final SourceHttp http = new SourceHttp(Duration.ofSeconds(10), Duration.ofMillis(300));
    private final Fetcher fetcher = url -> http.get(url, null, null).body();

    @BeforeEach
    void stubs() {
        html("/949-annuaire-des-associations.htm", "page1.html");
        server.stubFor(get(urlEqualTo("/949-annuaire-des-associations.htm?page=2"))
                .willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(Fixtures.bytes("page2.html"))));
        for (int id = 201; id <= 207; id++) {
            html("/949-annuaire-des-associations/" + id + "-" + slug(id) + ".htm", "detail-" + id + ".html");
        }
    }

    @Test
    void readsEveryPageAndDetailWithItsAccentsAndSpaces() {
        List<DirectoryRecord> records = read(new HtmlDirectorySource(url("/949-annuaire-des-associations.htm"), HtmlSelectors.defaults(), fetcher, 10));
        assertThat(records).hasSize(7);
        CheckedRecord jardins = CheckedRecord.check(records.getFirst()).record().orElseThrow();
        assertThat(jardins.name()).isEqualTo("Les Jardins de l’Œuvre commune");
        assertThat(jardins.purpose()).isEqualTo("Cultiver ensemble, partager les récoltes : un jardin pour tous.");
        assertThat(jardins.address()).isEqualTo("8 chemin Fictif, 73000 Chambéry");
        assertThat(jardins.postcode()).isEqualTo("73000");
        assertThat(jardins.directoryId()).isEqualTo("201");
        assertThat(jardins.rnaNumber()).isEqualTo("W731000201");
        assertThat(jardins.email()).isEqualTo("jardins@exemple.org");
        assertThat(jardins.quartier()).isEqualTo("Bissy");
        assertThat(CheckedRecord.check(records.get(3)).record().orElseThrow().website()).isEqualTo("https://chorale.exemple.org");
        assertThat(CheckedRecord.check(records.get(4)).reason()).isEqualTo("sans nom");
        assertThat(CheckedRecord.check(records.get(5)).reason()).isEqualTo("adresse e-mail mal formée : amicale-at-exemple.org");
    }

    @Test
    void readsAPageInIsoLatin1() {
        html("/latin1.htm", "latin1.html");
        server.stubFor(get(urlPathEqualTo("/949-annuaire-des-associations/301-theatre.htm"))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(Fixtures.bytes("detail-301.html"))));
        List<DirectoryRecord> records = read(new HtmlDirectorySource(url("/latin1.htm"), HtmlSelectors.defaults(), fetcher, 10));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Théâtre de la Cité");
            assertThat(r.quartier()).isEqualTo("Chambéry-le-Vieux");
            assertThat(r.address()).isEqualTo("3 rue de l'Église, 73000 Chambéry");
        });
    }

    @Test
    void aTruncatedPageMakesTheCrawlIncompleteKeepingWhatWasRead() {
        byte[] page2 = Fixtures.bytes("page2.html");
        server.stubFor(get(urlEqualTo("/949-annuaire-des-associations.htm?page=2"))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(java.util.Arrays.copyOf(page2, page2.length / 2))));
        List<DirectoryRecord> read = new ArrayList<>();
        assertThatThrownBy(() -> new HtmlDirectorySource(url("/949-annuaire-des-associations.htm"), HtmlSelectors.defaults(), fetcher, 10).read(read::add))
                .isInstanceOf(IncompleteSourceException.class).hasMessageContaining("tronquée");
        assertThat(read).hasSize(3);
    }

    @Test
    void aPageThatIsNotTheDirectoryFailsTheRun() {
        server.stubFor(get(urlEqualTo("/connexion.htm")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html><body><form><input name=login></form></body></html>")));
        assertThatThrownBy(() -> read(new HtmlDirectorySource(url("/connexion.htm"), HtmlSelectors.defaults(), fetcher, 10)))
                .isInstanceOf(SourceException.class).isNotInstanceOf(IncompleteSourceException.class)
                .hasMessageContaining("ne contient aucune fiche d'association");
    }

    @Test
    void readsTheExportsInEveryEncoding() {
        for (String file : List.of("export-utf8-bom.csv", "export-latin1.csv")) {
            server.stubFor(get(urlEqualTo("/" + file)).willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(Fixtures.bytes(file))));
            List<DirectoryRecord> records = read(new ExportDirectorySource(url("/" + file), fetcher));
            assertThat(records).as(file).hasSize(2);
            assertThat(records.getFirst().purpose()).as(file).isEqualTo("Entraide, épicerie solidaire\net aide aux devoirs");
            assertThat(records.getFirst().rnaNumber()).isEqualTo("W731000401");
        }
        server.stubFor(get(urlEqualTo("/export.json")).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(Fixtures.bytes("export.json"))));
        List<DirectoryRecord> json = read(new ExportDirectorySource(url("/export.json"), fetcher));
        assertThat(json).extracting(DirectoryRecord::name).containsExactly("Boxe éducative de Bellevue", "");
    }

    @Test
    void aJsonExportThatIsNotADirectoryFails() {
        server.stubFor(get(urlEqualTo("/autre.json")).willReturn(aResponse().withBody("{\"message\": \"maintenance\"}")));
        assertThatThrownBy(() -> read(new ExportDirectorySource(url("/autre.json"), fetcher)))
                .isInstanceOf(SourceException.class).hasMessageContaining("n'est pas un annuaire");
    }

    @Test
    void aCsvExportWithoutANameColumnFails() {
        server.stubFor(get(urlEqualTo("/autre.csv")).willReturn(aResponse().withBody("a;b;c\n1;2;3\n")));
        assertThatThrownBy(() -> read(new ExportDirectorySource(url("/autre.csv"), fetcher)))
                .isInstanceOf(SourceException.class).hasMessageContaining("pas de colonne « nom »");
    }

    @Test
    void aJsonExportCutBetweenItemsIsIncomplete() {
        server.stubFor(get(urlEqualTo("/coupe.json")).willReturn(aResponse().withBody("[{\"nom\": \"A\"}, {\"nom\": \"B\"")));
        assertThatThrownBy(() -> read(new ExportDirectorySource(url("/coupe.json"), fetcher)))
                .isInstanceOf(IncompleteSourceException.class);
    }

    @Test
    void streamsTheRnaFileKeepingChamberyAndMarkingDissolution() {
        List<RnaEntry> entries = new ArrayList<>();
        long lines = RnaFile.read(new ByteArrayInputStream(Fixtures.bytes("rna_waldec_73.csv")), entries::add);
        assertThat(lines).isEqualTo(3);
        assertThat(entries).extracting(RnaEntry::number).containsExactly("W731000201", "W731000401");
        assertThat(entries).extracting(RnaEntry::dissolved).containsExactly(false, true);
        assertThat(entries.getFirst().title()).isEqualTo("LES JARDINS DE L'OEUVRE COMMUNE");
    }

    @Test
    void readsTheRnaFileZipped() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("rna_waldec_20261101_dpt_73.csv"));
            zip.write(Fixtures.bytes("rna_waldec_73.csv"));
        }
        List<RnaEntry> fromZip = new ArrayList<>();
        RnaFile.read(new ByteArrayInputStream(zipped.toByteArray()), fromZip::add);
        assertThat(fromZip).hasSize(2);
    }

    @Test
    void aFileThatIsNotTheRnaFails() {
        assertThatThrownBy(() -> RnaFile.read(new ByteArrayInputStream("a;b\n1;2\n".getBytes()), e -> { }))
                .isInstanceOf(SourceException.class).hasMessageContaining("rna_waldec");
    }

    @Test
    void a429IsRetryableAfterItsRetryAfterCapped() {
        server.stubFor(get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        long before = System.nanoTime();
        assertThatThrownBy(() -> http.get(url("/busy"), null, null)).isInstanceOf(RetryableHttpException.class).hasMessageContaining("429");
        assertThat(System.nanoTime() - before).as("waited Retry-After, capped at 300 ms").isGreaterThanOrEqualTo(250_000_000L);
    }

    @Test
    void a503IsRetryable() {
        server.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> http.get(url("/down"), null, null)).isInstanceOf(RetryableHttpException.class);
    }

    @Test
    void aTimeoutIsRetryableAndSaidInFrench() {
        SourceHttp impatient = new SourceHttp(Duration.ofSeconds(2), Duration.ofMillis(300));
        server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(3_000).withBody("late")));
        assertThatThrownBy(() -> impatient.get(url("/slow"), null, null)).isInstanceOf(RetryableHttpException.class).hasMessageContaining("Délai");
    }

    @Test
    void a404IsNotRetryable() {
        server.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> http.get(url("/gone"), null, null)).isInstanceOf(SourceException.class)
                .isNotInstanceOf(RetryableHttpException.class);
    }

    @Test
    void aConditionalRequestIsAnsweredNotModified() {
        server.stubFor(get(urlEqualTo("/etag")).withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        server.stubFor(get(urlEqualTo("/etag")).withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(aResponse().withHeader("ETag", "\"v1\"").withBody("body")));
        HttpAnswer first = http.get(url("/etag"), null, null);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(http.get(url("/etag"), first.etag(), null).notModified()).isTrue();
    }

    private static void html(String path, String fixture) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(Fixtures.bytes(fixture))));
    }

    private static String slug(int id) {
        return switch (id) {
            case 201 -> "les-jardins-de-bissy";
            case 202 -> "club-de-basket";
            case 203 -> "sans-quartier";
            case 204 -> "chorale";
            case 205 -> "sans-nom";
            case 206 -> "mauvais-mail";
            default -> "quartier-inconnu";
        };
    }

    private static String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    private static List<DirectoryRecord> read(DirectorySource source) {
        List<DirectoryRecord> records = new ArrayList<>();
        source.read(records::add);
        return records;
    }
}
