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

    /**
     * Posts fields as a browser sends a form of {@code enctype="multipart/form-data"} (with no file chosen in
     * {@code emptyFiles}: a part with an empty name and no bytes).
     */
    HttpResponse<String> postMultipart(String relative, Map<String, String> fields, java.util.List<String> emptyFiles) {
        String boundary = "----cqc" + java.util.UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        emptyFiles.forEach(name -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return Http.send(client, HttpRequest.newBuilder(base.resolve(relative))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /** Posts the form's hidden fields and these, as a browser would: multipart when the form says so. */
    HttpResponse<String> submit(String relative, Element form, Map<String, String> fields) {
        Map<String, String> all = hidden(form);
        all.putAll(fields);
        if ("multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
            return postMultipart(relative, all, form.select("input[type=file]").eachAttr("name"));
        }
        return post(relative, all);
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
