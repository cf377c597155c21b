package fr.chambery.cqc.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Checks a sign-in: the password, then the second factor of staff (and of any account that has one); a
 * disabled account signs in no more. Which part was wrong is never said.
 */
@ApplicationScoped
public class SignInVerifier {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    Clock clock = Clock.systemUTC();

    /**
     * The account that {@code email}, {@code password} and, for staff, {@code code} sign in; empty when any
     * of them is wrong (which one is not said). An accepted code is used up.
     */
    @Transactional
    public Optional<Account> signIn(String email, String password, String code) {
        Optional<Account> found = accounts.byEmail(email);
        if (found.isEmpty() || password == null || password.length() > PasswordPolicy.MAX * 4) {
            passwords.equaliseTiming();
            return Optional.empty();
        }
        Account account = found.get();
        if (!passwords.matches(account, password) || !account.isActive()) {
            return Optional.empty();
        }
        if (account.role().isStaff() || account.hasSecondFactor()) {
            var step = SecondFactor.verify(account.totpSecret().orElse(null), code, clock.instant(), account.totpLastStep());
            if (step.isEmpty()) {
                return Optional.empty();
            }
            account.useSecondFactorStep(step.getAsLong());
        }
        return Optional.of(account);
    }
}
