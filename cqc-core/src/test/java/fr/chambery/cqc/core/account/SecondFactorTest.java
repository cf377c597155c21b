package fr.chambery.cqc.core.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorTest {

    // RFC 6238 appendix B: the SHA-1 secret "12345678901234567890", in Base32.
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void computesTheCodesOfRfc6238() {
        assertThat(SecondFactor.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(SecondFactor.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void acceptsTheCurrentCodeAndItsNeighboursOnce() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String secret = SecondFactor.newSecret();
        String code = SecondFactor.codeAt(secret, now);

        var step = SecondFactor.verify(secret, code, now, null);
        assertThat(step).isPresent();
        assertThat(SecondFactor.verify(secret, code, now, step.getAsLong())).as("replayed").isEmpty();
        assertThat(SecondFactor.verify(secret, SecondFactor.codeAt(secret, now.minusSeconds(30)), now, null)).isPresent();
        assertThat(SecondFactor.verify(secret, SecondFactor.codeAt(secret, now.minusSeconds(90)), now, null)).isEmpty();
        assertThat(SecondFactor.verify(secret, "12345", now, null)).isEmpty();
        assertThat(SecondFactor.verify(secret, null, now, null)).isEmpty();
    }

    @Test
    void provisioningUriIsWhatAuthenticatorAppsRead() {
        assertThat(SecondFactor.provisioningUri("CQC Chambéry", "camille@example.org", "ABC"))
                .isEqualTo("otpauth://totp/CQC%20Chamb%C3%A9ry%3Acamille%40example.org?secret=ABC&issuer=CQC%20Chamb%C3%A9ry&digits=6&period=30");
    }
}
