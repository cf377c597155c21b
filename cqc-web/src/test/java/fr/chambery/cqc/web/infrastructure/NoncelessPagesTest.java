package fr.chambery.cqc.web.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class NoncelessPagesTest {

    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s';";

    @Test
    void aPageWithOnlyScriptFilesLosesTheNonceFromItsTagsAndItsPolicy() {
        byte[] page = ("<p>Bissy é</p><script src=\"/assets/1/js/forms.js\" nonce=\"N0nce\"></script>"
                + "<script nonce=\"N0nce\" src=\"/assets/2/js/share.js\"></script>").getBytes(StandardCharsets.UTF_8);
        NoncelessPages.Stripped stripped = NoncelessPages.strip(page, POLICY.formatted("N0nce"));
        assertThat(stripped).isNotNull();
        assertThat(stripped.policy()).isEqualTo("default-src 'self'; script-src 'self';");
        assertThat(new String(stripped.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Bissy é</p><script src=\"/assets/1/js/forms.js\"></script>"
                + "<script src=\"/assets/2/js/share.js\"></script>");
    }

    @Test
    void aPageThatCarriesAnInlineScriptKeepsItsNonce() {
        for (String inline : new String[] {"<script nonce=\"N0nce\">PrimeFaces.csp.init('N0nce');</script>",
                "<SCRIPT type=\"module\" nonce=\"N0nce\">x()</SCRIPT>"}) {
            byte[] page = ("<script src=\"/a.js\" nonce=\"N0nce\"></script>" + inline).getBytes(StandardCharsets.UTF_8);
            assertThat(NoncelessPages.strip(page, POLICY.formatted("N0nce"))).as(inline).isNull();
        }
    }

    @Test
    void aPolicyWithoutNonceIsLeftAlone() {
        assertThat(NoncelessPages.strip("<p/>".getBytes(StandardCharsets.UTF_8), "default-src 'none'")).isNull();
        assertThat(NoncelessPages.strip("<p/>".getBytes(StandardCharsets.UTF_8), null)).isNull();
    }
}
