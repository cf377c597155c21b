package fr.chambery.cqc.integration.directory;

import fr.chambery.cqc.core.association.SourcePage;
import fr.chambery.cqc.core.association.SourcePages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads a source's address: {@code http(s):} through {@link ResilientHttp}, conditionally when the
 * last answer carried an {@code ETag} or a {@code Last-Modified} (a 304 reuses the stored body);
 * {@code file:} and {@code classpath:} (the demo's directory) directly.
 */
@ApplicationScoped
public class DirectoryFetcher implements Fetcher {

    @Inject
    ResilientHttp http;

    @Inject
    SourcePages pages;

    @Override
    public byte[] get(String url) {
        if (isLocal(url)) {
            try (InputStream in = open(url)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new SourceException("Source illisible : " + url, e);
            }
        }
        Optional<SourcePage> known = pages.of(url);
        HttpAnswer answer;
        try {
            answer = http.fetch(url, known.flatMap(SourcePage::etag).orElse(null), known.flatMap(SourcePage::lastModified).orElse(null));
        } catch (RetryableHttpException e) {
            throw new SourceException(e.getMessage() + " (après plusieurs essais)", e);
        } catch (TimeoutException e) {
            throw new SourceException("Délai dépassé pour " + url + " (après plusieurs essais)", e);
        } catch (CircuitBreakerOpenException e) {
            throw new SourceException("La source ne répond plus depuis plusieurs essais : nouvelle tentative dans une minute (" + url + ").", e);
        }
        if (answer.notModified() && known.isPresent()) {
            return Base64.getDecoder().decode(known.get().body());
        }
        if (answer.notModified()) {
            throw new SourceException("Réponse 304 sans version connue pour " + url);
        }
        pages.keep(new SourcePage(url, answer.etag(), answer.lastModified(), Base64.getEncoder().encodeToString(answer.body()), Instant.now()));
        return answer.body();
    }

    /** For the RNA file: a stream, never the whole file in memory (not cached). */
    public InputStream open(String url) throws IOException {
        if (url.startsWith("classpath:")) {
            InputStream in = DirectoryFetcher.class.getClassLoader().getResourceAsStream(url.substring("classpath:".length()));
            if (in == null) {
                throw new SourceException("Source introuvable : " + url);
            }
            return in;
        }
        if (url.startsWith("file:")) {
            return Files.newInputStream(Path.of(URI.create(url)));
        }
        return URI.create(url).toURL().openStream();
    }

    private static boolean isLocal(String url) {
        return url.startsWith("classpath:") || url.startsWith("file:");
    }
}
