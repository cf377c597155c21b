package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import jakarta.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix: every back-office page and every write endpoint of the API, walked by each
 * kind of user, answers what the rules say; anything unknown is refused. Plus the sign-in's defences.
 */
class BackOfficeAccessIT extends DeployedApplication {

    private static final String PASSWORD = "une-phrase-de-passe-assez-longue";
    private static final List<String> ROLES = List.of("anonyme", "citoyen", "modérateur d'un autre espace", "modérateur", "administrateur");

    private Http http;
    private URI base;
    private String suffix;
    private String space;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        base = http.uri("");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        space = "matrice-" + suffix;
        ok(http.post("api/test-fixtures/assemblies?slug=" + space + "&components=meetings,documents,membership,fabrique"));
        ok(http.post("api/test-fixtures/assemblies?slug=" + space + "-autre"));
    }

    @Test
    void everyBackOfficePageAnswersEachKindOfUserAsTheRulesSay() {
        Map<String, FormClient> users = signedInUsers();
        List<String> pages = List.of("admin/", "admin/assembly?slug=" + space, "admin/assembly?parent=" + space,
                "admin/assembly", "admin/types", "admin/accounts", "admin/account?id=" + accounts().get("citoyen")[2], "admin/log",
                "admin/meetings?space=" + space, "admin/meeting?space=" + space);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("anonyme", List.of("login", "login", "login", "login", "login", "login", "login", "login", "login", "login"));
        expected.put("citoyen", List.of("403", "403", "403", "403", "403", "403", "403", "403", "403", "403"));
        expected.put("modérateur d'un autre espace", List.of("200", "403", "403", "403", "403", "403", "403", "403", "403", "403"));
        expected.put("modérateur", List.of("200", "200", "200", "403", "403", "403", "403", "403", "200", "200"));
        expected.put("administrateur", List.of("200", "200", "200", "200", "200", "200", "200", "200", "200", "200"));

        Map<String, List<String>> actual = new LinkedHashMap<>();
        users.forEach((role, client) -> actual.put(role, pages.stream().map(page -> outcome(client.get(page))).toList()));

        assertThat(actual).as("pages %s", pages).isEqualTo(expected);
        assertThat(users.get("administrateur").get("admin/nimporte-quoi").statusCode()).isEqualTo(404);
    }

    @Test
    void theDocumentsMembersAndDirectoryPagesAnswerEachKindOfUserAsTheRulesSay() {
        Map<String, FormClient> users = signedInUsers();
        List<String> pages = List.of("admin/documents?space=" + space, "admin/document?space=" + space, "admin/members?space=" + space,
                "admin/members.csv?space=" + space, "admin/associations", "admin/directory");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("anonyme", List.of("login", "login", "login", "login", "login", "login"));
        expected.put("citoyen", List.of("403", "403", "403", "403", "403", "403"));
        expected.put("modérateur d'un autre espace", List.of("403", "403", "403", "403", "200", "403"));
        expected.put("modérateur", List.of("200", "200", "200", "200", "200", "403"));
        expected.put("administrateur", List.of("200", "200", "200", "200", "200", "200"));

        Map<String, List<String>> actual = new LinkedHashMap<>();
        users.forEach((role, client) -> actual.put(role, pages.stream().map(page -> outcome(client.get(page))).toList()));

        assertThat(actual).as("pages %s", pages).isEqualTo(expected);
    }

    @Test
    void theHomeLinksEachSpaceToTheBackOfficePagesOfTheComponentsItEnablesInTheirDisplayOrder() {
        String parent = "accueil-" + suffix;
        ok(http.post("api/test-fixtures/assemblies?slug=" + parent));
        ok(http.post("api/test-fixtures/assemblies?slug=" + parent + "-tout&parent=" + parent + "&components=documents,meetings,membership,interlocutors"));
        ok(http.post("api/test-fixtures/assemblies?slug=" + parent + "-rencontres&parent=" + parent + "&components=meetings"));
        ok(http.post("api/test-fixtures/assemblies?slug=" + parent + "-sans-page&parent=" + parent + "&components=interlocutors,associations"));

        Document home = Jsoup.parse(signedIn("administrateur").get("admin/?parent=" + parent).body());

        assertThat(componentLinks(home, parent + "-tout")).as("registry order: membership 5, meetings 20, documents 30").containsExactly(
                "admin/members?space=" + parent + "-tout|Membres " + "Espace " + parent + "-tout",
                "admin/meetings?space=" + parent + "-tout|Rencontres " + "Espace " + parent + "-tout",
                "admin/documents?space=" + parent + "-tout|Documents " + "Espace " + parent + "-tout");
        assertThat(componentLinks(home, parent + "-rencontres")).containsExactly(
                "admin/meetings?space=" + parent + "-rencontres|Rencontres " + "Espace " + parent + "-rencontres");
        assertThat(componentLinks(home, parent + "-sans-page")).as("components administered in the space editor only").isEmpty();
    }

    @Test
    void everyComponentBoardAnswers404ForAnUnknownSpaceAnd403ToAnotherSpacesModerator() {
        FormClient admin = signedIn("administrateur");
        FormClient otherModerator = signedIn("modérateur d'un autre espace");
        for (String board : BOARDS.keySet()) {
            assertThat(admin.get("admin/" + board + "?space=inconnu-" + suffix).statusCode()).as(board + ", unknown space").isEqualTo(404);
            assertThat(admin.get("admin/" + board).statusCode()).as(board + ", no space").isEqualTo(404);
            assertThat(otherModerator.get("admin/" + board + "?space=" + space).statusCode()).as(board + ", another space").isEqualTo(403);
            assertThat(otherModerator.get("admin/" + board + "?space=" + space + "-autre").statusCode()).as(board + ", own space").isEqualTo(200);
        }
    }

    @Test
    void everyComponentBoardSaysInFrenchWhenItsComponentIsNotEnabledOnTheSpace() {
        FormClient admin = signedIn("administrateur");
        BOARDS.forEach((board, name) -> {
            HttpResponse<String> off = admin.get("admin/" + board + "?space=" + space + "-autre");
            assertThat(off.statusCode()).as(board).isEqualTo(200);
            assertThat(Jsoup.parse(off.body()).text()).as(board)
                    .contains("Le composant « " + name + " » n'est pas activé sur cet espace : activez-le dans l'espace d'abord.");

            HttpResponse<String> on = admin.get("admin/" + board + "?space=" + space);
            assertThat(on.statusCode()).as(board).isEqualTo(200);
            assertThat(Jsoup.parse(on.body()).text()).as(board).doesNotContain("n'est pas activé");

            assertThat(Jsoup.parse(admin.get("admin/" + board + "?space=" + space + "-autre&lang=en").body()).text()).as(board)
                    .contains("The “" + englishName(name) + "” component is not enabled on this space");
            admin.get("admin/?lang=fr");
        });
    }

    private static String englishName(String frenchName) {
        return Map.of("Rencontres", "Meetings", "Documents", "Documents", "Inscription", "Sign-up",
                "La fabrique citoyenne", "Citizens' workshop").get(frenchName);
    }

    @Test
    void everyWriteEndpointAnswersEachKindOfUserAsTheRulesSay() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anonyme", null);
        for (var account : accounts().entrySet()) {
            tokens.put(account.getKey(), http.post("api/test-fixtures/tokens?email=" + account.getValue()[0]).body());
        }
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("anonyme", List.of(401, 401, 401, 401, 401, 404, 405));
        expected.put("citoyen", List.of(403, 403, 403, 403, 403, 404, 405));
        expected.put("modérateur d'un autre espace", List.of(403, 403, 403, 403, 403, 404, 405));
        expected.put("modérateur", List.of(204, 204, 204, 201, 403, 404, 405));
        expected.put("administrateur", List.of(204, 204, 204, 201, 201, 404, 405));

        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        tokens.forEach((role, token) -> {
            String n = role.replaceAll("[^a-z]", "");
            actual.put(role, List.of(
                    call("PUT", "api/assemblies/" + space, token, "{\"version\":" + version() + ",\"subtitle\":\"Changé par " + n + "\"}"),
                    call("DELETE", "api/assemblies/" + space + "/publication", token, null),
                    call("PUT", "api/assemblies/" + space + "/publication", token, null),
                    call("POST", "api/assemblies", token, "{\"slug\":\"" + space + "-" + n + "\",\"parent\":\"" + space + "\",\"title\":\"Sous-espace\",\"subtitle\":\"s\"}"),
                    call("POST", "api/assemblies", token, "{\"slug\":\"haut-" + suffix + "-" + n + "\",\"title\":\"Nouvelle\",\"subtitle\":\"s\"}"),
                    call("POST", "api/assemblies/" + space + "/archive", token, null),
                    call("PATCH", "api/assemblies/" + space, token, "{}")));
            ok(http.post("api/test-fixtures/assemblies?slug=noop-" + UUID.randomUUID().toString().substring(0, 6)));
        });

        assertThat(actual).as("PUT, unpublish, publish, create sub-space, create top-level, unknown action, unknown method")
                .isEqualTo(expected);
    }

    @Test
    void aChangeThroughTheApiIsLoggedWithItsAuthorBeforeAndAfter() {
        String admin = accounts().get("administrateur")[0];
        String token = http.post("api/test-fixtures/tokens?email=" + admin).body();
        assertThat(call("PUT", "api/assemblies/" + space, token, "{\"version\":" + version() + ",\"title\":\"Nouveau titre " + suffix + "\"}"))
                .isEqualTo(204);
        assertThat(call("PUT", "api/assemblies/" + space, token, "{\"version\":0,\"title\":\"Périmé\"}"))
                .as("an out-of-date version").isEqualTo(409);

        FormClient client = new FormClient(base);
        assertThat(client.signIn(admin, PASSWORD, accounts.get("administrateur")[1]).statusCode()).isIn(302, 303);
        String log = client.get("admin/log?type=assembly&actor=" + admin).body();
        assertThat(log).contains(admin, "Modification", "Nouveau titre " + suffix, "Espace " + space);
    }

    @Test
    void theLogsFilterOffersEveryFeaturesKindsOfResourceByTheirFrenchNamesInAlphabeticalOrder() {
        String admin = accounts().get("administrateur")[0];
        FormClient client = new FormClient(base);
        assertThat(client.signIn(admin, PASSWORD, accounts.get("administrateur")[1]).statusCode()).isIn(302, 303);
        List<Element> options = Jsoup.parse(client.get("admin/log").body()).select("#f-type option[value~=.]");

        assertThat(options).extracting(o -> o.attr("value")).containsExactlyInAnyOrder("account", "api_token", "assembly",
                "assembly_type", "association", "document", "document_collection", "meeting", "membership", "sync_run",
                "working_group", "fabrique_subject", "fabrique_comment", "fabrique_report", "priorisation", "projet");
        List<String> names = options.stream().map(Element::text).toList();
        assertThat(names).noneMatch(n -> n.contains("???"))
                .contains("Espace", "Collection de documents", "Synchronisation de l'annuaire")
                .isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));
    }

    @Test
    void aSignedInSessionGivesNoRightOnTheApiOnlyABearerTokenDoes() {
        String[] admin = accounts().get("administrateur");
        FormClient client = new FormClient(base);
        assertThat(client.signIn(admin[0], PASSWORD, admin[1]).statusCode()).isIn(302, 303);
        assertThat(client.get("admin/").statusCode()).isEqualTo(200);

        HttpResponse<String> forged = client.send("PUT", "api/assemblies/" + space + "/publication");
        assertThat(forged.statusCode()).as("a cross-site request riding on the session cookie").isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void signInRenewsTheSessionAndProtectsItsCookie() {
        FormClient client = new FormClient(base);
        client.get("login");
        String before = client.sessionId().orElseThrow();
        String[] admin = accounts().get("administrateur");
        HttpResponse<String> response = client.signIn(admin[0], PASSWORD, admin[1]);

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(client.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aWrongPasswordOrCodeIsRefusedInFrenchAndTheSixthAttemptInAMinuteGets429() {
        String[] moderator = accounts().get("modérateur");
        FormClient client = new FormClient(base);

        HttpResponse<String> noCode = client.signIn(moderator[0], PASSWORD, null);
        assertThat(noCode.statusCode()).isEqualTo(200);
        assertThat(noCode.body()).contains("Adresse, mot de passe ou code incorrect.");
        assertThat(client.signInWithCode(moderator[0], PASSWORD, "000000").body()).contains("Adresse, mot de passe ou code incorrect.");
        for (int i = 0; i < 3; i++) {
            assertThat(client.signIn(moderator[0], "pas-le-bon-mot-de-passe", moderator[1]).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> sixth = client.signIn(moderator[0], PASSWORD, moderator[1]);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("Trop de tentatives pour ce compte : réessayez dans une minute.");
        assertThat(client.get("admin/").statusCode()).as("still signed out").isEqualTo(302);
    }

    /** The component boards, each with its component's French name. */
    private static final Map<String, String> BOARDS = Map.of("meetings", "Rencontres", "documents", "Documents", "members", "Inscription",
            "fabrique", "La fabrique citoyenne");

    /** The component links of a space's row on the home: {@code href|text}, the context path left out. */
    private List<String> componentLinks(Document home, String slug) {
        Element row = home.select("tr").stream()
                .filter(tr -> !tr.select("th a[href$=/assemblies/" + slug + "]").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + slug));
        return row.select("td.actions a").stream()
                .filter(a -> a.attr("href").matches(".*/admin/(meetings|documents|members)\\?.*"))
                .map(a -> a.attr("href").substring(a.attr("href").indexOf("admin/")) + "|" + a.text())
                .toList();
    }

    private FormClient signedIn(String role) {
        String[] account = accounts().get(role);
        FormClient client = new FormClient(base);
        assertThat(client.signIn(account[0], PASSWORD, account[1]).statusCode()).as("sign-in of " + role).isIn(302, 303);
        return client;
    }

    // --- the cast ------------------------------------------------------------------------------

    private Map<String, String[]> accounts;

    /** One account per kind of user, unique to this test: e-mail, TOTP secret, id. */
    private Map<String, String[]> accounts() {
        if (accounts == null) {
            accounts = new LinkedHashMap<>();
            accounts.put("citoyen", account("CITOYEN", null));
            accounts.put("modérateur d'un autre espace", account("MODERATEUR", space + "-autre"));
            accounts.put("modérateur", account("MODERATEUR", space));
            accounts.put("administrateur", account("ADMINISTRATEUR", null));
        }
        return accounts;
    }

    private String[] account(String role, String spaces) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String secret = role.equals("CITOYEN") ? null : SecondFactor.newSecret();
        HttpResponse<String> created = http.post("api/test-fixtures/accounts?email=" + email + "&role=" + role + "&password=" + PASSWORD
                + (secret == null ? "" : "&secret=" + secret) + (spaces == null ? "" : "&spaces=" + spaces));
        ok(created);
        return new String[]{email, secret, created.body()};
    }

    private Map<String, FormClient> signedInUsers() {
        Map<String, FormClient> users = new LinkedHashMap<>();
        users.put("anonyme", new FormClient(base));
        accounts().forEach((role, account) -> {
            FormClient client = new FormClient(base);
            HttpResponse<String> response = client.signIn(account[0], PASSWORD, account[1]);
            assertThat(response.statusCode()).as("sign-in of " + role).isIn(302, 303);
            users.put(role, client);
        });
        assertThat(users.keySet()).containsExactlyElementsOf(ROLES);
        return users;
    }

    private static String outcome(HttpResponse<String> response) {
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            return response.headers().firstValue("Location").filter(l -> l.endsWith("/login")).map(l -> "login")
                    .orElse("redirect " + response.headers().firstValue("Location").orElse("?"));
        }
        return Integer.toString(response.statusCode());
    }

    private long version() {
        JsonObject json = Http.json(http.get("api/assemblies/" + space, "application/json")).asJsonObject();
        return json.getJsonNumber("version").longValue();
    }

    private int call(String method, String relative, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(relative)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }
}
