package fr.chambery.cqc.web.document;

import fr.chambery.cqc.core.document.SampleFiles;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents API and the file downloads against a real Payara: upload with a bearer token, listing,
 * search in the files' text, conditional and partial downloads, and every refusal, each leaving nothing
 * behind (no row, no file).
 */
class DocumentApiIT extends DeployedApplication {

    private static final Path STORE = Path.of(System.getProperty("cqc.tmpdir"), "data", "documents");
    private static final String PASSWORD = "une-phrase-de-passe-assez-longue";

    private final HttpClient client = HttpClient.newHttpClient();
    private Http http;
    private String space;
    private String token;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        space = "docs-" + UUID.randomUUID().toString().substring(0, 8);
        http.post("api/test-fixtures/assemblies?slug=" + space + "&components=documents");
        token = tokenOf("MODERATEUR", space);
    }

    @Test
    void theDemoGuideIsInTheGuidesCollectionAndDownloadsWithItsHeaders() {
        JsonObject list = Http.json(http.get("api/assemblies/conseils-de-quartier-citoyens/documents", "application/json")).asJsonObject();
        assertThat(list.getJsonArray("collections").getJsonObject(0).getString("name")).isEqualTo("Guides méthodologiques");
        JsonObject guide = list.getJsonArray("items").getJsonObject(0);
        assertThat(guide.getString("collection")).isEqualTo("Guides méthodologiques");
        assertThat(guide.getString("title")).isEqualTo("Guide de l'animation de réunion");
        assertThat(guide.getString("mediaType")).isEqualTo("application/pdf");

        HttpResponse<byte[]> file = bytes(HttpRequest.newBuilder(java.net.URI.create(guide.getString("file"))).build());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(SampleFiles.guidePdf());
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''guide-animation-reunion.pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Last-Modified")).isPresent();
        String etag = file.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = bytes(HttpRequest.newBuilder(java.net.URI.create(guide.getString("file"))).header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);

        HttpResponse<byte[]> part = bytes(HttpRequest.newBuilder(java.net.URI.create(guide.getString("file"))).header("Range", "bytes=0-7").build());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(new String(part.body(), StandardCharsets.US_ASCII)).isEqualTo(new String(SampleFiles.guidePdf(), 0, 8, StandardCharsets.US_ASCII));
        assertThat(part.headers().firstValue("Content-Range").orElseThrow()).startsWith("bytes 0-7/");
    }

    @Test
    void anUploadedDocumentIsHiddenUntilPublishedThenFoundByTheWordsOfItsText() {
        HttpResponse<String> created = upload("compte-rendu.docx", "Compte rendu de la plénière", SampleFiles.docx(
                "Nous avons parlé du réaménagement de la place Œuvre-Commune " + space), "");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject document = Http.json(created).asJsonObject();
        assertThat(document.getBoolean("published")).isFalse();
        assertThat(document.getString("format")).isEqualTo("DOCX");
        int id = document.getInt("id");

        assertThat(http.get("api/documents/" + id, "application/json").statusCode()).isEqualTo(404);
        assertThat(bytes(HttpRequest.newBuilder(java.net.URI.create(document.getString("file"))).build()).statusCode()).isEqualTo(404);

        HttpResponse<String> published = upload("odj.txt", "Ordre du jour", "Ordre du jour : bilan des jardins partagés".getBytes(StandardCharsets.UTF_8), "&publish=true");
        assertThat(published.statusCode()).isEqualTo(201);
        assertThat(Http.json(http.get("api/assemblies/" + space + "/documents?q=" + enc("JARDINS partages"), "application/json"))
                .asJsonObject().getJsonArray("items")).hasSize(1);
        assertThat(Http.json(http.get("api/assemblies/" + space + "/documents?q=reamenagement", "application/json"))
                .asJsonObject().getJsonArray("items")).as("unpublished documents are not searched").isEmpty();
    }

    @Test
    void aSpacesDocumentsArePagedInTheirPublicOrderAsEveryList() {
        for (String title : List.of("Premier", "Deuxième", "Troisième")) {
            assertThat(upload(title.toLowerCase(java.util.Locale.ROOT) + ".txt", title,
                    ("Texte du document " + title).getBytes(StandardCharsets.UTF_8), "&publish=true").statusCode()).isEqualTo(201);
        }
        HttpResponse<String> first = http.get("api/assemblies/" + space + "/documents?size=2", "application/json");
        JsonObject page = Http.json(first).asJsonObject();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(d -> d.getString("title"))
                .containsExactly("Premier", "Deuxième");
        assertThat(List.of(page.getInt("page"), page.getInt("size"), page.getInt("total"), page.getInt("pages"))).containsExactly(1, 2, 3, 2);
        assertThat(first.headers().firstValue("X-Total-Count")).contains("3");
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link).contains("rel=\"next\"", "page=2"));
        JsonObject second = Http.json(http.get("api/assemblies/" + space + "/documents?size=2&page=2", "application/json")).asJsonObject();
        assertThat(second.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(d -> d.getString("title"))
                .containsExactly("Troisième");
        JsonObject found = Http.json(http.get("api/assemblies/" + space + "/documents?q=document&size=1&page=3", "application/json")).asJsonObject();
        assertThat(List.of(found.getInt("total"), found.getInt("pages"))).as("a search pages the same way").containsExactly(3, 3);
        assertThat(found.getJsonArray("items")).hasSize(1);
    }

    @Test
    void aNewVersionReplacesTheFileAndKeepsTheDocument() {
        int id = Http.json(upload("guide.pdf", "Guide", SampleFiles.guidePdf(), "&publish=true")).asJsonObject().getInt("id");
        HttpResponse<String> replaced = send(HttpRequest.newBuilder(http.uri("api/documents/" + id + "/file?filename=guide-v2.docx"))
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(SampleFiles.docx("Deuxième version du guide"))).build());
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonObject document = Http.json(http.get("api/documents/" + id, "application/json")).asJsonObject();
        assertThat(document.getInt("version")).isEqualTo(2);
        assertThat(document.getString("fileName")).isEqualTo("guide-v2.docx");
        HttpResponse<byte[]> file = bytes(HttpRequest.newBuilder(java.net.URI.create(document.getString("file"))).build());
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void everyRefusalIsAProblemInFrenchAndLeavesNothingBehind() {
        List<Path> before = storedFiles();
        assertRefused(upload("gros.pdf", "Trop gros", new byte[2 * 1024 * 1024 + 1], ""), 413, "dépasse la taille maximale de 2 Mo");
        assertRefused(upload("vide.pdf", "Vide", new byte[0], ""), 400, "Le fichier est vide.");
        assertRefused(upload("guide.pdf", "HTML", SampleFiles.html(), ""), 415, "page HTML");
        assertRefused(upload("logo.pdf", "SVG", SampleFiles.svg(), ""), 415, "image SVG");
        assertRefused(upload("setup.pdf", "Programme", SampleFiles.windowsExecutable(), ""), 415, "programme exécutable");
        assertRefused(upload("guide.docx", "Nom trompeur", SampleFiles.guidePdf(), ""), 415, "est un fichier PDF");
        assertRefused(upload("compte-rendu.docx", "Bombe", SampleFiles.zipBombDocx(), ""), 422, "bombe de décompression");
        assertRefused(upload("compte-rendu.odt", "Bombe", SampleFiles.zipBombOdt(), ""), 422, "bombe de décompression");
        assertRefused(upload("compte-rendu.docx", "Bombe méconnaissable", SampleFiles.zipBombDocxUnrecognised(), ""), 415,
                "document Office de type inconnu");
        assertRefused(upload("../../guide.pdf", "Chemin", SampleFiles.guidePdf(), ""), 400, "« / »");
        assertRefused(upload("guide\u0007.pdf", "Contrôle", SampleFiles.guidePdf(), ""), 400, "caractères de contrôle");
        assertRefused(upload("guide.pdf", "", SampleFiles.guidePdf(), ""), 400, "Donnez un titre au document.");
        assertRefused(upload("guide.pdf", "Collection", SampleFiles.guidePdf(), "&collection=Inconnue"), 400, "Collection inconnue");

        assertThat(storedFiles()).isEqualTo(before);
        JsonObject list = Http.json(http.get("api/assemblies/" + space + "/documents", "application/json")).asJsonObject();
        assertThat(list.getJsonArray("items")).isEmpty();
    }

    @Test
    void theSameRefusalsReadInEnglishForACallerWhoseAcceptLanguageAsksForIt() {
        HttpResponse<String> html = send(uploadRequest("guide.pdf", "HTML", SampleFiles.html(), "")
                .header("Accept-Language", "en-GB,en;q=0.9").build());
        assertRefused(html, 415, "The content of \"guide.pdf\" is not of an accepted type (HTML page). Accepted types: ");
        assertThat(Http.json(html).asJsonObject().getString("detail")).doesNotContain("page HTML", "Le contenu");
        HttpResponse<String> empty = send(uploadRequest("vide.pdf", "Vide", new byte[0], "")
                .header("Accept-Language", "en").build());
        assertRefused(empty, 400, "The file is empty.");
        HttpResponse<String> german = send(uploadRequest("vide.pdf", "Vide", new byte[0], "")
                .header("Accept-Language", "de").build());
        assertRefused(german, 400, "Le fichier est vide.");
    }

    @Test
    void aDocumentAttachedToAMeetingIsListedOnTheMeetingsPage() {
        token = tokenOf("ADMINISTRATEUR", "bissy");
        JsonObject meeting = Http.json(http.get("api/assemblies/bissy/meetings", "application/json")).asJsonObject()
                .getJsonArray("items").getJsonObject(0);
        int meetingId = meeting.getInt("id");
        space = "bissy";
        HttpResponse<String> created = upload("ordre-du-jour.txt", "Ordre du jour détaillé " + UUID.randomUUID(),
                "Accueil, bilan, propositions".getBytes(StandardCharsets.UTF_8), "&publish=true&meeting=" + meetingId);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String title = Http.json(created).asJsonObject().getString("title");
        String page = http.get("assemblies/bissy/meetings/" + meetingId, "text/html").body();
        assertThat(page).contains("Documents de la rencontre", title);
        assertThat(upload("x.txt", "Autre", "x".getBytes(StandardCharsets.UTF_8), "&meeting=999999").statusCode())
                .as("a meeting of another space").isEqualTo(400);
    }

    @Test
    void writesNeedATokenWithRightsOnTheSpace() {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(http.uri("api/assemblies/" + space + "/documents?filename=a.txt&title=A"))
                .POST(HttpRequest.BodyPublishers.ofString("texte")).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String other = "autre-" + UUID.randomUUID().toString().substring(0, 8);
        http.post("api/test-fixtures/assemblies?slug=" + other + "&components=documents");
        token = tokenOf("MODERATEUR", other);
        assertThat(upload("a.txt", "A", "texte".getBytes(StandardCharsets.UTF_8), "").statusCode()).isEqualTo(403);
        assertThat(http.get("api/assemblies/inconnu-" + space + "/documents", "application/json").statusCode()).isEqualTo(404);
    }

    private void assertRefused(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Http.contentType(response)).hasValue("application/problem+json");
        assertThat(Http.json(response).asJsonObject().getString("detail")).contains(detail);
    }

    private HttpResponse<String> upload(String fileName, String title, byte[] content, String more) {
        return send(uploadRequest(fileName, title, content, more).build());
    }

    private HttpRequest.Builder uploadRequest(String fileName, String title, byte[] content, String more) {
        return HttpRequest.newBuilder(http.uri("api/assemblies/" + space + "/documents?filename=" + enc(fileName)
                        + "&title=" + enc(title) + more))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private String tokenOf(String role, String moderated) {
        String email = "api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        http.post("api/test-fixtures/accounts?email=" + email + "&role=" + role + "&password=" + PASSWORD
                + "&secret=JBSWY3DPEHPK3PXP&spaces=" + moderated);
        return http.post("api/test-fixtures/tokens?email=" + email).body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return Http.send(client, request);
    }

    private HttpResponse<byte[]> bytes(HttpRequest request) {
        return Http.send(client, request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Path> storedFiles() {
        try (Stream<Path> files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
