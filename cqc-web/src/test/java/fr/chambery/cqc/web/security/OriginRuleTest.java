package fr.chambery.cqc.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which state-changing requests come from another site, from the headers only a browser sets. */
class OriginRuleTest {

    private static final Optional<String> NO_PUBLIC_URL = Optional.empty();

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post"})
    void aWriteThatTheBrowserCallsCrossSiteIsRefusedWhateverItsOrigin(String method) {
        assertThat(OriginRule.refuses(method, "cross-site", null, "localhost:8080", NO_PUBLIC_URL)).isTrue();
        assertThat(OriginRule.refuses(method, "cross-site", "http://localhost:8080", "localhost:8080", NO_PUBLIC_URL)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "http://localhost:9110", "http://127.0.0.1:8080", "null",
            "http://localhost:8080.evil.example", "http://participer.example.org.evil.example", "nonsense"})
    void aWriteFromAnotherOriginIsRefused(String origin) {
        assertThat(OriginRule.refuses("POST", null, origin, "localhost:8080", NO_PUBLIC_URL)).isTrue();
        assertThat(OriginRule.refuses("POST", "same-site", origin, "localhost:8080", NO_PUBLIC_URL)).isTrue();
    }

    @Test
    void aWriteFromThisSiteGoesThrough() {
        assertThat(OriginRule.refuses("POST", "same-origin", "http://localhost:8080", "localhost:8080", NO_PUBLIC_URL)).isFalse();
        assertThat(OriginRule.refuses("POST", null, "https://participer.example.org", "participer.example.org", NO_PUBLIC_URL)).isFalse();
        assertThat(OriginRule.refuses("POST", null, "https://participer.example.org", "participer.example.org:443", NO_PUBLIC_URL)).isFalse();
        assertThat(OriginRule.refuses("POST", "same-origin", "https://participer.example.org", "10.0.0.5:8080",
                Optional.of("https://participer.example.org"))).as("behind a proxy that changes Host").isFalse();
    }

    @Test
    void aProgramSendingNeitherHeaderGoesThrough() {
        assertThat(OriginRule.refuses("POST", null, null, "localhost:8080", NO_PUBLIC_URL)).isFalse();
        assertThat(OriginRule.refuses("DELETE", null, null, null, NO_PUBLIC_URL)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void aReadingIsNeverRefused(String method) {
        assertThat(OriginRule.refuses(method, "cross-site", "http://evil.example", "localhost:8080", NO_PUBLIC_URL)).isFalse();
    }
}
