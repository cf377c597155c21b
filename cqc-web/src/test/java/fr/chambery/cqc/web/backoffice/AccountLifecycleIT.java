package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.StaffSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle of staff accounts, where users meet it: an administrator disables, re-enables and deletes
 * accounts and revokes API tokens in Chromium (each page checked by axe-core), and the staff member's
 * session (a cookie client) and token (a program) stop at once; staff members change their own password
 * and renew their second factor on « Mon compte ».
 */
class AccountLifecycleIT extends DeployedApplication {

    private static final String PASSWORD = StaffSignIn.PASSWORD;

    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String space;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        space = "cycle-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + space).statusCode()).isBetween(200, 299);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aDisabledStaffMembersNextRequestIsSignedOutAndTheirTokenAnswers401() {
        Staff camille = moderator();
        String token = camille.token();
        FormClient session = camille.signedIn();
        assertThat(session.get("admin/").statusCode()).isEqualTo(200);
        assertThat(api(token)).isEqualTo(200);

        Browser admin = administrator();
        admin.open("admin/account?id=" + camille.id);
        admin.follow(admin.find(By.id("disable")));
        assertThat(admin.find(By.cssSelector(".flash")).getText()).contains("Le compte " + camille.email + " est désactivé");
        assertThat(admin.find(By.id("account-state")).getText()).isEqualTo("État : désactivé");

        HttpResponse<String> next = session.get("admin/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?fin"));
        assertThat(session.get("admin/").statusCode()).as("signed out for good").isEqualTo(302);
        assertThat(api(token)).isEqualTo(401);
        HttpResponse<String> again = new FormClient(http.uri("")).signInWithCode(camille.email, PASSWORD, camille.app.code());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Adresse, mot de passe ou code incorrect.");
    }

    @Test
    void aReEnabledAccountSignsInAgainAndItsTokenActsAgain() {
        Staff camille = moderator();
        String token = camille.token();
        Browser admin = administrator();
        admin.open("admin/account?id=" + camille.id);
        admin.follow(admin.find(By.id("disable")));
        assertThat(api(token)).isEqualTo(401);

        admin.follow(admin.find(By.id("enable")));
        assertThat(admin.find(By.cssSelector(".flash")).getText()).contains("Le compte " + camille.email + " est réactivé.");
        assertThat(admin.find(By.id("account-state")).getText()).isEqualTo("État : actif");
        assertThat(api(token)).isEqualTo(200);
        assertThat(camille.signedIn().get("admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorSeesEachTokensLastUseAndARevokedTokenAnswers401() {
        Staff camille = moderator();
        String used = camille.token();
        String unused = camille.token();
        assertThat(api(used)).isEqualTo(200);

        Browser admin = administrator();
        admin.open("admin/account?id=" + camille.id);
        List<WebElement> lastUses = admin.findAll(By.cssSelector("td.token-last-use"));
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(lastUses).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith(today))
                .anySatisfy(text -> assertThat(text).isEqualTo("jamais"));

        WebElement usedRow = admin.find(By.xpath("//tr[td[@class='token-last-use' and starts-with(text(), '" + today + "')]]"));
        admin.follow(usedRow.findElement(By.cssSelector("input[type=submit]")));
        assertThat(admin.find(By.cssSelector(".flash")).getText()).contains("Le jeton est révoqué");
        assertThat(admin.find(By.tagName("main")).getText()).contains("révoqué le " + today);
        assertThat(api(used)).isEqualTo(401);
        assertThat(api(unused)).as("the other token").isEqualTo(200);
    }

    @Test
    void aDeletedAccountIsNamedByAPseudonymInTheActionLog() {
        Staff camille = moderator();
        String token = camille.token();
        assertThat(send("PUT", "api/assemblies/" + space + "/publication", token)).as("an action by Camille").isEqualTo(204);

        Browser admin = administrator();
        admin.open("admin/account?id=" + camille.id);
        admin.press(admin.find(By.id("delete")));
        assertThat(admin.find(By.id("confirmDelete-error")).getText()).isEqualTo("Cochez la case pour confirmer la suppression.");
        assertThat(admin.find(By.id("confirmDelete")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(admin.find(By.id("confirmDelete")).getAttribute("aria-describedby")).isEqualTo("confirmDelete-error");

        admin.tick(admin.find(By.id("confirmDelete")));
        admin.press(admin.find(By.id("delete")));
        assertThat(admin.find(By.cssSelector(".flash")).getText()).contains("Le compte " + camille.email + " est supprimé.");
        assertThat(admin.find(By.tagName("table")).getText()).doesNotContain(camille.email);
        assertThat(api(token)).isEqualTo(401);

        admin.open("admin/log");
        String log = admin.find(By.tagName("main")).getText();
        assertThat(log).doesNotContain(camille.email).contains("compte supprimé n° " + camille.id);
        admin.open("admin/log?actor=" + java.net.URLEncoder.encode("compte supprimé n° " + camille.id, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(admin.find(By.tagName("table")).getText()).contains("Espace " + space);
    }

    @Test
    void aStaffMemberChangesTheirPasswordWithTheCurrentOneAndACode() {
        Staff camille = moderator();
        Browser browser = camille.inBrowser();
        browser.follow(browser.find(By.linkText("Mon compte")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Mon compte");

        browser.find(By.id("currentPassword")).sendKeys("pas-le-mot-de-passe-actuel");
        browser.find(By.id("newPassword")).sendKeys("court");
        browser.find(By.id("confirmation")).sendKeys("court");
        browser.find(By.id("code")).sendKeys(wrongCode(camille));
        browser.follow(browser.find(By.id("changePassword")));
        assertThat(browser.find(By.id("currentPassword-error")).getText()).isEqualTo("Ce n'est pas votre mot de passe actuel.");
        assertThat(browser.find(By.id("newPassword-error")).getText()).contains("Le mot de passe doit compter au moins 15 caractères.");
        assertThat(browser.find(By.id("code-error")).getText()).startsWith("Ce code n'est pas valide");
        for (String field : List.of("currentPassword", "newPassword", "code")) {
            assertThat(browser.find(By.id(field)).getAttribute("aria-invalid")).as(field).isEqualTo("true");
            assertThat(browser.find(By.id(field)).getAttribute("aria-describedby")).as(field).contains(field + "-error");
        }
        assertThat(browser.find(By.id("confirmation")).getAttribute("aria-invalid")).isEqualTo("false");

        String newPassword = "une-nouvelle-phrase-de-passe-pour-camille";
        browser.find(By.id("currentPassword")).sendKeys(PASSWORD);
        browser.find(By.id("newPassword")).sendKeys(newPassword);
        browser.find(By.id("confirmation")).sendKeys(newPassword);
        browser.find(By.id("code")).clear();
        browser.find(By.id("code")).sendKeys(camille.app.code());
        browser.follow(browser.find(By.id("changePassword")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Votre mot de passe est changé.");

        FormClient client = new FormClient(http.uri(""));
        assertThat(client.signInWithCode(camille.email, PASSWORD, camille.app.code()).statusCode()).as("the old password").isEqualTo(200);
        assertThat(client.signInWithCode(camille.email, newPassword, camille.app.again()).statusCode()).as("the new one, with the code the old password did not use up").isIn(302, 303);
    }

    @Test
    void aStaffMemberRenewsTheirSecondFactorOnceACodeOfTheNewSecretConfirmsIt() {
        Staff camille = moderator();
        Browser browser = camille.inBrowser();
        browser.open("admin/me");
        browser.follow(browser.find(By.id("prepareFactor")));
        String newSecret = browser.find(By.id("pending-secret")).getText();
        assertThat(newSecret).isNotEqualTo(camille.app.secret()).matches("[A-Z2-7]{32}");
        assertThat(browser.find(By.id("pending-uri")).getText()).startsWith("otpauth://totp/").contains("secret=" + newSecret);

        browser.find(By.id("factorPassword")).sendKeys(PASSWORD);
        browser.find(By.id("factorCode")).sendKeys(camille.app.again());
        browser.follow(browser.find(By.id("confirmFactor")));
        assertThat(browser.find(By.id("factorCode-error")).getText()).as("a code of the old secret").startsWith("Ce code ne vient pas du nouveau secret");
        assertThat(browser.find(By.id("factorCode")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("pending-secret")).getText()).as("the same new secret, still pending").isEqualTo(newSecret);

        AuthenticatorApp renewed = new AuthenticatorApp(newSecret);
        browser.find(By.id("factorPassword")).sendKeys(PASSWORD);
        browser.find(By.id("factorCode")).clear();
        browser.find(By.id("factorCode")).sendKeys(renewed.code());
        browser.follow(browser.find(By.id("confirmFactor")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Votre second facteur est renouvelé");
        assertThat(browser.findAll(By.id("pending-secret"))).isEmpty();

        FormClient client = new FormClient(http.uri(""));
        assertThat(client.signInWithCode(camille.email, PASSWORD, camille.app.code()).statusCode()).as("the old secret").isEqualTo(200);
        assertThat(client.signInWithCode(camille.email, PASSWORD, renewed.code()).statusCode()).as("the new one").isIn(302, 303);
    }

    // --- the cast ------------------------------------------------------------------------------

    /** A moderator of the test's space, created through the fixtures, with their authenticator app. */
    private final class Staff {
        final String email = "camille-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        final AuthenticatorApp app = new AuthenticatorApp(SecondFactor.newSecret());
        final String id;

        Staff() {
            HttpResponse<String> created = http.post("api/test-fixtures/accounts?email=" + email + "&role=MODERATEUR&password=" + PASSWORD
                    + "&secret=" + app.secret() + "&spaces=" + space);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            id = created.body();
        }

        String token() {
            return http.post("api/test-fixtures/tokens?email=" + email).body();
        }

        FormClient signedIn() {
            FormClient client = new FormClient(http.uri(""));
            assertThat(client.signInWithCode(email, PASSWORD, app.code()).statusCode()).isIn(302, 303);
            return client;
        }

        Browser inBrowser() {
            Browser browser = new Browser(url);
            browsers.add(browser);
            browser.open("login");
            browser.find(By.id("email")).sendKeys(email);
            browser.find(By.id("password")).sendKeys(PASSWORD);
            browser.find(By.id("code")).sendKeys(app.code());
            browser.follow(browser.find(By.id("submit")));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Espaces participatifs");
            return browser;
        }
    }

    private Staff moderator() {
        return new Staff();
    }

    private Browser administrator() {
        Browser browser = StaffSignIn.signIn(url, http, "ADMINISTRATEUR", null);
        browsers.add(browser);
        return browser;
    }

    /** A six-digit code that is not the account's at any step the server would accept now. */
    private static String wrongCode(Staff staff) {
        java.util.Set<String> valid = new java.util.HashSet<>();
        java.time.Instant now = java.time.Instant.now();
        for (int s = -2; s <= 2; s++) {
            valid.add(SecondFactor.codeAt(staff.app.secret(), now.plusSeconds(30L * s)));
        }
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }

    private int api(String token) {
        return send("GET", "api/assemblies", token);
    }

    private int send(String method, String relative, String token) {
        HttpRequest request = HttpRequest.newBuilder(http.uri(relative)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return Http.send(HttpClient.newHttpClient(), request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
