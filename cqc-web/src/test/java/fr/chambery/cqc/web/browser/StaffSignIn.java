package fr.chambery.cqc.web.browser;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.Http;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A new staff account (through the test fixtures), signed in through the real form in a new Chromium. */
public final class StaffSignIn {

    public static final String PASSWORD = "une-phrase-de-passe-assez-longue";

    private StaffSignIn() {
    }

    /** @param moderatedSpace a space slug, or null for none (every space, for a moderator) */
    public static Browser signIn(URL url, Http http, String role, String moderatedSpace) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String secret = SecondFactor.newSecret();
        assertThat(http.post("api/test-fixtures/accounts?email=" + email + "&role=" + role + "&password=" + PASSWORD
                + "&secret=" + secret + (moderatedSpace == null ? "" : "&spaces=" + moderatedSpace)).statusCode()).isEqualTo(200);
        Browser browser = new Browser(url);
        browser.open("login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.find(By.id("code")).sendKeys(SecondFactor.codeAt(secret, Instant.now()));
        browser.follow(browser.find(By.id("submit")));
        return browser;
    }
}
