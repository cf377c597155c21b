package fr.chambery.cqc.integration.directory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One HTTP GET to a source, conditional when validators are known. 5xx, 429 (after waiting its
 * {@code Retry-After}, in seconds or as an HTTP date, at most {@code maxRetryAfter}) and network failures are {@link RetryableHttpException}s;
 * other 4xx are {@link SourceException}s.
 */
public class SourceHttp {

    private final HttpClient client;
    private final Duration timeout;
    private final Duration maxRetryAfter;

    public SourceHttp(Duration timeout, Duration maxRetryAfter) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.maxRetryAfter = maxRetryAfter;
    }

    public HttpAnswer get(String url, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("User-Agent", "CQC-Chambery-sync/1.0 (annuaire des associations)")
                .header("Accept", "text/html,application/json,text/csv;q=0.9,*/*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new RetryableHttpException("Délai dépassé pour " + url, e);
        } catch (IOException e) {
            throw new RetryableHttpException("Connexion interrompue avec " + url + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("Lecture interrompue : " + url, e);
        }
        int status = response.statusCode();
        if (status == 304) {
            return new HttpAnswer(304, null, null, etag, lastModified);
        }
        if (status == 429) {
            waitFor(RetryAfter.of(response.headers().firstValue("Retry-After").orElse(null), Instant.now()));
            throw new RetryableHttpException("Trop de requêtes (429) pour " + url);
        }
        if (status >= 500) {
            throw new RetryableHttpException("Erreur " + status + " du serveur pour " + url);
        }
        if (status != 200) {
            throw new SourceException("Réponse " + status + " pour " + url + " : ce n'est pas une page de l'annuaire.");
        }
        return new HttpAnswer(200, response.body(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Last-Modified").orElse(null));
    }

    /** Waits what the server asked (seconds or an HTTP date), at most {@code maxRetryAfter}; one second when it said nothing readable. */
    private void waitFor(Optional<Duration> retryAfter) {
        long millis = Math.min(retryAfter.orElse(Duration.ofSeconds(1)).toMillis(), maxRetryAfter.toMillis());
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
