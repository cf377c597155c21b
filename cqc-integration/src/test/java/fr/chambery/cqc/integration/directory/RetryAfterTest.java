package fr.chambery.cqc.integration.directory;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code Retry-After} in both forms RFC 9110 allows, a number of seconds or an HTTP date: the sync
 * waits what the server asked, never more than {@code cqc.directory.max-retry-after}, and an unreadable
 * value is ignored (the usual back-off) instead of failing the run.
 */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");
    /** A real HTTP server, started once for the class and reset before each test by its JUnit 5 extension. */
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

    @Test
    void readsSecondsAndTheThreeFormsOfAnHttpDate() {
        assertThat(RetryAfter.of("120", NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.of("Mon, 30 Nov 2026 15:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.of("Monday, 30-Nov-26 15:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.of("Mon Nov 30 15:00:05 2026", NOW)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.of("Mon, 30 Nov 2026 14:00:00 GMT", NOW)).as("a date already past: no wait").contains(Duration.ZERO);
    }

    @Test
    void ignoresAnUnreadableValue() {
        for (String unreadable : new String[] {"bientôt", "-5", "1.5", "30 Nov 2026", "99999999999999999999999", " "}) {
            assertThat(RetryAfter.of(unreadable, NOW)).as(unreadable).isEmpty();
        }
    }

    @Test
    void aServerAskingToRetryAtADateIsWaitedForUpToTheBound() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(2).atOffset(ZoneOffset.UTC));
        server.stubFor(get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", inTwoSeconds)));
        long waited = timeOf(new SourceHttp(Duration.ofSeconds(2), Duration.ofSeconds(5)), "/busy");
        assertThat(waited).as("waited until the date (to the second)").isBetween(900L, 2_900L);

        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(3600).atOffset(ZoneOffset.UTC));
        server.stubFor(get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", inAnHour)));
        assertThat(timeOf(new SourceHttp(Duration.ofSeconds(2), Duration.ofMillis(300)), "/busy")).as("bounded by max-retry-after")
                .isBetween(250L, 1_500L);
    }

    @Test
    void aServerAnsweringAnUnreadableRetryAfterIsRetriedAsUsual() {
        server.stubFor(get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "demain matin")));
        assertThat(timeOf(new SourceHttp(Duration.ofSeconds(2), Duration.ofMillis(300)), "/busy")).isLessThan(1_500L);
    }

    private static long timeOf(SourceHttp http, String path) {
        long before = System.nanoTime();
        assertThatThrownBy(() -> http.get("http://localhost:" + server.getPort() + path, null, null))
                .isInstanceOf(RetryableHttpException.class).hasMessageContaining("429");
        return (System.nanoTime() - before) / 1_000_000;
    }
}
