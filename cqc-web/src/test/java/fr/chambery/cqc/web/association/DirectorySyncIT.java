package fr.chambery.cqc.web.association;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The directory sync end to end: the application on Payara Micro reads the city's listing pages from a
 * real HTTP server (WireMock, port `cqc.it.directory-port`, 8089 by default) through MicroProfile Fault Tolerance, started by an
 * administrator's program (bearer token) or from the back office; faults injected on the way; the
 * review list and the public listing in Chromium, checked by axe-core.
 */
class DirectorySyncIT extends DeployedApplication {

    private static final String FIRST = "/949-annuaire-des-associations.htm";
    private static WireMockServer directory;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String token;

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
        directory.resetAll();
        stubDirectory();
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        http.post("api/test-fixtures/accounts?email=" + email + "&role=ADMINISTRATEUR&password=" + StaffSignIn.PASSWORD + "&secret=JBSWY3DPEHPK3PXP");
        token = http.post("api/test-fixtures/tokens?email=" + email).body();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aRunThroughRetriesReportsItsRejectionsAndFillsTheQuartiersThenAsksConditionally() {
        directory.stubFor(get(urlEqualTo(FIRST)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("busy"));
        directory.stubFor(get(urlEqualTo(FIRST)).inScenario("flaky").whenScenarioStateIs("busy")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("up"));
        directory.stubFor(get(urlEqualTo(FIRST)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(page("page1.html").withHeader("ETag", "\"annuaire-v1\"")));

        JsonObject run = finished(start());
        assertThat(run.getString("state")).as(run.toString()).isEqualTo("REUSSIE");
        assertThat(run.getInt("processed")).isEqualTo(7);
        assertThat(run.getInt("rejected")).isEqualTo(3);
        directory.verify(3, getRequestedFor(urlEqualTo(FIRST)));
        JsonObject report = Http.json(authorized("api/directory/runs/" + run.getInt("id"))).asJsonObject();
        assertThat(report.getJsonArray("rejections").getValuesAs(JsonObject.class)).extracting(r -> r.getString("reason"))
                .contains("sans nom", "adresse e-mail mal formée : amicale-at-exemple.org", "quartier inconnu : Quartier Imaginaire");

        JsonObject bissy = Http.json(http.get("api/assemblies/bissy/associations", "application/json")).asJsonObject();
        JsonObject jardins = bissy.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").startsWith("Les Jardins")).findFirst().orElseThrow();
        assertThat(jardins.getString("name")).isEqualTo("Les Jardins de l’Œuvre commune");
        assertThat(jardins.getString("address")).isEqualTo("8 chemin Fictif, 73000 Chambéry");
        assertThat(jardins.getString("rna")).isEqualTo("W731000201");
        assertThat(bissy.getString("cityDirectory")).isEqualTo("https://www.chambery.fr/949-annuaire-des-associations.htm");
        assertThat(Http.json(http.get("api/assemblies/les-hauts-de-chambery/associations", "application/json")).asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(a -> a.getString("name")).contains("Chorale des Hauts");

        directory.stubFor(get(urlEqualTo(FIRST)).withHeader("If-None-Match", equalTo("\"annuaire-v1\""))
                .willReturn(aResponse().withStatus(304)));
        JsonObject again = finished(start());
        assertThat(again.getString("state")).isEqualTo("REUSSIE");
        assertThat(again.getInt("created") + again.getInt("updated")).as("nothing new").isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(4);
        directory.verify(getRequestedFor(urlEqualTo(FIRST)).withHeader("If-None-Match", equalTo("\"annuaire-v1\"")));
    }

    @Test
    void aDetailPageThatKeepsTimingOutMakesTheRunPartial() {
        directory.stubFor(get(urlPathEqualTo("/949-annuaire-des-associations/206-mauvais-mail.htm"))
                .willReturn(page("detail-206.html").withFixedDelay(2_500)));
        JsonObject run = finished(start());
        assertThat(run.getString("state")).isEqualTo("PARTIELLE");
        assertThat(run.getString("message")).contains("Délai dépassé").contains("lecture incomplète");
        assertThat(run.getInt("unlisted")).isZero();
        directory.verify(4, getRequestedFor(urlPathEqualTo("/949-annuaire-des-associations/206-mauvais-mail.htm")));
    }

    @Test
    void aSourceThatIsNotADirectoryFailsTheRunAndChangesNothing() {
        finished(start());
        String before = http.get("api/assemblies/bissy/associations", "application/json").body();
        directory.stubFor(get(urlEqualTo(FIRST)).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>")));
        JsonObject run = finished(start());
        assertThat(run.getString("state")).isEqualTo("ECHOUEE");
        assertThat(run.getString("message")).contains("ne contient aucune fiche d'association");
        assertThat(http.get("api/assemblies/bissy/associations", "application/json").body()).isEqualTo(before);
    }

    @Test
    void oneRunAtATime() {
        directory.stubFor(get(urlEqualTo(FIRST)).willReturn(page("page1.html").withFixedDelay(900)));
        JsonObject first = Http.json(start()).asJsonObject();
        HttpResponse<String> second = start();
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Http.json(second).asJsonObject().getString("detail")).contains("déjà en cours");
        finished(first.getInt("id"));
        HttpResponse<String> anonymous = Http.send(client, HttpRequest.newBuilder(http.uri("api/directory/runs"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aModeratorPlacesAnAssociationAndCitizensFindItInTheirQuartier() {
        finished(start());
        Browser moderator = StaffSignIn.signIn(url, http, "MODERATEUR", null);
        browsers.add(moderator);
        moderator.follow(moderator.find(By.linkText("Associations à placer")));
        WebElement row = moderator.find(By.xpath("//tr[th[contains(., 'Collectif vélo chambérien')]]"));
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("CQC Bissy");
        moderator.follow(row.findElement(By.cssSelector("input[type=submit]")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("L'association est placée dans ce quartier");
        assertThat(moderator.find(By.tagName("main")).getText()).doesNotContain("Collectif vélo chambérien");

        assertThat(finished(start()).getString("state")).isEqualTo("REUSSIE");
        Browser citizen = new Browser(url);
        browsers.add(citizen);
        citizen.open("assemblies/bissy");
        WebElement block = citizen.find(By.cssSelector("section.associations-block"));
        citizen.screenshot("council-associations");
        assertThat(block.getText()).contains("Les associations de votre quartier", "Les Jardins de l’Œuvre commune",
                "Collectif vélo chambérien", "velo@exemple.org", "consulter l'annuaire complet");
        citizen.find(By.id("association-q")).sendKeys("VELO");
        citizen.follow(citizen.find(By.cssSelector("section.associations-block button")));
        assertThat(citizen.findAll(By.cssSelector(".association-card h3"))).extracting(WebElement::getText).containsExactly("Collectif vélo chambérien");
        citizen.find(By.id("association-q")).clear();
        new Select(citizen.find(By.id("association-theme"))).selectByVisibleText("Environnement");
        citizen.follow(citizen.find(By.cssSelector("section.associations-block button")));
        assertThat(citizen.findAll(By.cssSelector(".association-card h3"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Collectif vélo chambérien", "Les Jardins de l’Œuvre commune");

        Browser admin = StaffSignIn.signIn(url, http, "ADMINISTRATEUR", null);
        browsers.add(admin);
        admin.follow(admin.find(By.linkText("Annuaire des associations")));
        assertThat(admin.find(By.cssSelector("table.admin-table tbody")).getText()).contains("Réussie", "rejetées");
        admin.follow(admin.find(By.cssSelector("table.admin-table tbody tr th a")));
        assertThat(admin.find(By.cssSelector("ul.rejections")).getText()).contains("quartier inconnu : Quartier Imaginaire");
    }

    @Test
    void aListingWhoseLastPageFailsEndsPartialAndUnlistsNothing() {
        finished(start());
        directory.stubFor(get(urlEqualTo(FIRST + "?page=2")).willReturn(aResponse().withStatus(404)));
        for (int run = 1; run <= 2; run++) {
            JsonObject partial = finished(start());
            assertThat(partial.getString("state")).isEqualTo("PARTIELLE");
            assertThat(partial.getString("message")).startsWith("La page 2 de l'annuaire").contains("lecture incomplète");
            assertThat(partial.getInt("unlisted")).isZero();
        }
        assertThat(Http.json(http.get("api/assemblies/les-hauts-de-chambery/associations", "application/json")).asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(a -> a.getString("name")).contains("Chorale des Hauts");
    }

    @Test
    void aRunThatWouldUnlistTooManyWaitsForAnAdministratorWhoDiscardsOrConfirmsIt() {
        finished(start());
        String firstPageAlone = new String(Fixtures.bytes("page1.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)<nav class=\"pagination\">.*?</nav>", "");
        directory.stubFor(get(urlEqualTo(FIRST)).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(firstPageAlone)));
        assertThat(finished(start()).getString("state")).as("a first miss unlists nobody").isEqualTo("REUSSIE");
        JsonObject held = finished(start());
        assertThat(held.getString("state")).isEqualTo("A_CONFIRMER");
        assertThat(held.getInt("unlisted")).isZero();
        JsonObject report = Http.json(authorized("api/directory/runs/" + held.getInt("id"))).asJsonObject();
        assertThat(report.getInt("toUnlist")).isEqualTo(1);
        assertThat(report.getJsonArray("wouldUnlist").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("Chorale des Hauts");

        Browser admin = StaffSignIn.signIn(url, http, "ADMINISTRATEUR", null);
        browsers.add(admin);
        admin.follow(admin.find(By.linkText("Annuaire des associations")));
        WebElement waiting = admin.find(By.cssSelector("section.held-run"));
        assertThat(waiting.getText()).contains("Synchronisation à confirmer n° " + held.getInt("id"), "au-delà de 10 %", "Chorale des Hauts");
        admin.screenshot("directory-held-run");
        admin.follow(admin.find(By.cssSelector("section.held-run input[value='Écarter cette synchronisation']")));
        assertThat(admin.find(By.cssSelector(".flash")).getText()).contains("est écartée : aucune association retirée");
        assertThat(admin.findAll(By.cssSelector("section.held-run"))).isEmpty();
        assertThat(admin.find(By.cssSelector("table.admin-table tbody")).getText()).contains("Écartée");
        assertThat(listedIn("les-hauts-de-chambery")).contains("Chorale des Hauts");

        JsonObject heldAgain = finished(start());
        assertThat(heldAgain.getString("state")).as("a discarded run applied no miss").isEqualTo("A_CONFIRMER");
        String moderatorEmail = "moderatrice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        http.post("api/test-fixtures/accounts?email=" + moderatorEmail + "&role=MODERATEUR&password=" + StaffSignIn.PASSWORD + "&secret=JBSWY3DPEHPK3PXP");
        String moderatorToken = http.post("api/test-fixtures/tokens?email=" + moderatorEmail).body();
        assertThat(decide(heldAgain.getInt("id"), "confirmation", moderatorToken).statusCode()).isEqualTo(403);
        HttpResponse<String> confirmed = decide(heldAgain.getInt("id"), "confirmation", token);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(Http.json(confirmed).asJsonObject().getString("state")).isEqualTo("REUSSIE");
        assertThat(Http.json(confirmed).asJsonObject().getInt("unlisted")).isEqualTo(1);
        assertThat(listedIn("les-hauts-de-chambery")).doesNotContain("Chorale des Hauts");
        HttpResponse<String> twice = decide(heldAgain.getInt("id"), "discard", token);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(Http.json(twice).asJsonObject().getString("detail")).contains("n'attend pas de confirmation");

        stubDirectory();
        assertThat(finished(start()).getString("state")).isEqualTo("REUSSIE");
        assertThat(listedIn("les-hauts-de-chambery")).as("back in the directory, listed again").contains("Chorale des Hauts");
    }

    private List<String> listedIn(String council) {
        return Http.json(http.get("api/assemblies/" + council + "/associations", "application/json")).asJsonObject()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList();
    }

    private HttpResponse<String> decide(int run, String decision, String bearer) {
        return Http.send(client, HttpRequest.newBuilder(http.uri("api/directory/runs/" + run + "/" + decision))
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> start() {
        return Http.send(client, HttpRequest.newBuilder(http.uri("api/directory/runs")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonObject finished(HttpResponse<String> started) {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return finished(Http.json(started).asJsonObject().getInt("id"));
    }

    private JsonObject finished(int id) {
        return await("run " + id + " finished").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> Http.json(authorized("api/directory/runs/" + id)).asJsonObject(), run -> !"EN_COURS".equals(run.getString("state")));
    }

    private HttpResponse<String> authorized(String path) {
        return Http.send(client, HttpRequest.newBuilder(http.uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    private static void stubDirectory() {
        directory.stubFor(get(urlEqualTo(FIRST)).willReturn(page("page1.html")));
        directory.stubFor(get(urlEqualTo(FIRST + "?page=2")).willReturn(page("page2.html")));
        String[] slugs = {"les-jardins-de-bissy", "club-de-basket", "sans-quartier", "chorale", "sans-nom", "mauvais-mail", "quartier-inconnu"};
        for (int i = 0; i < slugs.length; i++) {
            directory.stubFor(get(urlPathEqualTo("/949-annuaire-des-associations/" + (201 + i) + "-" + slugs[i] + ".htm"))
                    .willReturn(page("detail-" + (201 + i) + ".html")));
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(String fixture) {
        return aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(Fixtures.bytes(fixture));
    }


}
