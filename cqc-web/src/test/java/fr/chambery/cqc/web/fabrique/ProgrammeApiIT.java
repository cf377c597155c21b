package fr.chambery.cqc.web.fabrique;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.backoffice.FormClient;
import fr.chambery.cqc.web.browser.StaffSignIn;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static fr.chambery.cqc.web.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/assemblies/{slug}/programme}: a council's projets (and on an assembly its councils'), with
 * status, progress, updates and the City's answer, paged by the common contract; the supports only once the
 * priorisation's counts are public; in the OpenAPI document.
 */
class ProgrammeApiIT extends FabriqueDeployment {

    private static final String JSON = "application/json";

    @Test
    void theProgrammeListsEachProjetsFollowUpAndItsSupportsOnlyOnceTheCountsArePublic() {
        Http http = new Http(url);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String assembly = "api-asm-" + suffix;
        String council = "api-prio-" + suffix;
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + assembly + "&components=fabrique").statusCode()).isEqualTo(204);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + council + "&parent=" + assembly + "&components=fabrique,meetings").statusCode())
                .isEqualTo(204);
        String base = "api/test-fixtures/programme/" + council + "/";
        String jardin = post(http, base + "subjects?title=" + enc("Un jardin partagé"));
        String bancs = post(http, base + "subjects?title=" + enc("Des bancs"));
        String pleniere = post(http, base + "plenieres?in=60");
        String round = post(http, base + "priorisations?pleniere=" + pleniere);
        for (String member : new String[] {"a@example.org", "b@example.org"}) {
            post(http, base + "members?email=" + member);
            assertThat(http.post(base + "priorisations/" + round + "/supports?email=" + member + "&subject=" + jardin).statusCode()).isEqualTo(204);
        }
        post(http, base + "projets?subject=" + jardin + "&pleniere=" + pleniere + "&status=REALISE&update=" + enc("Bacs installés")
                + "&answer=" + enc("La Ville fournit la terre."));
        post(http, base + "projets?subject=" + bancs + "&progress=30");

        HttpResponse<String> open = http.get("api/assemblies/" + council + "/programme", JSON);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("X-Total-Count")).contains("2");
        JsonObject first = json(open).asJsonObject().getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("title")).isEqualTo("Des bancs");
        assertThat(first.getInt("progress")).isEqualTo(30);
        assertThat(first.getString("status")).isEqualTo("A_L_ETUDE");
        assertThat(first.getString("carriedBy")).isEqualTo("mairie de quartier");
        JsonObject realised = json(open).asJsonObject().getJsonArray("items").getJsonObject(1);
        assertThat(realised.getString("status")).isEqualTo("REALISE");
        assertThat(realised.getInt("progress")).isEqualTo(100);
        assertThat(realised.getJsonObject("cityAnswer").getString("text")).isEqualTo("La Ville fournit la terre.");
        assertThat(realised.getJsonArray("updates").getJsonObject(0).getString("text")).isEqualTo("Bacs installés");
        assertThat(realised.getJsonArray("updates").getJsonObject(0).getString("document")).isEqualTo("https://example.org/etape.pdf");
        assertThat(realised.getString("page")).endsWith("/assemblies/" + council + "/fabrique/projets/" + realised.getInt("id"));
        assertThat(realised.containsKey("supports") && !realised.isNull("supports")).as("hidden until the close").isFalse();
        assertThat(open.body()).doesNotContain("a@example.org", "Dupont");

        assertThat(http.post(base + "priorisations/" + round + "/close").statusCode()).isEqualTo(204);
        JsonObject closed = json(http.get("api/assemblies/" + council + "/programme?size=1&page=2", JSON)).asJsonObject();
        assertThat(closed.getInt("total")).isEqualTo(2);
        JsonObject supports = closed.getJsonArray("items").getJsonObject(0).getJsonObject("supports");
        assertThat(supports.getInt("online")).isEqualTo(2);
        assertThat(supports.getInt("inRoom")).isZero();

        JsonObject ofAssembly = json(http.get("api/assemblies/" + assembly + "/programme", JSON)).asJsonObject();
        assertThat(ofAssembly.getInt("total")).as("an assembly lists its councils' projets").isEqualTo(2);
        assertThat(ofAssembly.getJsonArray("items").getJsonObject(0).getString("council")).isEqualTo(council);

        assertThat(http.get("api/assemblies/inconnu-" + suffix + "/programme", JSON).statusCode()).isEqualTo(404);
        assertThat(http.get("api/assemblies/" + council + "/programme?page=0", JSON).statusCode()).isEqualTo(400);
        assertThat(http.get("/openapi", "*/*").body()).contains("/api/assemblies/{slug}/programme", "Le programme de travail d'un conseil");
    }

    @Test
    void theSupportsAppearForAnAnonymousReaderOnceThePleniereEndsThoughNothingWasWrittenMeanwhile() {
        Http http = new Http(url);
        String council = "api-fin-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + council + "&components=fabrique,meetings").statusCode()).isEqualTo(204);
        String base = "api/test-fixtures/programme/" + council + "/";
        String jardin = post(http, base + "subjects?title=" + enc("Un jardin partagé"));
        String pleniere = post(http, base + "plenieres?in=-60&endsInSeconds=10");
        String round = post(http, base + "priorisations?pleniere=" + pleniere);
        post(http, base + "members?email=a@example.org");
        assertThat(http.post(base + "priorisations/" + round + "/supports?email=a@example.org&subject=" + jardin).statusCode()).isEqualTo(204);
        post(http, base + "projets?subject=" + jardin + "&pleniere=" + pleniere);

        HttpResponse<String> open = http.get("api/assemblies/" + council + "/programme", JSON);
        JsonObject during = json(open).asJsonObject().getJsonArray("items").getJsonObject(0);
        assertThat(during.containsKey("supports") && !during.isNull("supports")).as("hidden during the plénière").isFalse();
        assertThat(http.get("api/assemblies/" + council + "/programme", JSON).headers().firstValue("X-Cache")).as("kept meanwhile").contains("hit");

        await("the plénière's end").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonObject item = json(http.get("api/assemblies/" + council + "/programme", JSON)).asJsonObject().getJsonArray("items").getJsonObject(0);
            return item.containsKey("supports") && !item.isNull("supports");
        });
        JsonObject after = json(http.get("api/assemblies/" + council + "/programme", JSON)).asJsonObject().getJsonArray("items").getJsonObject(0);
        assertThat(after.getJsonObject("supports").getInt("online")).isEqualTo(1);
    }

    @Test
    void theBoardsTheResultsFileAndTheSupportButtonAnswerOnlyToWhomTheyMay() {
        Http http = new Http(url);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String council = "acces-prio-" + suffix;
        String other = council + "-autre";
        for (String slug : new String[] {council, other}) {
            assertThat(http.post("api/test-fixtures/assemblies?slug=" + slug + "&components=fabrique,meetings").statusCode()).isEqualTo(204);
        }
        String base = "api/test-fixtures/programme/" + council + "/";
        String subject = post(http, base + "subjects?title=" + enc("Des bancs"));
        String pleniere = post(http, base + "plenieres?in=60");
        String round = post(http, base + "priorisations?pleniere=" + pleniere);
        String projet = post(http, base + "projets?subject=" + post(http, base + "subjects?title=" + enc("Un jardin")));

        FormClient admin = staff("ADMINISTRATEUR", null);
        FormClient otherModerator = staff("MODERATEUR", other);
        FormClient moderator = staff("MODERATEUR", council);
        for (String board : new String[] {"priorisation", "programme"}) {
            assertThat(admin.get("admin/" + board + "?space=inconnu-" + suffix).statusCode()).as(board + ", unknown space").isEqualTo(404);
            assertThat(otherModerator.get("admin/" + board + "?space=" + council).statusCode()).as(board + ", another space").isEqualTo(403);
            assertThat(otherModerator.get("admin/" + board + "?space=" + other).statusCode()).as(board + ", own space").isEqualTo(200);
            assertThat(moderator.get("admin/" + board + "?space=" + council).statusCode()).as(board).isEqualTo(200);
        }
        assertThat(otherModerator.get("admin/projet?id=" + projet).statusCode()).as("another council's projet").isEqualTo(403);
        assertThat(moderator.get("admin/projet?id=" + projet).statusCode()).isEqualTo(200);
        assertThat(admin.get("admin/projet?id=999999").statusCode()).isEqualTo(404);

        assertThat(http.get("fabrique/results.csv?round=" + round, "text/csv").statusCode()).as("hidden until the close").isEqualTo(404);
        assertThat(moderator.get("fabrique/results.csv?round=" + round).statusCode()).as("its moderators may read it before").isEqualTo(200);
        assertThat(otherModerator.get("fabrique/results.csv?round=" + round).statusCode()).isEqualTo(404);

        HttpResponse<String> anonymous = Http.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(http.uri("fabrique/support"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("round=" + round + "&subject=" + subject)).build());
        assertThat(anonymous.statusCode()).isIn(302, 303);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("refus=notMember"));
        assertThat(json(http.get("api/assemblies/" + council + "/programme", JSON)).asJsonObject().getInt("total")).isEqualTo(1);
        assertThat(http.post(base + "priorisations/" + round + "/close").statusCode()).isEqualTo(204);
        assertThat(http.get("fabrique/results.csv?round=" + round, "text/csv").statusCode()).as("public after the close").isEqualTo(200);
    }

    private FormClient staff(String role, String space) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String secret = SecondFactor.newSecret();
        Http http = new Http(url);
        assertThat(http.post("api/test-fixtures/accounts?email=" + email + "&role=" + role + "&password=" + StaffSignIn.PASSWORD
                + "&secret=" + secret + (space == null ? "" : "&spaces=" + space)).statusCode()).isEqualTo(200);
        FormClient client = new FormClient(http.uri(""));
        assertThat(client.signIn(email, StaffSignIn.PASSWORD, secret).statusCode()).isIn(302, 303);
        return client;
    }

    private static String post(Http http, String path) {
        HttpResponse<String> answer = http.post(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
