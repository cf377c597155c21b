package fr.chambery.cqc.web.infrastructure;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chambery.cqc.integration.directory.Fixtures;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.StaffSignIn;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Render once, serve many, on a real Payara: an anonymous visitor's second request of a page or an API
 * answer is served from the cache of rendered answers ({@code X-Cache: hit}, the metric), with no script
 * nonce to share; a request that names someone is never served from it nor kept in it; and each kind of
 * write — a moderator's edit in the back office, a new meeting, a published document, a directory sync
 * (WireMock), a confirmed sign-up (GreenMail) — is on the very next anonymous request.
 */
class RenderedPagesIT extends DeployedApplication {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(Integer.getInteger("cqc.it.mail-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String DIRECTORY_FIRST_PAGE = "/949-annuaire-des-associations.htm";
    private static final Pattern CONFIRM_LINK = Pattern.compile("(https?://\\S+/membership/confirm\\?token=[A-Za-z0-9_-]+)");
    private static WireMockServer directory;

    /** An anonymous visitor: no cookie is ever kept. */
    private final HttpClient anonymous = HttpClient.newHttpClient();
    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String space;

    @BeforeAll
    static void startDirectory() {
        directory = new WireMockServer(options().port(Integer.getInteger("cqc.it.directory-port", 8089)).bindAddress("127.0.0.1"));
        directory.start();
    }

    @AfterAll
    static void stopDirectory() {
        directory.stop();
    }

    @BeforeEach
    void setUp() {
        http = new Http(url);
        space = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        http.post("api/test-fixtures/assemblies?slug=" + space + "&components=meetings,documents,membership,associations");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void theSecondAnonymousRequestIsServedFromTheCacheWithTheSameBytesAndNoSession() {
        for (String[] target : List.of(new String[] {"assemblies/" + space, "text/html"}, new String[] {"api/assemblies/" + space, "application/json"},
                new String[] {"assemblies/" + space + "/meetings", "text/html"}, new String[] {"assemblies", "text/html"})) {
            long hitsBefore = hits();
            HttpResponse<String> first = get(target[0], target[1]);
            HttpResponse<String> second = get(target[0], target[1]);

            assertThat(first.headers().firstValue("X-Cache")).as(target[0]).contains("miss");
            assertThat(second.headers().firstValue("X-Cache")).as(target[0]).contains("hit");
            assertThat(hits()).as("the hit is counted on /metrics").isEqualTo(hitsBefore + 1);
            assertThat(second.body()).isEqualTo(first.body());
            for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options")) {
                assertThat(second.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header)).isPresent();
            }
            assertThat(second.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();
            assertThat(first.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();

            HttpResponse<String> unchanged = Http.send(anonymous, HttpRequest.newBuilder(http.uri(target[0])).header("Accept", target[1])
                    .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build());
            assertThat(unchanged.statusCode()).isEqualTo(304);
            assertThat(unchanged.headers().firstValue("X-Cache")).contains("hit");
            HttpResponse<String> head = Http.send(anonymous, HttpRequest.newBuilder(http.uri(target[0])).header("Accept", target[1])
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        }
        HttpResponse<String> english = Http.send(anonymous, HttpRequest.newBuilder(http.uri("assemblies/" + space)).header("Accept", "text/html")
                .header("Cookie", "cqc-lang=en").build());
        assertThat(english.body()).as("the language is part of the key").contains("lang=\"en\"");
        assertThat(get("assemblies/" + space, "text/html").body()).contains("lang=\"fr\"");
    }

    @Test
    void publicPagesCarryNoInlineScriptAndNoNonceWhileTheBackOfficeKeepsItsOwn() {
        http.post("api/test-fixtures/assemblies/" + space + "/sub-spaces?count=1");
        HttpResponse<String> one = get("assemblies/" + space, "text/html");
        HttpResponse<String> two = get("assemblies/" + space, "text/html");
        for (HttpResponse<String> page : List.of(one, two)) {
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            String scripts = java.util.Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith("script-src"))
                    .findFirst().orElseThrow();
            assertThat(scripts).isEqualTo("script-src 'self'");
            assertThat(page.body()).doesNotContain("nonce=").doesNotContain("locale-fr.js").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        }
        assertThat(one.headers().firstValue("X-Cache")).contains("miss");
        assertThat(two.headers().firstValue("X-Cache")).contains("hit");

        Browser staff = staff("ADMINISTRATEUR", null);
        staff.open("admin/");
        String adminPolicy = (String) ((JavascriptExecutor) staff.driver()).executeScript(
                "return Array.from(document.scripts).filter(s => !s.src).map(s => s.nonce).join(',');");
        assertThat(adminPolicy).as("the back office's inline scripts carry their nonce").isNotBlank();
    }

    @Test
    void aRequestThatNamesSomeoneIsNeverServedFromTheCacheNorKeptInIt() {
        String page = "assemblies/" + space;
        get(page, "text/html");
        assertThat(get(page, "text/html").headers().firstValue("X-Cache")).contains("hit");
        List<String[]> someone = List.of(new String[] {"Cookie", "JSESSIONID=abc"}, new String[] {"Cookie", "__Host-JSESSIONID=abc"},
                new String[] {"Cookie", "cqc_member=abc"}, new String[] {"Cookie", "cqc-lang=fr; member_session=abc"},
                new String[] {"Cookie", "cqc_m=abc"}, new String[] {"Cookie", "cqc-membre=abc"},
                new String[] {"Cookie", "__Host-cqc-membre=abc"}, new String[] {"Authorization", "Bearer abc"});
        for (String[] header : someone) {
            HttpResponse<String> named = Http.send(anonymous, HttpRequest.newBuilder(http.uri(page)).header("Accept", "text/html")
                    .header(header[0], header[1]).build());
            assertThat(named.headers().firstValue("X-Cache")).as(header[1]).isEmpty();
        }

        http.post("api/test-fixtures/assemblies/" + space + "/sub-spaces?count=1");
        Http.send(anonymous, HttpRequest.newBuilder(http.uri(page)).header("Accept", "text/html").header("Cookie", "cqc_member=abc").build());
        assertThat(get(page, "text/html").headers().firstValue("X-Cache")).as("the member's page was not kept").contains("miss");
        assertThat(get("admin/", "text/html").headers().firstValue("X-Cache")).isEmpty();
        assertThat(get("login", "text/html").headers().firstValue("X-Cache")).isEmpty();
    }

    @Test
    void aModeratorsEditInTheBackOfficeIsOnTheNextAnonymousRequest() {
        String page = "assemblies/" + space;
        assertThat(cached(page)).doesNotContain("Conseil renommé");

        Browser moderator = staff("MODERATEUR", space);
        moderator.open("admin/assembly?slug=" + space);
        moderator.find(By.id("title")).clear();
        moderator.find(By.id("title")).sendKeys("Conseil renommé " + space);
        moderator.follow(moderator.find(By.id("save")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("enregistrées");

        assertThat(next(page)).contains("Conseil renommé " + space);
        assertThat(next("api/assemblies/" + space, "application/json")).contains("Conseil renommé " + space);
    }

    @Test
    void aNewMeetingIsOnTheNextAnonymousRequest() {
        String list = "assemblies/" + space + "/meetings";
        assertThat(cached(list)).doesNotContain("Plénière d'hiver");
        assertThat(cached("assemblies/" + space)).doesNotContain("Plénière d'hiver");

        Browser moderator = staff("MODERATEUR", space);
        moderator.open("admin/meetings?space=" + space);
        moderator.follow(moderator.find(By.linkText("Nouvelle rencontre")));
        moderator.find(By.id("title")).sendKeys("Plénière d'hiver " + space);
        setValue(moderator, "day", LocalDate.now().plusDays(12).toString());
        setValue(moderator, "start", "19:00");
        setValue(moderator, "end", "21:00");
        moderator.find(By.id("address")).sendKeys("Maison de quartier");
        moderator.tick(moderator.find(By.id("publish")));
        moderator.follow(moderator.find(By.id("save")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("est enregistrée");

        assertThat(next(list)).contains("Plénière d'hiver " + space);
        assertThat(next("assemblies/" + space)).contains("Plénière d'hiver " + space);
    }

    @Test
    void aPublishedDocumentIsOnTheNextAnonymousRequest() {
        String list = "assemblies/" + space + "/documents";
        String api = "api/assemblies/" + space + "/documents";
        assertThat(cached(list)).doesNotContain("Compte rendu de novembre");
        assertThat(cached(api, "application/json")).doesNotContain("Compte rendu de novembre");

        HttpResponse<String> uploaded = Http.send(anonymous, HttpRequest.newBuilder(http.uri(api + "?filename=cr.txt&publish=true&title="
                        + URLEncoder.encode("Compte rendu de novembre", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token("ADMINISTRATEUR")).header("Content-Type", "text/plain").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("Le compte rendu")).build());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        assertThat(next(list)).contains("Compte rendu de novembre");
        assertThat(next(api, "application/json")).contains("Compte rendu de novembre");
    }

    @Test
    void aDirectorySyncThatPlacesAnAssociationIsOnTheNextAnonymousRequest() {
        stubDirectory();
        String api = "api/assemblies/bissy/associations";
        assertThat(cached(api, "application/json")).doesNotContain("Les Jardins");
        assertThat(cached("assemblies/bissy")).doesNotContain("Les Jardins");

        String token = token("ADMINISTRATEUR");
        HttpResponse<String> started = Http.send(anonymous, HttpRequest.newBuilder(http.uri("api/directory/runs"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        int run = Http.json(started).asJsonObject().getInt("id");
        JsonObject finished = await("run finished").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Http.json(Http.send(anonymous, HttpRequest.newBuilder(http.uri("api/directory/runs/" + run))
                        .header("Authorization", "Bearer " + token).build())).asJsonObject(), r -> !"EN_COURS".equals(r.getString("state")));
        assertThat(finished.getString("state")).as(finished.toString()).isEqualTo("REUSSIE");

        assertThat(next(api, "application/json")).contains("Les Jardins de l’Œuvre commune");
        assertThat(next("assemblies/bissy")).contains("Les Jardins de l’Œuvre commune");
    }

    @Test
    void aConfirmedSignUpChangesTheCountOnTheNextAnonymousRequest() throws Exception {
        String page = "assemblies/" + space;
        assertThat(cached(page)).contains("Aucun membre pour le moment");

        Browser citizen = browser();
        citizen.open("membership/sign-up?council=" + space);
        citizen.find(By.id("name")).sendKeys("Camille");
        citizen.find(By.id("email")).sendKeys("camille-" + space + "@example.org");
        setValue(citizen, "birthDate", LocalDate.now().minusYears(30).toString());
        citizen.find(By.cssSelector("input[name='lien'][value='HABITANT']")).click();
        citizen.tick(citizen.find(By.id("consent")));
        citizen.press(citizen.find(By.id("submit")));
        assertThat(citizen.find(By.id("sent")).getText()).isEqualTo("Vérifiez votre boîte de réception");
        assertThat(next(page)).as("a pending sign-up is not a member").contains("Aucun membre pour le moment");
        assertThat(get(page, "text/html").headers().firstValue("X-Cache")).contains("hit");

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        Matcher link = CONFIRM_LINK.matcher(GreenMailUtil.getBody(MAIL.getReceivedMessages()[0]).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        citizen.open(link.group(1).substring(url.toString().length()));
        citizen.press(citizen.find(By.id("confirmButton")));
        assertThat(citizen.find(By.id("confirmed")).getText()).contains("est confirmée");

        assertThat(next(page)).doesNotContain("Aucun membre pour le moment").contains("1 membre");
    }

    @Test
    void ourStyleSheetScriptsAndIconAreUnderVersionedUrlsCachedForAYearAndTheFaviconAnswers() {
        String page = get("assemblies/" + space, "text/html").body();
        Matcher assets = Pattern.compile("(?:href|src)=\"([^\"]*/assets/[0-9a-f]{12}/[^\"]+)\"").matcher(page);
        List<String> urls = new ArrayList<>();
        while (assets.find()) {
            urls.add(assets.group(1));
        }
        assertThat(urls).anyMatch(u -> u.endsWith("/css/cqc.css")).anyMatch(u -> u.endsWith("/js/forms.js"))
                .anyMatch(u -> u.endsWith("/img/favicon.svg"));
        for (String asset : urls) {
            HttpResponse<String> response = Http.send(anonymous, HttpRequest.newBuilder(http.uri("").resolve(asset)).build());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(asset).contains("public, max-age=31536000, immutable");
        }
        HttpResponse<String> css = Http.send(anonymous, HttpRequest.newBuilder(http.uri("").resolve(urls.stream()
                .filter(u -> u.endsWith(".css")).findFirst().orElseThrow())).build());
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains(".skip-link");

        String stale = urls.getFirst().replaceFirst("/assets/[0-9a-f]{12}/", "/assets/000000000000/");
        assertThat(stale).isNotEqualTo(urls.getFirst());
        HttpResponse<String> old = Http.send(anonymous, HttpRequest.newBuilder(http.uri("").resolve(stale)).build());
        assertThat(old.statusCode()).as("a page kept from before a deployment still gets its style").isEqualTo(200);
        assertThat(old.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(Http.send(anonymous, HttpRequest.newBuilder(http.uri("assets/000000000000/css/../../WEB-INF/web.xml")).build()).statusCode())
                .isEqualTo(404);
        assertThat(Http.send(anonymous, HttpRequest.newBuilder(http.uri("assets/000000000000/css/nothing.css")).build()).statusCode())
                .isEqualTo(404);

        HttpResponse<byte[]> favicon = Http.send(anonymous, HttpRequest.newBuilder(http.uri("favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.body()).startsWith(0, 0, 1, 0);
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Requests the page twice as an anonymous visitor, checks that the second answer came from the cache, and returns it. */
    private String cached(String relative) {
        return cached(relative, "text/html");
    }

    private String cached(String relative, String accept) {
        get(relative, accept);
        HttpResponse<String> second = get(relative, accept);
        assertThat(second.headers().firstValue("X-Cache")).as("kept: " + relative).contains("hit");
        return second.body();
    }

    /** The next anonymous request after a write: rendered afresh. */
    private String next(String relative) {
        return next(relative, "text/html");
    }

    private String next(String relative, String accept) {
        HttpResponse<String> response = get(relative, accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Cache")).as("rendered again after the write: " + relative).contains("miss");
        return response.body();
    }

    private HttpResponse<String> get(String relative, String accept) {
        return Http.send(anonymous, HttpRequest.newBuilder(http.uri(relative)).header("Accept", accept).build());
    }

    private long hits() {
        Matcher hits = Pattern.compile("(?m)^cqc_page_cache_hits_total\\{[^}]*}\\s+([0-9.Ee+]+)").matcher(http.metrics("application"));
        return hits.find() ? (long) Double.parseDouble(hits.group(1)) : 0;
    }

    private String token(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        http.post("api/test-fixtures/accounts?email=" + email + "&role=" + role + "&password=" + StaffSignIn.PASSWORD + "&secret=JBSWY3DPEHPK3PXP");
        return http.post("api/test-fixtures/tokens?email=" + email).body();
    }

    private Browser staff(String role, String moderatedSpace) {
        Browser browser = StaffSignIn.signIn(url, http, role, moderatedSpace);
        browsers.add(browser);
        return browser;
    }

    private Browser browser() {
        Browser browser = new Browser(url);
        browsers.add(browser);
        return browser;
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void stubDirectory() {
        directory.resetAll();
        directory.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(DIRECTORY_FIRST_PAGE)).willReturn(page("page1.html")));
        directory.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo(DIRECTORY_FIRST_PAGE + "?page=2")).willReturn(page("page2.html")));
        String[] slugs = {"les-jardins-de-bissy", "club-de-basket", "sans-quartier", "chorale", "sans-nom", "mauvais-mail", "quartier-inconnu"};
        for (int i = 0; i < slugs.length; i++) {
            directory.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/949-annuaire-des-associations/" + (201 + i) + "-" + slugs[i] + ".htm"))
                    .willReturn(page("detail-" + (201 + i) + ".html")));
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(String fixture) {
        return aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(Fixtures.bytes(fixture));
    }
}
