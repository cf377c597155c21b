package fr.chambery.cqc.core.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A member signed in by an e-mail link: the SHA-256 of the random token her browser keeps in a cookie,
 * her e-mail (her councils are read again on every request), and its times. It lasts while she comes back
 * within the idle duration, and never beyond {@link #MAX_LIFETIME} after it was opened.
 */
@Entity
@Table(name = "member_session")
public class MemberSession {

    /** However active she is, a session ends 30 days after the link opened it. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(30);

    /** Her last visit is written at most this often, not on every request. */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    @Id
    @Column(name = "token_hash", length = 64)
    private String hash;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected MemberSession() {
    }

    MemberSession(String hash, String email, Instant now, Duration idle) {
        this.hash = hash;
        this.email = email;
        this.createdAt = now;
        seen(now, idle);
    }

    boolean isOpenAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Another visit: the idle duration starts again, within the session's 30 days. */
    void seen(Instant now, Duration idle) {
        lastSeenAt = now;
        Instant idleEnd = now.plus(idle);
        Instant lastEnd = createdAt.plus(MAX_LIFETIME);
        expiresAt = idleEnd.isBefore(lastEnd) ? idleEnd : lastEnd;
    }

    boolean seenLongerAgoThan(Instant now) {
        return lastSeenAt.plus(SEEN_PRECISION).isBefore(now);
    }

    String email() { return email; }
    Instant createdAt() { return createdAt; }
    Instant lastSeenAt() { return lastSeenAt; }
    Instant expiresAt() { return expiresAt; }
}
