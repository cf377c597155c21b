package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.Http;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: keeps cookies and posts the sign-in form, hidden fields included. */
public final class FormClient {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public FormClient(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String relative) {
        return send(HttpRequest.newBuilder(base.resolve(relative)).header("Accept", "text/html").GET().build());
    }

    /** Any method, with the session's cookies and no body: what a forged cross-site request would send. */
    HttpResponse<String> send(String method, String relative) {
        return send(HttpRequest.newBuilder(base.resolve(relative)).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Posts the sign-in form with the current code of {@code secret} (none when null). */
    public HttpResponse<String> signIn(String email, String password, String secret) {
        String code = secret == null ? "" : SecondFactor.codeAt(secret, Instant.now());
        return signInWithCode(email, password, code);
    }

    HttpResponse<String> signInWithCode(String email, String password, String code) {
        HttpResponse<String> form = get("login");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        if (!fields.containsKey("jakarta.faces.ViewState")) {
            throw new AssertionError("No view state on the sign-in page:\n" + form.body());
        }
        fields.put("email", email);
        fields.put("password", password);
        fields.put("code", code);
        fields.put("submit", "Se connecter");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return Http.send(client, request);
    }
}
