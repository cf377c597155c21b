package fr.chambery.cqc.web.assembly;

import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static fr.chambery.cqc.web.Http.contentType;
import static fr.chambery.cqc.web.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assemblies as a program reads them, against the application running on Payara Micro with its
 * demo content: the JSON API, its errors, OpenAPI, health, and the cost in SQL of a space's page.
 */
class AssemblyApiIT extends DeployedApplication {

    private static final String JSON = "application/json";
    private static final List<String> COUNCILS = List.of("bellevue", "biollay", "bissy", "centre",
            "chambery-le-vieux", "laurier", "les-hauts-de-chambery");

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(url);
    }

    @Test
    void anAssemblyComesWithItsSectionsMetadataReferenceAndSevenCouncils() {
        HttpResponse<String> response = http.get("api/assemblies/conseils-de-quartier-citoyens", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject cqc = json(response).asJsonObject();
        assertThat(cqc.getString("title")).isEqualTo("Conseils de quartier citoyens");
        assertThat(cqc.getString("subtitle")).isEqualTo("Découvrez l'espace dédié à vos conseils de quartier citoyens !");
        assertThat(cqc.getString("reference")).isEqualTo("chbry-ASSE-2021-05-1");
        assertThat(cqc.getJsonObject("about").getString("description"))
                .contains("La plénière", "Les groupes de travail", "La coordination interne", "&#x1f3db;");
        JsonObject metadata = cqc.getJsonObject("metadata");
        assertThat(metadata.getString("scope")).isEqualTo("Votre quartier");
        assertThat(metadata.getString("target")).isEqualTo("Habitant·es et usager·ères du quartier");
        assertThat(metadata.getString("participatoryScope")).isEqualTo("Participez directement à la vie de votre quartier !");
        assertThat(metadata.getBoolean("indefinite")).isTrue();
        assertThat(cqc.getJsonObject("type").getString("title")).isEqualTo("Conseils de quartier citoyens");
        assertThat(slugs(cqc.getJsonArray("subSpaces"))).containsExactlyElementsOf(COUNCILS);
        assertThat(cqc.getJsonArray("ancestors")).isEmpty();
        assertThat(cqc.getString("page")).endsWith("/assemblies/conseils-de-quartier-citoyens");
    }

    @Test
    void aCouncilKnowsItsParentAndItsComponents() {
        JsonObject bissy = json(http.get("api/assemblies/bissy", JSON)).asJsonObject();

        assertThat(bissy.getString("reference")).isEqualTo("chbry-ASSE-2021-05-4");
        assertThat(bissy.getJsonArray("ancestors").getJsonObject(0).getString("slug")).isEqualTo("conseils-de-quartier-citoyens");
        assertThat(bissy.getJsonArray("components").getValuesAs(JsonString::getString)).containsExactly("interlocutors");
    }

    @Test
    void listsVisibleAssembliesFilteredByParentAndType() {
        assertThat(slugs(json(http.get("api/assemblies?parent=conseils-de-quartier-citoyens", JSON)).asJsonArray()))
                .containsExactlyElementsOf(COUNCILS);
        JsonArray ofType = json(http.get("api/assemblies?type=conseils-de-quartier-citoyens", JSON)).asJsonArray();
        assertThat(slugs(ofType)).contains("conseils-de-quartier-citoyens", "bissy").hasSize(8);
        assertThat(json(http.get("api/assemblies?type=commission", JSON)).asJsonArray()).isEmpty();
        JsonObject top = json(http.get("api/assemblies", JSON)).asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("slug").equals("conseils-de-quartier-citoyens")).findFirst().orElseThrow();
        assertThat(top.getInt("subSpaceCount")).isGreaterThanOrEqualTo(7);
    }

    @Test
    void unpublishedSpacesAndTheirSubSpacesAreInvisible() {
        String draft = "brouillon-" + suffix();
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + draft + "&published=false").statusCode()).isEqualTo(204);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + draft + "-enfant&parent=" + draft).statusCode()).isEqualTo(204);

        assertThat(http.get("api/assemblies/" + draft, JSON).statusCode()).isEqualTo(404);
        assertThat(http.get("api/assemblies/" + draft + "-enfant", JSON).statusCode()).isEqualTo(404);
        assertThat(http.get("assemblies/" + draft, "text/html").statusCode()).isEqualTo(404);
        assertThat(slugs(json(http.get("api/assemblies", JSON)).asJsonArray())).doesNotContain(draft, draft + "-enfant");
    }

    @Test
    void badRequestsGetAFrenchProblemBodyNeverAStackTrace() {
        assertProblem(http.get("api/assemblies/inconnue", JSON), 404, "Assemblée introuvable");
        assertProblem(http.get("api/assemblies?parent=inconnue", JSON), 400, "Parent inconnu");
        assertProblem(http.get("api/assemblies?parent=../../etc", JSON), 400, "Paramètre malformé");
        assertProblem(http.get("api/assemblies?type=%3Cscript%3E", JSON), 400, "Paramètre malformé");
        assertProblem(http.get("api/assemblies", "application/xml"), 406, "Format de réponse non disponible");
        assertProblem(http.get("api/nulle-part", JSON), 404, "Ressource introuvable");
    }

    @Test
    void theApiIsDescribedAndTheApplicationReportsItsHealth() {
        HttpResponse<String> openapi = http.get("/openapi", "*/*");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/assemblies/{slug}", "Les assemblées publiées");

        HttpResponse<String> health = http.get("/health/ready", JSON);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).asJsonObject().getString("status")).isEqualTo("UP");
    }

    @Test
    void pagesAndApiCarrySecurityHeadersAndAStrictScriptPolicy() {
        HttpResponse<String> page = http.get("assemblies/bissy", "text/html");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scriptSrc = java.util.Arrays.stream(policy.split(";")).map(String::strip)
                .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
        assertThat(scriptSrc).contains("'self'", "'nonce-").doesNotContain("unsafe-inline", "unsafe-eval");
        String nonce = scriptSrc.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"").doesNotContain(" onclick=");
        assertThat(policy).contains("object-src 'none'", "frame-ancestors 'none'");

        HttpResponse<String> api = http.get("api/assemblies/bissy", JSON);
        assertThat(api.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        for (HttpResponse<String> response : List.of(page, api)) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS only in production").isEmpty();
        }
    }

    @Test
    void aSpacePageCostsTheSameNumberOfQueriesWithSevenOrSeventySubSpaces() {
        String parent = "quartiers-" + suffix();
        http.post("api/test-fixtures/assemblies?slug=" + parent);
        http.post("api/test-fixtures/assemblies/" + parent + "/sub-spaces?count=7");

        long pageWith7 = statementsFor("assemblies/" + parent, "text/html");
        long apiWith7 = statementsFor("api/assemblies/" + parent, JSON);

        http.post("api/test-fixtures/assemblies/" + parent + "/sub-spaces?count=63");
        assertThat(json(http.get("api/assemblies/" + parent, JSON)).asJsonObject().getJsonArray("subSpaces")).hasSize(70);

        assertThat(statementsFor("assemblies/" + parent, "text/html")).isEqualTo(pageWith7).isPositive();
        assertThat(statementsFor("api/assemblies/" + parent, JSON)).isEqualTo(apiWith7).isPositive();
    }

    private long statementsFor(String relative, String accept) {
        long before = http.sqlStatements();
        HttpResponse<String> response = http.get(relative, accept);
        assertThat(response.statusCode()).isEqualTo(200);
        return http.sqlStatements() - before;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(contentType(response)).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response).asJsonObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isEqualTo(title);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static List<String> slugs(JsonArray assemblies) {
        return assemblies.stream().map(v -> v.asJsonObject().getString("slug")).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
