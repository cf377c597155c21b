package fr.chambery.cqc.web.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionalResponsesTest {

    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'";

    @Test
    void theFingerprintOfAPageLeavesItsNonceOut() {
        String one = ConditionalResponses.fingerprint(page("AbC123"), POLICY.formatted("AbC123"));
        String two = ConditionalResponses.fingerprint(page("XyZ789"), POLICY.formatted("XyZ789"));
        assertThat(one).isEqualTo(two).hasSize(32);
        assertThat(ConditionalResponses.fingerprint("<p>autre</p>".getBytes(StandardCharsets.UTF_8), null)).isNotEqualTo(one);
        assertThat(ConditionalResponses.fingerprint(page("AbC123"), POLICY.formatted("AbC123"), "<…?page=2>; rel=\"next\"", "51"))
                .as("a paged list whose total changed").isNotEqualTo(one);
    }

    @Test
    void anyListedTagMatchesWeaklyAndStarMatchesAll() {
        String tag = "W/\"abc\"";
        assertThat(ConditionalResponses.matches("W/\"abc\"", tag)).isTrue();
        assertThat(ConditionalResponses.matches("\"zzz\", \"abc\"", tag)).isTrue();
        assertThat(ConditionalResponses.matches("*", tag)).isTrue();
        assertThat(ConditionalResponses.matches("W/\"abd\"", tag)).isFalse();
        assertThat(ConditionalResponses.matches(null, tag)).isFalse();
    }

    private static byte[] page(String nonce) {
        return ("<script nonce=\"" + nonce + "\">PrimeFaces.csp.init('" + nonce + "');</script><p>Bissy é</p>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
