package fr.chambery.cqc.web.fabrique;

import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fabrique's read-only API against a real Payara: a council's subjects paged and filtered, one subject
 * with its comment count, never an e-mail or a surname, hidden subjects absent; the demo's subjects.
 */
class SubjectApiIT extends DeployedApplication {

    private Http http;
    private String council;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        council = "api-sujets-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + council + "&components=fabrique,membership").statusCode()).isEqualTo(204);
        http.post("api/test-fixtures/fabrique/members?space=" + council + "&email=camille.martin@example.org&name=" + enc("Camille Martin"));
    }

    @Test
    void aCouncilsSubjectsArePagedNewestFirstAndFilteredByStateAndTheme() {
        for (int i = 1; i <= 3; i++) {
            subject("Sujet " + i, i == 2 ? "VIE_SOCIALE" : "CADRE_DE_VIE");
        }

        HttpResponse<String> first = http.get("api/assemblies/" + council + "/subjects?size=2", "application/json");
        JsonObject page = Http.json(first).asJsonObject();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(s -> s.getString("title"))
                .containsExactly("Sujet 3", "Sujet 2");
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getInt("pages")).isEqualTo(2);
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l).contains("page=2", "rel=\"next\""));

        JsonObject social = Http.json(http.get("api/assemblies/" + council + "/subjects?theme=VIE_SOCIALE", "application/json")).asJsonObject();
        assertThat(social.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(s -> s.getString("title")).containsExactly("Sujet 2");
        assertThat(Http.json(http.get("api/assemblies/" + council + "/subjects?state=RETIRE", "application/json")).asJsonObject()
                .getInt("total")).isZero();

        for (String bad : new String[] {"state=OUVERT", "theme=jardinage", "page=0", "size=101"}) {
            HttpResponse<String> refused = http.get("api/assemblies/" + council + "/subjects?" + bad, "application/json");
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("\"status\":400");
        }
        assertThat(http.get("api/assemblies/inconnu-" + council + "/subjects", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void aSubjectShowsItsCommentCountAndItsAuthorByFirstNameAndInitialOnly() {
        String id = subject("Un jardin partagé", "VIE_SOCIALE");
        String comment = http.post("api/test-fixtures/fabrique/comments?subject=" + id + "&email=camille.martin@example.org&text=" + enc("Bonne idée")).body();
        http.post("api/test-fixtures/fabrique/comments?subject=" + id + "&email=camille.martin@example.org&text=" + enc("Merci") + "&parent=" + comment);

        HttpResponse<String> response = http.get("api/subjects/" + id, "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject subject = Http.json(response).asJsonObject();
        assertThat(subject.getString("title")).isEqualTo("Un jardin partagé");
        assertThat(subject.getString("author")).isEqualTo("Camille M.");
        assertThat(subject.getString("state")).isEqualTo("PROPOSE");
        assertThat(subject.getString("theme")).isEqualTo("VIE_SOCIALE");
        assertThat(subject.getString("space")).isEqualTo(council);
        assertThat(subject.getInt("commentCount")).isEqualTo(2);
        assertThat(subject.getString("page")).endsWith("/assemblies/" + council + "/fabrique/sujets/" + id);
        assertThat(response.body()).doesNotContain("camille.martin@example.org", "Martin", "@");
        assertThat(http.get("api/assemblies/" + council + "/subjects", "application/json").body()).doesNotContain("Martin", "@example.org");
    }

    @Test
    void aHiddenSubjectIsAbsentFromTheListAndUnknownAlone() {
        String kept = subject("Un banc", "CADRE_DE_VIE");
        String hidden = subject("Publicité", "AUTRE");
        assertThat(http.post("api/test-fixtures/fabrique/hidden-subjects?subject=" + hidden + "&reason=" + enc("Publicité commerciale")).statusCode())
                .isEqualTo(204);

        JsonObject list = Http.json(http.get("api/assemblies/" + council + "/subjects", "application/json")).asJsonObject();
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(s -> s.getJsonNumber("id").longValue())
                .containsExactly(Long.parseLong(kept));
        HttpResponse<String> alone = http.get("api/subjects/" + hidden, "application/json");
        assertThat(alone.statusCode()).isEqualTo(404);
        assertThat(alone.body()).contains("Sujet introuvable").doesNotContain("Publicité");
        assertThat(http.get("api/subjects/999999999", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoHasSubjectsWithCommentsInBissyAndAtLeastOneInEveryCouncil() {
        JsonObject bissy = Http.json(http.get("api/assemblies/bissy/subjects", "application/json")).asJsonObject();
        assertThat(bissy.getInt("total")).isGreaterThanOrEqualTo(3);
        assertThat(bissy.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(s -> assertThat(s.getInt("commentCount")).isPositive());
        for (String slug : new String[] {"bellevue", "biollay", "centre", "chambery-le-vieux", "laurier", "les-hauts-de-chambery"}) {
            assertThat(Http.json(http.get("api/assemblies/" + slug + "/subjects", "application/json")).asJsonObject().getInt("total"))
                    .as(slug).isGreaterThanOrEqualTo(1);
        }
        JsonObject assembly = Http.json(http.get("api/assemblies/conseils-de-quartier-citoyens/subjects?size=100", "application/json")).asJsonObject();
        assertThat(assembly.getInt("total")).as("the assembly lists its councils' subjects").isGreaterThanOrEqualTo(bissy.getInt("total") + 6);
    }

    @Test
    void theOpenApiDocumentDescribesTheSubjects() {
        String openapi = http.get("/openapi", "*/*").body();
        assertThat(openapi).contains("/api/assemblies/{slug}/subjects", "/api/subjects/{id}", "Les sujets de la fabrique citoyenne");
    }

    private String subject(String title, String theme) {
        HttpResponse<String> created = http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=camille.martin@example.org&title="
                + enc(title) + "&theme=" + theme);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return created.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
