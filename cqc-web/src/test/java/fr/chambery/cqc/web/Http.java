package fr.chambery.cqc.web;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client on the deployed application, as any program would call it. */
public final class Http {

    private static final Pattern SQL_STATEMENTS = Pattern.compile("(?m)^cqc_sql_statements\\{[^}]*}\\s+([0-9.Ee+]+)");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public Http(URL deployment) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
    }

    public URI uri(String relative) {
        return base.resolve(relative);
    }

    public HttpResponse<String> get(String relative, String accept) {
        return send(HttpRequest.newBuilder(uri(relative)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> post(String relative) {
        return send(HttpRequest.newBuilder(uri(relative)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    public static Optional<String> contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type");
    }

    /** The application's {@code cqc_sql_statements} metric, read at the server's root. */
    public long sqlStatements() {
        Matcher m = SQL_STATEMENTS.matcher(metrics("application"));
        if (!m.find()) {
            throw new AssertionError("No cqc_sql_statements metric");
        }
        return (long) Double.parseDouble(m.group(1));
    }

    /** The server's MicroProfile metrics of a scope ({@code base}, {@code application}), read at the server's root. */
    public String metrics(String scope) {
        return send(HttpRequest.newBuilder(base.resolve("/metrics?scope=" + scope)).GET().build()).body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(client, request);
    }

    /** Sends with {@code client}, the body read as text; I/O failures unchecked. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return send(client, request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends with {@code client}, the body read by {@code body} (bytes for downloads); I/O failures unchecked. */
    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
