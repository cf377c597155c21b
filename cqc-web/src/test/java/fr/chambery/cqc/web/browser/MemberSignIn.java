package fr.chambery.cqc.web.browser;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of a council, signed in the way a person does it, for browser tests: she signs up through the
 * real form, confirms by the link of the e-mail, asks for a sign-in link and follows it, in a new
 * Chromium. The test's SMTP server (GreenMail, on {@code cqc.it.mail-port}) carries the e-mails.
 * <h2>Usage</h2>
 * <pre>{@code
 * @RegisterExtension
 * static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(Integer.getInteger("cqc.it.mail-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
 * ...
 * MemberSignIn.Member camille = MemberSignIn.signIn(url, MAIL, "bissy", "Camille Dupont");
 * camille.browser().open("assemblies/bissy/fabrique/proposer");   // she is signed in: « Camille » in the header
 * camille.close();
 * }</pre>
 * The council must exist, be published and enable the {@code membership} component (the demo councils
 * do). Each call makes a new e-mail address, so tests do not see each other's members.
 */
public final class MemberSignIn {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/membership/(?:confirm|manage|link)\\?token=[A-Za-z0-9_-]+)");
    private static final long WAIT_MILLIS = 20_000;

    private MemberSignIn() {
    }

    /** A member signed in: her browser (close it after the test), her e-mail and the name she signed up with. */
    public record Member(Browser browser, String email, String name) {
        public void close() {
            browser.close();
        }
    }

    /** A new member of the council (slug), with a new e-mail address, signed in in a new browser. */
    public static Member signIn(URL url, GreenMailOperations mail, String council, String name) {
        String email = "membre-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        signUpAndConfirm(url, mail, council, name, email);
        return new Member(signInAgain(url, mail, email), email, name);
    }

    /** Signs the address up to the council through the form, and confirms it by the e-mail's link (closing its browser). */
    public static void signUpAndConfirm(URL url, GreenMailOperations mail, String council, String name, String email) {
        Browser browser = new Browser(url);
        try {
            int before = mailsTo(mail, email).size();
            browser.open("membership/sign-up?council=" + council);
            browser.find(By.id("name")).sendKeys(name);
            browser.find(By.id("email")).sendKeys(email);
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('birthDate').value = arguments[0];",
                    LocalDate.now().minusYears(30).toString());
            browser.tick(browser.find(By.cssSelector("input[name='lien'][value='HABITANT']")));
            browser.tick(browser.find(By.id("consent")));
            browser.press(browser.find(By.id("submit")));
            assertThat(browser.findAll(By.id("sent"))).as("signed up: %s", browser.find(By.tagName("main")).getText()).isNotEmpty();
            browser.open(relative(url, link(nextMailTo(mail, email, before), "confirm")));
            browser.press(browser.find(By.id("confirmButton")));
            assertThat(browser.findAll(By.id("confirmed"))).as("confirmed: %s", browser.find(By.tagName("main")).getText()).isNotEmpty();
        } finally {
            browser.close();
        }
    }

    /** A confirmed member asks for a sign-in link and follows it, in a new browser: she lands on her council's page. */
    public static Browser signInAgain(URL url, GreenMailOperations mail, String email) {
        Browser browser = new Browser(url);
        String link = askLink(browser, mail, email);
        follow(browser, url, link);
        assertThat(browser.findAll(By.id("member-name"))).as("signed in: %s", browser.find(By.tagName("body")).getText()).isNotEmpty();
        return browser;
    }

    /** Asks for a sign-in link on the form, and returns the link of the e-mail that comes. */
    public static String askLink(Browser browser, GreenMailOperations mail, String email) {
        int before = mailsTo(mail, email).size();
        browser.open("membership/sign-in");
        browser.find(By.id("email")).sendKeys(email);
        browser.press(browser.find(By.id("submit")));
        assertThat(browser.findAll(By.id("sent"))).as("link asked: %s", browser.find(By.tagName("main")).getText()).isNotEmpty();
        return link(nextMailTo(mail, email, before), "link");
    }

    /** Opens a sign-in link and presses its button. */
    public static void follow(Browser browser, URL url, String link) {
        browser.open(relative(url, link));
        browser.press(browser.find(By.id("openButton")));
    }

    /** The e-mails received for the address so far. */
    public static List<MimeMessage> mailsTo(GreenMailOperations mail, String email) {
        return Arrays.asList(mail.getReceivedMessagesForDomain(email));
    }

    /** The next e-mail for the address after the {@code before} first ones, waiting for it. */
    public static MimeMessage nextMailTo(GreenMailOperations mail, String email, int before) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < end) {
            List<MimeMessage> received = mailsTo(mail, email);
            if (received.size() > before) {
                return received.get(before);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No e-mail arrived for " + email);
    }

    /** The link of a kind ({@code confirm}, {@code manage}, {@code link}) in an e-mail. */
    public static String link(MimeMessage message, String kind) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        while (m.find()) {
            if (m.group(1).contains("/membership/" + kind + "?")) {
                return m.group(1);
            }
        }
        try {
            throw new AssertionError("No " + kind + " link in « " + message.getSubject() + " »");
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String relative(URL url, String absolute) {
        return absolute.substring(url.toString().length());
    }
}
