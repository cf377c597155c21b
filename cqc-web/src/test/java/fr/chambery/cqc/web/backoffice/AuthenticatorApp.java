package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.account.SecondFactor;

import java.time.Instant;

/**
 * A staff member's authenticator app in a test: gives a code the server accepts now, never one of a time
 * step already used (the server refuses a code twice), waiting for the next step when it must.
 */
public final class AuthenticatorApp {

    private static final long STEP_SECONDS = 30;

    private final String secret;
    private long lastStep = Long.MIN_VALUE;

    public AuthenticatorApp(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }

    /** A code of a step not used yet and no later than the server's next one. */
    public String code() {
        long step = Math.max(currentStep(), lastStep + 1);
        while (step > currentStep() + 1) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        lastStep = step;
        return SecondFactor.codeAt(secret, Instant.ofEpochSecond(step * STEP_SECONDS));
    }

    /**
     * The code last given again, without waiting for a new step: for an attempt that does not use it up (a wrong
     * password is refused before the code is read; a code of another secret is refused), so that the next
     * attempt need not wait 30 s.
     */
    public String again() {
        if (lastStep == Long.MIN_VALUE) {
            throw new IllegalStateException("no code given yet");
        }
        return SecondFactor.codeAt(secret, Instant.ofEpochSecond(lastStep * STEP_SECONDS));
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / STEP_SECONDS;
    }
}
