package fr.chambery.cqc.web.security;

import com.sun.net.httpserver.HttpServer;
import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.backoffice.FormClient;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.StaffSignIn;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker meets from outside: API writes that ask who calls before reading anything, refusals
 * that are 403 (never 500) and log no personal data, cross-site writes refused before any session, and a
 * Content-Security-Policy on every response, downloads included.
 */
class SecurityIT extends DeployedApplication {

    private static final String PASSWORD = StaffSignIn.PASSWORD;
    private static final Pattern VERSION_LINK = Pattern.compile("/admin/files/(\\d+)/[^\"]+");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Http http;
    private String space;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        space = "securite-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + space + "&components=documents,membership").statusCode()).isEqualTo(204);
    }

    // --- item 9: who calls, before what is sent ---------------------------------------------------

    @Test
    void everyApiWriteAnswers401WithoutATokenAnd403ToACitizenWhateverItsBody() {
        String admin = tokenOf("ADMINISTRATEUR", "");
        long document = Http.json(upload(admin, "note.txt", "Note")).asJsonObject().getJsonNumber("id").longValue();
        String citizen = tokenOf("CITOYEN", "");
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("POST", "api/assemblies");
        writes.put("PUT", "api/assemblies/" + space);
        writes.put("PUT ", "api/assemblies/" + space + "/publication");
        writes.put("DELETE", "api/assemblies/" + space + "/publication");
        writes.put("POST ", "api/assemblies/" + space + "/documents?filename=a.txt&title=A");
        writes.put("PUT  ", "api/documents/" + document + "/file?filename=a.txt");
        writes.put("POST  ", "api/directory/runs");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("application/json", "{\"slug\": ");
        bodies.put("application/json ", "{}");
        bodies.put("text/plain", "n'importe quoi");
        bodies.put("application/xml", "<assembly/>");
        bodies.put("", "");

        List<String> answers = new ArrayList<>();
        writes.forEach((method, path) -> bodies.forEach((type, body) -> {
            HttpResponse<String> anonymous = write(method.strip(), path, null, type.strip(), body);
            HttpResponse<String> ofACitizen = write(method.strip(), path, citizen, type.strip(), body);
            answers.add(method.strip() + " " + path + " [" + type.strip() + "] " + anonymous.statusCode() + " "
                    + Http.contentType(anonymous).orElse("") + " / " + ofACitizen.statusCode() + " " + Http.contentType(ofACitizen).orElse(""));
        }));

        assertThat(answers).allSatisfy(answer -> assertThat(answer)
                .endsWith(" 401 application/problem+json / 403 application/problem+json"));
        assertThat(write("POST", "api/assemblies", null, "application/json", "{}").headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"cqc\"");
        assertThat(write("POST", "api/assemblies", admin, "application/json", "{\"slug\": ").statusCode())
                .as("with rights, the body is then read and judged").isEqualTo(400);
        assertThat(write("POST", "api/assemblies", admin, "text/plain", "n'importe quoi").statusCode()).isEqualTo(415);
    }

    // --- item 10: a refusal is a 403, logged without personal data --------------------------------

    @Test
    void aModeratorAskingForAFileOfAnotherSpaceIsRefusedWith403AndOneLogLineWithoutTheirEmail() {
        String other = space + "-autre";
        http.post("api/test-fixtures/assemblies?slug=" + other + "&components=documents");
        long document = Http.json(upload(tokenOf("ADMINISTRATEUR", ""), "compte-rendu.txt", "Compte rendu")).asJsonObject()
                .getJsonNumber("id").longValue();
        FormClient moderatorHere = signedIn("MODERATEUR", space);
        Matcher link = VERSION_LINK.matcher(moderatorHere.get("admin/document?id=" + document).body());
        assertThat(link.find()).as("the back office links the document's version").isTrue();
        String file = link.group().substring(1);
        assertThat(moderatorHere.get(file).statusCode()).isEqualTo(200);
        http.post("api/test-fixtures/logs?logger=" + Refusals.class.getName());

        String email = "moderateur-ailleurs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String accountId = account(email, "MODERATEUR", other);
        FormClient moderatorElsewhere = new FormClient(http.uri(""));
        assertThat(moderatorElsewhere.signIn(email, PASSWORD, SECRET).statusCode()).isIn(302, 303);
        HttpResponse<String> refused = moderatorElsewhere.get(file);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>Accès refusé</h1>").doesNotContain("\tat fr.chambery");
        String log = http.post("api/test-fixtures/logs?logger=" + Refusals.class.getName()).body();
        assertThat(log.lines().filter(line -> line.contains("account " + accountId))).hasSize(1);
        assertThat(log).doesNotContain(email).doesNotContain("stack trace");
    }

    // --- item 11: cross-site writes --------------------------------------------------------------

    @Test
    void aCrossSiteWriteIsRefusedWith403BeforeAnySessionIsCreated() {
        String own = http.uri("").getScheme() + "://" + http.uri("").getRawAuthority();
        for (String[] headers : List.of(new String[]{"Origin", "http://evil.example"}, new String[]{"Sec-Fetch-Site", "cross-site"},
                new String[]{"Origin", "null"})) {
            for (String path : List.of("admin/assembly?slug=" + space, "login", "membership/sign-up?council=" + space)) {
                HttpResponse<String> response = Http.send(client, HttpRequest.newBuilder(http.uri(path)).header(headers[0], headers[1])
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("a=b")).build());
                assertThat(response.statusCode()).as(headers[0] + ": " + headers[1] + " on " + path).isEqualTo(403);
                assertThat(response.headers().allValues("Set-Cookie")).as("no session").isEmpty();
                assertThat(response.body()).contains("envoyée depuis un autre site");
            }
        }
        HttpResponse<String> sameOrigin = Http.send(client, HttpRequest.newBuilder(http.uri("admin/assembly?slug=" + space))
                .header("Origin", own).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=b")).build());
        assertThat(sameOrigin.statusCode()).as("this site's own form goes on to the sign-in").isEqualTo(302);

        String admin = tokenOf("ADMINISTRATEUR", "");
        assertThat(write("PUT", "api/assemblies/" + space + "/publication", admin, "", "").statusCode())
                .as("a program's bearer-token write, without Origin").isEqualTo(204);
        assertThat(Http.send(client, HttpRequest.newBuilder(http.uri("api/assemblies/" + space + "/publication"))
                .header("Authorization", "Bearer " + admin).header("Origin", "http://evil.example")
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).as("the same from another site's page").isEqualTo(403);
    }

    @Test
    void aStaffMemberWhoseBrowserPostsAFormOfAnotherSiteStaysSignedIn() throws Exception {
        // the other site: another host name for this machine, so that the browser sees another site
        String otherHost = url.getHost().equals("localhost") ? "127.0.0.1" : "localhost";
        String target = url.toString().replaceFirst("/?$", "/") + "admin/assembly?slug=" + space;
        byte[] page = ("<!DOCTYPE html><html lang=\"fr\"><head><title>Gagnez un vélo</title></head><body>"
                + "<form method=\"post\" action=\"" + target + "\"><input type=\"hidden\" name=\"title\" value=\"Piraté\"></form>"
                + "<script>document.forms[0].submit();</script></body></html>").getBytes(StandardCharsets.UTF_8);
        HttpServer hostile = HttpServer.create(new InetSocketAddress(otherHost, 9111), 0);
        hostile.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        hostile.start();
        try (Browser staff = StaffSignIn.signIn(url, http, "ADMINISTRATEUR", null)) {
            staff.open("admin/");
            assertThat(staff.findAll(By.cssSelector("input[value='Se déconnecter'], button[value='Se déconnecter']"))).isNotEmpty();

            staff.driver().get("http://" + otherHost + ":9111/");
            new WebDriverWait(staff.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(target));
            assertThat(staff.driver().findElement(By.tagName("body")).getText()).contains("envoyée depuis un autre site");

            staff.driver().get(url.toString().replaceFirst("/?$", "/") + "admin/");
            assertThat(staff.driver().getCurrentUrl()).as("still signed in").doesNotContain("login");
            assertThat(staff.findAll(By.cssSelector("input[value='Se déconnecter'], button[value='Se déconnecter']"))).isNotEmpty();
        } finally {
            hostile.stop(0);
        }
    }

    // --- item 12: a Content-Security-Policy on every response -------------------------------------

    @Test
    void everyResponseCarriesAContentSecurityPolicyAndFilesAreSandboxed() {
        String admin = tokenOf("ADMINISTRATEUR", "");
        JsonObject document = Http.json(upload(admin, "note.txt", "Note publiée")).asJsonObject();
        write("PUT", "api/assemblies/" + space + "/publication", admin, "", "");
        FormClient moderator = signedIn("MODERATEUR", space);
        Matcher version = VERSION_LINK.matcher(moderator.get("admin/document?id=" + document.getJsonNumber("id")).body());
        assertThat(version.find()).isTrue();
        String sandbox = "default-src 'none'; sandbox";

        Map<String, String> policies = new LinkedHashMap<>();
        policies.put("public file", csp(Http.send(client, HttpRequest.newBuilder(URI.create(document.getString("file"))).GET().build())));
        policies.put("a version in the back office", csp(moderator.get(version.group().substring(1))));
        policies.put("members' export", csp(moderator.get("admin/members.csv?space=" + space)));
        policies.put("calendar", csp(http.get("api/assemblies/" + space + "/meetings/calendar.ics", "text/calendar")));

        assertThat(policies).containsEntry("public file", sandbox).containsEntry("a version in the back office", sandbox)
                .containsEntry("members' export", sandbox);
        assertThat(policies.get("calendar")).isNotEmpty();
        HttpResponse<String> pageResponse = http.get("assemblies/" + space, "text/html");
        assertThat(csp(pageResponse)).as("a page keeps its own policy, with its script nonce").contains("script-src 'self'")
                .doesNotContain("sandbox");
        Matcher stylesheet = Pattern.compile("href=\"([^\"]+\\.css[^\"]*)\"").matcher(pageResponse.body());
        assertThat(stylesheet.find()).isTrue();
        String css = stylesheet.group(1).replace("&amp;", "&");
        HttpResponse<String> style = Http.send(client, HttpRequest.newBuilder(http.uri("").resolve(css)).GET().build());
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(csp(style)).as("a style sheet").isEqualTo(sandbox);
        assertThat(csp(http.get("files/999999/rien.pdf", "text/html"))).as("a missing file's error page").isNotEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static final String SECRET = SecondFactor.newSecret();

    private static String csp(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }

    private String account(String email, String role, String spaces) {
        HttpResponse<String> created = http.post("api/test-fixtures/accounts?email=" + email + "&role=" + role + "&password=" + PASSWORD
                + "&secret=" + SECRET + "&spaces=" + spaces);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return created.body().strip();
    }

    private String tokenOf(String role, String spaces) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        account(email, role, spaces);
        return http.post("api/test-fixtures/tokens?email=" + email).body();
    }

    private FormClient signedIn(String role, String spaces) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        account(email, role, spaces);
        FormClient client = new FormClient(http.uri(""));
        assertThat(client.signIn(email, PASSWORD, SECRET).statusCode()).isIn(302, 303);
        return client;
    }

    private HttpResponse<String> upload(String token, String fileName, String title) {
        HttpResponse<String> response = write("POST", "api/assemblies/" + space + "/documents?filename=" + fileName + "&publish=true&title="
                + title.replace(" ", "%20"), token, "text/plain", "Le texte de " + title);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private HttpResponse<String> write(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).header("Accept", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return Http.send(client, request.build());
    }
}
