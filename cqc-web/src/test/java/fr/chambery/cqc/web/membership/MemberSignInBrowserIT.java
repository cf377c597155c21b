package fr.chambery.cqc.web.membership;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.MemberSignIn;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member signs in without a password, in Chromium, with the test's SMTP server (GreenMail): she asks for
 * a link, follows it, is greeted in the header and signs out; a used or expired link is refused in French and
 * opens nothing; an address that is no member's gets the same answer and no e-mail; erasing her data ends her
 * session at once. Then what a member hears of her subjects, through the real SMTP: each change of state at once,
 * comments in one digest a day. Every page checked by axe-core.
 */
class MemberSignInBrowserIT extends DeployedApplication {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(Integer.getInteger("cqc.it.mail-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String council;
    private String email;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        council = "cqc-" + suffix;
        email = "camille-" + suffix + "@example.org";
        http.post("api/test-fixtures/assemblies?slug=" + council + "&components=membership");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aMemberAsksForALinkFollowsItIsGreetedInTheHeaderAndSignsOut() throws Exception {
        MemberSignIn.signUpAndConfirm(url, MAIL, council, "camille de la Fontaine", email);
        Browser member = browser();
        member.open("assemblies/" + council);
        WebElement signIn = member.find(By.id("member-sign-in"));
        assertThat(signIn.getText()).isEqualTo("Espace membre : se connecter");
        member.follow(signIn);
        assertThat(member.find(By.tagName("h1")).getText()).isEqualTo("Espace membre : se connecter");
        assertThat(member.autocompleteOf("email")).isEqualTo("email");
        member.assertRequiredMarked("email");

        member.press(member.find(By.id("submit")));
        assertThat(member.find(By.cssSelector(".field-error")).getText())
                .isEqualTo("Adresse e-mail : Cette adresse e-mail n'est pas valide (exemple : prenom.nom@example.org).");
        member.assertErrorsLinkedAndFocused();

        int before = MemberSignIn.mailsTo(MAIL, email).size();
        member.find(By.id("email")).sendKeys(email.toUpperCase());
        member.press(member.find(By.id("submit")));
        assertThat(member.find(By.id("sent")).getText()).isEqualTo("Vérifiez votre boîte de réception");
        MimeMessage mail = MemberSignIn.nextMailTo(MAIL, email, before);
        assertThat(mail.getSubject()).isEqualTo("Votre lien de connexion à l'espace membre");
        assertThat(mail.getContent().toString()).contains("Bonjour Camille,", "valable 15 minutes, une seule fois").doesNotContain("Fontaine");
        String link = MemberSignIn.link(mail, "link");

        MemberSignIn.follow(member, url, link);
        assertThat(member.driver().getCurrentUrl()).as("she lands on her council").endsWith("/assemblies/" + council);
        assertThat(member.find(By.id("member-name")).getText()).isEqualTo("Camille");
        assertThat(member.find(By.cssSelector("form.member-area")).getAccessibleName()).isEqualTo("Espace membre");
        Cookie cookie = member.driver().manage().getCookieNamed("cqc-membre");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getValue()).as("an opaque random token, not the link's").hasSizeGreaterThanOrEqualTo(43)
                .doesNotContain(email).isNotEqualTo(link.substring(link.indexOf("token=") + 6));
        member.open("assemblies");
        assertThat(member.find(By.id("member-name")).getText()).as("on every public page").isEqualTo("Camille");

        Browser other = browser();
        other.open(link.substring(url.toString().length()));
        assertThat(other.find(By.id("link-refused")).getText()).isEqualTo("Ce lien de connexion n'est plus valable : il a déjà servi "
                + "ou il a expiré (il vaut 15 minutes, une seule fois). Demandez un nouveau lien.");
        assertThat(other.findAll(By.id("openButton"))).as("a used link opens nothing").isEmpty();
        assertThat(other.driver().manage().getCookieNamed("cqc-membre")).isNull();

        member.press(member.find(By.id("member-sign-out")));
        assertThat(member.find(By.id("member-sign-in")).getText()).isEqualTo("Espace membre : se connecter");
        assertThat(member.driver().manage().getCookieNamed("cqc-membre")).isNull();
        member.driver().manage().addCookie(new Cookie("cqc-membre", cookie.getValue(), cookie.getPath()));
        member.open("assemblies/" + council);
        assertThat(member.findAll(By.id("member-name"))).as("the session is deleted on the server, not only forgotten by the browser").isEmpty();
    }

    @Test
    void anExpiredLinkIsRefusedInFrenchAndOpensNothing() {
        MemberSignIn.signUpAndConfirm(url, MAIL, council, "Camille", email);
        Browser member = browser();
        String link = MemberSignIn.askLink(member, MAIL, email);
        assertThat(http.post("api/test-fixtures/members/expire-sign-in-links?email=" + email).body()).isEqualTo("1");

        member.open(link.substring(url.toString().length()));
        assertThat(member.find(By.id("link-refused")).getText()).startsWith("Ce lien de connexion n'est plus valable");
        assertThat(member.findAll(By.id("openButton"))).isEmpty();
        member.follow(member.find(By.id("ask-again")));
        assertThat(member.find(By.tagName("h1")).getText()).isEqualTo("Espace membre : se connecter");
        assertThat(member.driver().manage().getCookieNamed("cqc-membre")).isNull();
        assertThat(member.findAll(By.id("member-name"))).isEmpty();
    }

    @Test
    void anAddressThatIsNoMembersGetsTheSameAnswerAndNoEmail() throws Exception {
        MemberSignIn.signUpAndConfirm(url, MAIL, council, "Camille", email);
        String stranger = "inconnue-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String pending = "en-attente-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browser pendingBrowser = browser();
        pendingBrowser.open("membership/sign-up?council=" + council);
        pendingBrowser.find(By.id("name")).sendKeys("Dominique");
        pendingBrowser.find(By.id("email")).sendKeys(pending);
        ((org.openqa.selenium.JavascriptExecutor) pendingBrowser.driver()).executeScript(
                "document.getElementById('birthDate').value = '1990-01-01';");
        pendingBrowser.tick(pendingBrowser.find(By.cssSelector("input[name='lien'][value='HABITANT']")));
        pendingBrowser.tick(pendingBrowser.find(By.id("consent")));
        pendingBrowser.press(pendingBrowser.find(By.id("submit")));
        MemberSignIn.nextMailTo(MAIL, pending, 0);

        List<String> answers = new ArrayList<>();
        for (String address : List.of(email, stranger, pending)) {
            Browser browser = browser();
            browser.open("membership/sign-in");
            browser.find(By.id("email")).sendKeys(address);
            browser.press(browser.find(By.id("submit")));
            answers.add(browser.find(By.tagName("main")).getText());
        }
        assertThat(answers.get(1)).as("a stranger").isEqualTo(answers.get(0));
        assertThat(answers.get(2)).as("an unconfirmed sign-up").isEqualTo(answers.get(0));
        MemberSignIn.nextMailTo(MAIL, email, MemberSignIn.mailsTo(MAIL, email).size() - 1);
        Thread.sleep(1_500);
        assertThat(MemberSignIn.mailsTo(MAIL, stranger)).isEmpty();
        assertThat(MemberSignIn.mailsTo(MAIL, pending)).as("only the confirmation of her sign-up").hasSize(1);
    }

    @Test
    void aMemberWhoErasesHerDataIsSignedOutAtOnce() throws Exception {
        MemberSignIn.Member camille = MemberSignIn.signIn(url, MAIL, council, "Camille Dupont");
        browsers.add(camille.browser());
        List<MimeMessage> mails = MemberSignIn.mailsTo(MAIL, camille.email());
        String manage = MemberSignIn.link(mails.getLast(), "manage");

        Browser gestion = browser();
        gestion.open(manage.substring(url.toString().length()));
        gestion.press(gestion.find(By.id("erase")));
        assertThat(gestion.find(By.cssSelector(".form-errors")).getText()).contains("Vos données sont effacées");

        camille.browser().open("assemblies/" + council);
        assertThat(camille.browser().findAll(By.id("member-name"))).isEmpty();
        assertThat(camille.browser().find(By.id("member-sign-in")).isDisplayed()).isTrue();
    }

    @Test
    void theAuthorOfASubjectIsMailedEachChangeOfStateAndOneDigestOfComments() throws Exception {
        MemberSignIn.signUpAndConfirm(url, MAIL, council, "Camille Dupont", email);
        String subject = http.post("api/test-fixtures/members/subjects?council=" + council + "&email=" + email
                + "&title=Un%20banc%20place%20Caffe").body();
        int before = MemberSignIn.mailsTo(MAIL, email).size();

        http.post("api/test-fixtures/members/subjects/" + subject + "/state?from=PROPOSE&to=RETENU");
        MimeMessage state = MemberSignIn.nextMailTo(MAIL, email, before);
        assertThat(state.getSubject()).isEqualTo("Votre sujet « Un banc place Caffe » est retenu au programme de travail");
        String body = state.getContent().toString();
        assertThat(body).contains("Bonjour Camille,", url + "assemblies/" + council + "/fabrique/sujets/" + subject, "/membership/manage?token=")
                .doesNotContain("Dupont");

        long first = System.nanoTime();
        for (long comment : new long[] {first, first + 1, first + 2}) {
            http.post("api/test-fixtures/members/subjects/" + subject + "/comments?comment=" + comment);
        }
        assertThat(MemberSignIn.mailsTo(MAIL, email)).as("comments wait for the digest").hasSize(before + 1);
        http.post("api/test-fixtures/members/digest");
        MimeMessage digest = MemberSignIn.nextMailTo(MAIL, email, before + 1);
        assertThat(digest.getSubject()).isEqualTo("De nouveaux commentaires sur vos sujets");
        assertThat(digest.getContent().toString())
                .contains("« Un banc place Caffe » : 3 nouveaux commentaires", url + "assemblies/" + council + "/fabrique/sujets/" + subject);

        http.post("api/test-fixtures/members/subjects/" + subject + "/comments?comment=" + (first + 3));
        http.post("api/test-fixtures/members/digest");
        Thread.sleep(1_000);
        assertThat(MemberSignIn.mailsTo(MAIL, email)).as("one digest a day at most").hasSize(before + 2);
    }

    private Browser browser() {
        Browser browser = new Browser(url);
        browsers.add(browser);
        return browser;
    }
}
