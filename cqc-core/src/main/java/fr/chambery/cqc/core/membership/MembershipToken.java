package fr.chambery.cqc.core.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A link sent by e-mail. Only the SHA-256 of the random token is stored, so a copy of the database
 * opens nothing. A confirmation link serves once and for 48 hours; a gestion link (leave, export,
 * erase) for 90 days; a member's sign-in link once and for 15 minutes (configurable, see {@link MemberSignIn}).
 */
@Entity
@Table(name = "membership_token")
public class MembershipToken {

    public enum Purpose {
        CONFIRMATION(Duration.ofHours(48)), GESTION(Duration.ofDays(90)), SIGN_IN(Duration.ofMinutes(15));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "token_hash", length = 64)
    private String hash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "membership_id")
    private Long membershipId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MembershipToken() {
    }

    private MembershipToken(String hash, Purpose purpose, Long membershipId, String email, Instant expiresAt) {
        this.hash = hash;
        this.purpose = purpose;
        this.membershipId = membershipId;
        this.email = email;
        this.expiresAt = expiresAt;
    }

    /** A new token: the entity to store and the secret to put in the link, which is not kept. */
    public record Issued(MembershipToken token, String secret) {
    }

    static Issued issue(Purpose purpose, Long membershipId, String email, Instant now) {
        return issue(purpose, membershipId, email, now, purpose.lifetime);
    }

    static Issued issue(Purpose purpose, Long membershipId, String email, Instant now, Duration lifetime) {
        String secret = newSecret();
        return new Issued(new MembershipToken(hashOf(secret), purpose, membershipId, email, now.plus(lifetime)), secret);
    }

    /** 32 random bytes, URL-safe: the secret of a link or of a member's session. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isValid(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Long membershipId() { return membershipId; }
    String email() { return email; }
}
