package fr.chambery.cqc.web.fabrique;

import fr.chambery.cqc.web.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.chambery.cqc.web.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fabrique's pages and lists cost the same SQL statements per request whatever the councils hold: a council's
 * page (its latest subjects and its programme's block), its programme page, the subjects and the programme of the
 * API, and the assembly's page (the bilan) and programme, first with one projet, then with eight projets (updates,
 * working groups, linked meetings, the round's supports public), sixteen subjects with comments and replies,
 * and a second council's projets. The same check as {@code AssemblyApiIT}'s for the other pages, and the kit's x1/x100
 * table ({@code ./cqc bench}) prints the same figures on the generated councils.
 */
class FabriqueFlatCostIT extends FabriqueDeployment {

    private static final String JSON = "application/json";
    private static final String HTML = "text/html";

    private Http http;
    private String suffix;

    @Test
    void aCouncilsFabriqueCostsTheSameQueriesWhateverItHolds() {
        http = new Http(url);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        String assembly = "cout-asm-" + suffix;
        String council = "cout-" + suffix;
        String other = "cout-autre-" + suffix;
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + assembly + "&components=fabrique").statusCode()).isEqualTo(204);
        for (String c : List.of(council, other)) {
            assertThat(http.post("api/test-fixtures/assemblies?slug=" + c + "&parent=" + assembly + "&components=fabrique,meetings")
                    .statusCode()).isEqualTo(204);
            for (String group : List.of("Cadre de vie", "Mobilités")) {
                assertThat(http.post("api/test-fixtures/assemblies/" + c + "/working-groups?name=" + enc(group)).statusCode()).isEqualTo(204);
            }
        }
        Council small = new Council(council);
        small.grow(0, 1);
        Map<String, Long> before = statements(assembly, council);

        small.grow(1, 8);
        new Council(other).grow(0, 3);
        small.close();
        JsonObject programme = json(http.get("api/assemblies/" + council + "/programme", JSON)).asJsonObject();
        assertThat(programme.getInt("total")).isEqualTo(8);
        JsonObject projet = programme.getJsonArray("items").getJsonObject(0);
        assertThat(projet.getJsonArray("updates")).hasSize(1);
        assertThat(projet.getJsonArray("meetings")).hasSize(1);
        assertThat(projet.getJsonObject("supports").getInt("online")).as("the counts public once the round is closed").isPositive();
        assertThat(json(http.get("api/assemblies/" + assembly + "/programme", JSON)).asJsonObject().getInt("total")).isEqualTo(11);
        assertThat(json(http.get("api/assemblies/" + council + "/subjects", JSON)).asJsonObject().getInt("total")).isEqualTo(16);
        assertThat(http.get("assemblies/" + council + "/fabrique/programme", HTML).body().split("class=\"projet-card\"", -1)).hasSize(8 + 1);

        Map<String, Long> after = statements(assembly, council);
        assertThat(after).as("the SQL statements of each request, with one projet and with eight").isEqualTo(before);
        assertThat(after.values()).allMatch(n -> n > 0);
    }

    /** One council's fabrique, grown step by step through the fixtures (the services the moderators and members use). */
    private final class Council {

        private final String slug;
        private final String base;
        private final String pleniere;
        private final String round;

        Council(String slug) {
            this.slug = slug;
            this.base = "api/test-fixtures/programme/" + slug + "/";
            this.pleniere = post(base + "plenieres?in=60");
            this.round = post(base + "priorisations?pleniere=" + pleniere + "&live=true");
        }

        /** For each step: a member, two subjects she proposes, both commented (one answered) and supported; the first retained. */
        void grow(int from, int to) {
            for (int i = from; i < to; i++) {
                String member = "membre-" + i + "-" + slug + "@example.org";
                String retained = post(base + "subjects?title=" + enc("Projet " + i) + "&author=" + enc(member));
                String open = post(base + "subjects?title=" + enc("Idée " + i) + "&author=" + enc(member));
                for (String subject : List.of(retained, open)) {
                    String comment = post("api/test-fixtures/fabrique/comments?subject=" + subject + "&email=" + enc(member)
                            + "&text=" + enc("Bonne idée"));
                    if (subject.equals(open)) {
                        post("api/test-fixtures/fabrique/comments?subject=" + subject + "&email=" + enc(member)
                                + "&text=" + enc("Merci") + "&parent=" + comment);
                    }
                    assertThat(http.post(base + "priorisations/" + round + "/supports?email=" + enc(member) + "&subject=" + subject)
                            .statusCode()).isEqualTo(204);
                }
                post(base + "projets?subject=" + retained + "&pleniere=" + pleniere + "&progress=" + (10 * i)
                        + "&update=" + enc("Étape " + i) + "&meeting=" + pleniere
                        + (i % 2 == 0 ? "&group=" + enc(i % 4 == 0 ? "Cadre de vie" : "Mobilités") : "")
                        + (i % 3 == 0 ? "&answer=" + enc("La Ville accompagne.") : ""));
            }
        }

        void close() {
            assertThat(http.post(base + "priorisations/" + round + "/close").statusCode()).isEqualTo(204);
        }
    }

    private Map<String, Long> statements(String assembly, String council) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (String page : List.of("assemblies/" + council, "assemblies/" + council + "/fabrique/programme", "assemblies/" + assembly,
                "assemblies/" + assembly + "/fabrique/programme")) {
            all.put(page, statementsFor(page, HTML));
        }
        for (String api : List.of("api/assemblies/" + council + "/subjects", "api/assemblies/" + council + "/programme",
                "api/assemblies/" + assembly + "/subjects", "api/assemblies/" + assembly + "/programme")) {
            all.put(api, statementsFor(api, JSON));
        }
        return all;
    }

    /** The SQL statements of one rendering (the data's version moved on first, so that the cache of rendered pages does not answer). */
    private long statementsFor(String relative, String accept) {
        http.post("api/test-fixtures/data-version");
        long before = http.sqlStatements();
        HttpResponse<String> response = http.get(relative, accept);
        assertThat(response.statusCode()).as(relative).isEqualTo(200);
        return http.sqlStatements() - before;
    }

    private String post(String path) {
        HttpResponse<String> response = http.post(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
