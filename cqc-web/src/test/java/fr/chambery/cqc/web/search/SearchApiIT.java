package fr.chambery.cqc.web.search;

import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static fr.chambery.cqc.web.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The site search's API, the open-data archive, the sitemap, robots.txt and the pages' descriptions, on the
 * deployed application with the demo content, as a program (or a search engine) meets them.
 */
class SearchApiIT extends DeployedApplication {

    private static final String JSON = "application/json";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private Http http;

    @BeforeEach
    void connect() {
        http = new Http(url);
    }

    private JsonObject search(String query) {
        HttpResponse<String> response = http.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).asJsonObject();
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("title")).toList();
    }

    @Test
    void findsSpacesMeetingsDocumentsAndAssociationsPagedAsEveryListOfTheApi() {
        http.post("api/test-fixtures/assemblies/bissy/associations?count=4");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles(search("bissy"))).contains("Jardins partagés bissy 0"));
        JsonObject bissy = search("BISSY");
        assertThat(bissy.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("kind")).distinct().toList())
                .as("grouped by kind, in the kinds' order").containsSubsequence("spaces", "meetings", "associations");
        assertThat(bissy.keySet()).containsExactlyInAnyOrder("items", "page", "size", "total", "pages");
        JsonObject space = bissy.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("title").equals("CQC Bissy")).findFirst().orElseThrow();
        assertThat(space.getString("kind")).isEqualTo("spaces");
        assertThat(space.getString("title")).isEqualTo("CQC Bissy");
        assertThat(space.getString("url")).endsWith("/assemblies/bissy");
        JsonObject meeting = bissy.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("kind").equals("meetings")).findFirst().orElseThrow();
        assertThat(meeting.getString("space")).isEqualTo("bissy");
        assertThat(meeting.getString("date")).isNotBlank();

        JsonObject document = json(http.get("api/search?kind=documents&q=" + URLEncoder.encode("animations réunions", StandardCharsets.UTF_8), JSON))
                .asJsonObject().getJsonArray("items").getJsonObject(0);
        assertThat(document.getString("kind")).isEqualTo("documents");
        assertThat(document.getString("title")).isEqualTo("Guide de l'animation de réunion");
        HttpResponse<byte[]> file = Http.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(java.net.URI.create(document.getString("url"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).as("the result's address is its file").isEqualTo(200);

        JsonObject fileText = search("fonctionnement collégiaux");
        assertThat(titles(fileText)).contains("Fonctionnement des CQC");
        JsonObject highlighted = fileText.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("title").equals("Fonctionnement des CQC")).findFirst().orElseThrow();
        assertThat(highlighted.getJsonArray("highlights").getValuesAs(jakarta.json.JsonString::getString))
                .as("a word of the file's text, not of the title or description").contains("collégial");

        HttpResponse<String> paged = http.get("api/search?q=jardins&size=1&page=2", JSON);
        assertThat(paged.statusCode()).isEqualTo(200);
        assertThat(json(paged).asJsonObject().getInt("page")).isEqualTo(2);
        assertThat(paged.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(paged.headers().allValues("Link")).anySatisfy(l -> assertThat(l).contains("rel=\"prev\""));
        assertThat(titles(json(http.get("api/search?q=jardins&kind=associations&space=bissy", JSON)).asJsonObject()))
                .isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("Jardins partagés bissy"));
    }

    @Test
    void theSearchIsInTheOpenApiDocument() {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(http.get("/openapi", "*/*").body()).contains("/api/search", "Rechercher dans tout ce qui est public"));
    }

    @Test
    void answersEveryBadQueryWithAClearFrenchProblemNeverAServerError() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("api/search", "saisissez un ou plusieurs mots");
        bad.put("api/search?q=", "saisissez un ou plusieurs mots");
        bad.put("api/search?q=" + "a".repeat(500), "trop longue (200 caractères au plus)");
        bad.put("api/search?q=%25", "au moins un mot");
        bad.put("api/search?q=_", "au moins un mot");
        bad.put("api/search?q=%25_%25__", "au moins un mot");
        bad.put("api/search?q=%22%22%20%26%20%7C%20!", "au moins un mot");
        bad.put("api/search?q=le%20la%20les", "au moins un mot");
        bad.put("api/search?q=" + URLEncoder.encode("a b c d e f g h i j k l m n", StandardCharsets.UTF_8), "trop de mots (12 au plus)");
        bad.put("api/search?q=jardin&kind=inconnu", "aucun type de résultat « inconnu »");
        bad.put("api/search?q=jardin&size=1000", "size de 1 à 100");
        bad.forEach((request, said) -> {
            HttpResponse<String> response = http.get(request, JSON);
            assertThat(response.statusCode()).as(request).isEqualTo(400);
            assertThat(Http.contentType(response)).as(request).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(response).asJsonObject().getString("detail")).as(request).contains(said);
        });
        assertThat(http.get("api/search?q=jardin&space=nulle-part", JSON).statusCode()).isEqualTo(404);
        for (String accepted : List.of("\"plénière\" & !bissy | (cqc)", "plénière:* <-> bissy", "bissy%", "bis_sy", "'; DROP TABLE search_entry; --")) {
            HttpResponse<String> response = http.get("api/search?q=" + URLEncoder.encode(accepted, StandardCharsets.UTF_8), JSON);
            assertThat(response.statusCode()).as(accepted).isEqualTo(200);
        }
        assertThat(titles(search("\"bissy\" & plénière"))).as("quotes and operators are punctuation; every word required")
                .contains("Plénière du conseil de quartier citoyen de Bissy").isEqualTo(titles(search("bissy plénière")))
                .doesNotContain("CQC Biollay");
    }

    @Test
    void aSearchCostsTheSameStatementsWhateverThePlatformHolds() {
        search("espace");
        long before = http.sqlStatements();
        search("espace");
        long small = http.sqlStatements() - before;
        http.post("api/test-fixtures/assemblies/conseils-de-quartier-citoyens/sub-spaces?count=40&components=meetings");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(search("espace").getInt("total")).isGreaterThanOrEqualTo(40));
        assertThat(small).isLessThanOrEqualTo(2);
        await("once the background rebuild is over, whose statements the metric also counts").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    long start = http.sqlStatements();
                    search("espace");
                    assertThat(http.sqlStatements() - start).isEqualTo(small);
                });
    }

    @Test
    void unpublishedSpacesNeverShowAndNewOnesDoOnceCommitted() {
        http.post("api/test-fixtures/assemblies?slug=verger-cache&published=false&components=meetings");
        http.post("api/test-fixtures/assemblies?slug=verger-public&components=meetings");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles(search("verger"))).contains("Espace verger-public"));
        assertThat(titles(search("verger"))).doesNotContain("Espace verger-cache");
        assertThat(http.get("sitemap.xml", "*/*").body()).contains("/assemblies/verger-public").doesNotContain("verger-cache");
    }

    @Test
    void theOpenDataArchiveIsServedWithItsTagEveryFileParsesAndNoneHoldsAnEmailAddress() throws IOException {
        http.post("api/test-fixtures/assemblies/bissy/associations?count=4");
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(files(client).get("associations.csv")).contains("Jardins partagés bissy 0"));
        HttpResponse<byte[]> zip = Http.send(client, HttpRequest.newBuilder(http.uri("open-data/cqc-open-data.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(zip)).hasValue("application/zip");
        String etag = zip.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = Http.send(client, HttpRequest.newBuilder(http.uri("open-data/cqc-open-data.zip"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);

        Map<String, String> files = unzip(zip.body());
        assertThat(files).containsKeys("espaces.csv", "espaces.json", "rencontres.csv", "rencontres.json", "documents.csv",
                "documents.json", "associations.csv", "associations.json", "datapackage.json", "LICENCE.txt");
        JsonArray resources = Json.createReader(new StringReader(files.get("datapackage.json"))).readObject().getJsonArray("resources");
        for (JsonValue resource : resources) {
            String path = resource.asJsonObject().getString("path");
            assertThat(files).as(path).containsKey(path);
            if (path.endsWith(".json")) {
                Json.createReader(new StringReader(files.get(path))).readArray();
            }
        }
        files.forEach((name, content) -> assertThat(EMAIL.matcher(content).find()).as(name + " holds an e-mail address").isFalse());
        assertThat(files.get("documents.csv")).contains("/files/", "Guide de l'animation de réunion");
        assertThat(files).as("the fabrique's files, from its component").containsKeys("sujets.csv", "sujets.json", "projets.csv",
                "projets.json", "priorisations.csv", "priorisations.json");
        assertThat(files.get("sujets.csv")).contains("Un composteur collectif");
        assertThat(files.get("projets.json")).contains("inauguré");
        files.forEach((name, content) -> assertThat(content).as(name + " names no member of the demo's councils")
                .doesNotContain("Camille", "Dominique", "Membre exemple"));

        Document page = Jsoup.parse(http.get("open-data", "text/html").body());
        assertThat(page.select("h1").text()).isEqualTo("Données ouvertes");
        assertThat(page.select("a[href$=cqc-open-data.zip]")).isNotEmpty();
        assertThat(page.select("a[rel~=license]").attr("href")).contains("etalab");
    }

    private Map<String, String> files(HttpClient client) throws IOException {
        HttpResponse<byte[]> zip = Http.send(client, HttpRequest.newBuilder(http.uri("open-data/cqc-open-data.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return zip.statusCode() == 200 ? unzip(zip.body()) : Map.of();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void searchEnginesGetTheSitemapTheRobotsRulesAndEachPagesDescription() {
        HttpResponse<String> sitemap = http.get("sitemap.xml", "*/*");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(sitemap)).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        Document xml = Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locations = xml.select("url > loc").eachText();
        assertThat(locations).anySatisfy(l -> assertThat(l).endsWith("/assemblies/bissy"))
                .anySatisfy(l -> assertThat(l).containsPattern("/assemblies/[a-z0-9-]+/meetings/\\d+$"))
                .anySatisfy(l -> assertThat(l).contains("/files/"))
                .allSatisfy(l -> assertThat(l).startsWith("http").doesNotContain("#", "/admin", "/membership"));

        HttpResponse<String> robots = http.get("robots.txt", "*/*");
        assertThat(robots.statusCode()).isEqualTo(200);
        String root = url.getPath().replaceAll("/$", "");
        assertThat(robots.body().lines().toList()).contains("User-agent: *", "Disallow: " + root + "/admin",
                        "Disallow: " + root + "/membership", "Disallow: " + root + "/login")
                .anySatisfy(l -> assertThat(l).startsWith("Sitemap: http").endsWith("/sitemap.xml"));

        Document bissy = Jsoup.parse(http.get("assemblies/bissy", "text/html").body());
        String description = bissy.select("meta[name=description]").attr("content");
        assertThat(description).isNotBlank().doesNotContain("<");
        assertThat(bissy.select("meta[property=og:description]").attr("content")).isEqualTo(description);
        assertThat(bissy.select("meta[property=og:title]").attr("content")).isEqualTo("CQC Bissy");
        assertThat(bissy.select("meta[property=og:url]").attr("content")).endsWith("/assemblies/bissy");
        String meetingPage = locations.stream().filter(l -> l.matches(".*/assemblies/[a-z0-9-]+/meetings/\\d+$")).findFirst().orElseThrow();
        Document meeting = Jsoup.parse(Http.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(java.net.URI.create(meetingPage)).build()).body());
        assertThat(meeting.select("meta[property=og:title]").attr("content")).as("a meeting's page tells its own title")
                .isEqualTo(meeting.select("h1").text());
        assertThat(meeting.select("meta[name=description]").attr("content")).isNotBlank().doesNotContain("<");
        Document home = Jsoup.parse(http.get("", "text/html").body());
        assertThat(home.select("meta[name=description]").attr("content")).as("the site's own, on a page without one")
                .startsWith("Chambéry participe");
        assertThat(home.select("meta[name=description]").attr("content")).isNotEqualTo(description);
    }
}
