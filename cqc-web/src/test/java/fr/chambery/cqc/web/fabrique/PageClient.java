package fr.chambery.cqc.web.fabrique;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the permission matrix: its cookies (a staff session, or a member's
 * {@code cqc-membre} cookie), pages read with jsoup, and forms posted as a browser would, or forged.
 */
final class PageClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    PageClient(URI base) {
        this.base = base;
    }

    /** A member, by her session's secret. */
    PageClient asMember(String secret) {
        HttpCookie cookie = new HttpCookie("cqc-membre", secret);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    /** A staff account, signed in through the real form. */
    PageClient asStaff(String email, String password, String secret) {
        Document login = Jsoup.parse(get("login").body());
        Map<String, String> fields = hidden(login.selectFirst("form#signin"));
        fields.put("email", email);
        fields.put("password", password);
        fields.put("code", SecondFactor.codeAt(secret, Instant.now()));
        fields.put("submit", "Se connecter");
        HttpResponse<String> signedIn = post("login", fields);
        if (signedIn.statusCode() / 100 != 3) {
            throw new AssertionError("not signed in: " + signedIn.statusCode());
        }
        return this;
    }

    HttpResponse<String> get(String relative) {
        String accept = relative.startsWith("api/") ? "application/json" : "text/html";
        return Http.send(client, HttpRequest.newBuilder(base.resolve(relative)).header("Accept", accept).GET().build());
    }

    HttpResponse<String> post(String relative, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Http.send(client, HttpRequest.newBuilder(base.resolve(relative))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The hidden fields of a form, as a browser would send them. */
    static Map<String, String> hidden(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (form == null) {
            throw new AssertionError("no such form");
        }
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return fields;
    }
}
