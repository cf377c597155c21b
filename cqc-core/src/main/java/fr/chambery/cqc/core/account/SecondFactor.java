package fr.chambery.cqc.core.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238: 6 digits, 30 s, HMAC-SHA1, as authenticator apps expect), the
 * second factor of staff accounts. A code is accepted one step early or late, and never twice.
 */
public final class SecondFactor {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecondFactor() {
    }

    /** A new random secret, Base32 as authenticator apps read it (160 bits). */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The {@code otpauth://} address an authenticator app reads from a QR code or a link. */
    public static String provisioningUri(String issuer, String account, String secret) {
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&digits=6&period=30";
    }

    /** The code of the current step, for tests and tools. */
    public static String codeAt(String secret, Instant instant) {
        try {
            return TOTP.generateOneTimePasswordString(key(secret), instant);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Invalid TOTP secret", e);
        }
    }

    /**
     * The time step {@code code} belongs to, if it is valid at {@code now} and newer than {@code lastUsedStep}.
     */
    public static OptionalLong verify(String secret, String code, Instant now, Long lastUsedStep) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds())).equals(code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }
}
