package fr.chambery.cqc.integration.directory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The sources' HTTP, behind MicroProfile Fault Tolerance: retried with a growing, jittered delay on
 * 5xx, 429 and dropped connections; each attempt bounded in time; a circuit breaker stops hammering a
 * source that keeps failing. Every figure can be tuned through MicroProfile Config
 * ({@code fr.chambery.cqc.integration.directory.ResilientHttp/fetch/Retry/maxRetries=…}).
 */
@ApplicationScoped
public class ResilientHttp {

    @Inject
    @ConfigProperty(name = "cqc.directory.http-timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "cqc.directory.max-retry-after", defaultValue = "PT10S")
    Duration maxRetryAfter;

    private SourceHttp http;

    @PostConstruct
    void init() {
        http = new SourceHttp(timeout, maxRetryAfter);
    }

    @Retry(maxRetries = 3, delay = 500, jitter = 250, maxDuration = 120_000,
            retryOn = RetryableHttpException.class, abortOn = SourceException.class)
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 60, delayUnit = ChronoUnit.SECONDS,
            failOn = RetryableHttpException.class, skipOn = SourceException.class)
    public HttpAnswer fetch(String url, String etag, String lastModified) {
        return http.get(url, etag, lastModified);
    }
}
