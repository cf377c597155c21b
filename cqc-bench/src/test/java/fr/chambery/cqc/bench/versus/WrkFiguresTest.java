package fr.chambery.cqc.bench.versus;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WrkFiguresTest {

    @Test
    void readsTheRateAndThePercentilesOfARealRunWhateverTheirUnit() throws IOException {
        WrkFigures figures = WrkFigures.parse(resource("wrk-nginx.txt"));
        assertThat(figures.requestsPerSecond()).isEqualTo(51390.27);
        assertThat(figures.p50()).as("325.00us").isCloseTo(0.325, within(1e-9));
        assertThat(figures.p99()).as("47.90ms").isEqualTo(47.90);
        assertThat(figures.errors()).isZero();
    }

    @Test
    void addsNon2xxAnswersAndSocketErrorsAndReadsSeconds() {
        String output = """
                Running 5s test @ http://127.0.0.1:9500/assemblies/bissy
                  2 threads and 32 connections
                  Latency Distribution
                     50%    1.20s
                     75%    1.50s
                     90%    1.80s
                     99%    2.01s
                  490 requests in 5.01s, 2.11MB read
                  Socket errors: connect 0, read 2, write 1, timeout 7
                  Non-2xx or 3xx responses: 4
                Requests/sec:     97.80
                Transfer/sec:    431.34KB
                """;
        WrkFigures figures = WrkFigures.parse(output);
        assertThat(figures.requestsPerSecond()).isEqualTo(97.80);
        assertThat(figures.p50()).isEqualTo(1200.0);
        assertThat(figures.p99()).isCloseTo(2010.0, within(1e-9));
        assertThat(figures.errors()).isEqualTo(14);
    }

    @Test
    void refusesAnOutputWithoutItsFigures() {
        assertThatThrownBy(() -> WrkFigures.parse("unable to connect to 127.0.0.1:9500 Connection refused"))
                .hasMessageContaining("Requests/sec");
        assertThatThrownBy(() -> WrkFigures.parse("Requests/sec:  10.00\n")).hasMessageContaining("--latency");
    }

    @Test
    void runsTwoThreadsWithTheConnectionsDurationAndHeadersOfABrowser() {
        assertThat(new Wrk(32, java.time.Duration.ofSeconds(5)).command(java.net.URI.create("http://localhost:9500/assemblies"), "text/html"))
                .containsExactly("wrk", "-t2", "-c32", "-d5s", "--latency", "-H", "Accept: text/html", "-H", "Accept-Encoding: gzip",
                        "http://localhost:9500/assemblies");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = WrkFiguresTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
