package fr.chambery.cqc.web.fabrique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.MemberSignIn;
import fr.chambery.cqc.web.browser.StaffSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator runs a council's priorisation and programme in Chromium: opens a round tied to the coming
 * plénière, records the hands raised, closes it, reads and exports the ranked results, retains a subject and
 * follows the projet to its realisation with the City's answer; the public reads the priorisation, the
 * programme, the projet and the assembly's bilan, in French and in English. Every page checked by axe-core.
 */
class ProgrammeBrowserIT extends FabriqueDeployment {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("cqc.it.mail-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String assembly;
    private String council;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        assembly = "cqc-asm-" + suffix;
        council = "cqc-prio-" + suffix;
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + assembly + "&components=fabrique").statusCode()).isEqualTo(204);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + council + "&parent=" + assembly + "&components=fabrique,meetings").statusCode())
                .isEqualTo(204);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aModeratorRunsThePriorisationAndFollowsTheRetainedProjetThePublicReadsThemAll() {
        fixture("subjects?title=" + enc("Un jardin partagé"));
        fixture("subjects?title=" + enc("Des bancs"));
        fixture("subjects?title=" + enc("Une fresque"));
        fixture("plenieres?in=60&title=" + enc("Plénière d'automne"));
        http.post("api/test-fixtures/assemblies/" + council + "/working-groups?name=" + enc("Jardins partagés"));

        Browser moderator = StaffSignIn.signIn(url, http, "MODERATEUR", council);
        browsers.add(moderator);
        moderator.open("admin/priorisation?space=" + council);
        assertThat(moderator.find(By.id("pleniere")).getText()).contains("Plénière d'automne");
        moderator.find(By.id("supports")).clear();
        moderator.find(By.id("supports")).sendKeys("0");
        moderator.follow(moderator.find(By.id("openRound")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le nombre de soutiens par membre va de 1 à 20.");
        moderator.find(By.id("supports")).clear();
        moderator.find(By.id("supports")).sendKeys("3");
        moderator.follow(moderator.find(By.id("openRound")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("La priorisation est ouverte.");
        assertThat(moderator.find(By.id("current-round")).getText()).contains("Plénière d'automne", "Ouverte");

        Browser visitor = new Browser(url);
        browsers.add(visitor);
        visitor.open("assemblies/" + council + "/fabrique/priorisation");
        assertThat(visitor.find(By.tagName("main")).getText())
                .contains("dispose de 3 soutien(s), un au plus par sujet", "Les comptes restent cachés jusqu'à la clôture.",
                        "Un jardin partagé", "Des bancs", "Une fresque")
                .doesNotContain("soutien(s) en ligne");

        hands(moderator, "Un jardin partagé", "douze");
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le compte en salle est un nombre entier de 0 à 100000.");
        hands(moderator, "Un jardin partagé", "12");
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le compte en salle est enregistré.");
        hands(moderator, "Une fresque", "4");

        moderator.follow(moderator.find(By.id("closeRound")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("La priorisation est close.");
        assertThat(moderator.findAll(By.cssSelector(".results-table tbody tr")).stream().map(WebElement::getText).toList())
                .containsExactly("1 Un jardin partagé 0 12 12", "2 Une fresque 0 4 4", "3 Des bancs 0 0 0");
        String csvLink = moderator.find(By.partialLinkText("Exporter les résultats")).getAttribute("href");
        HttpResponse<String> csv = http.get(csvLink.substring(csvLink.indexOf("fabrique/results.csv")), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"rang\";\"sujet\";\"thème\";\"état\";\"soutiens en ligne\";\"mains levées en salle\";\"total\"",
                "\"1\";\"Un jardin partagé\";\"CADRE_DE_VIE\";\"PROPOSE\";\"0\";\"12\";\"12\"");

        visitor.open("assemblies/" + council + "/fabrique/priorisation");
        assertThat(visitor.find(By.tagName("main")).getText()).contains("Priorisation close le", "Plénière d'automne");
        assertThat(visitor.find(By.cssSelector(".results-table caption")).getText()).startsWith("Résultats de la priorisation");
        visitor.open("assemblies/" + council + "/fabrique/priorisation?lang=en");
        assertThat(visitor.find(By.cssSelector(".results-table")).getText()).contains("Online supports", "Hands raised in the room", "Un jardin partagé");

        moderator.open("admin/programme?space=" + council);
        new Select(moderator.find(By.id("subject"))).selectByVisibleText("Un jardin partagé");
        new Select(moderator.find(By.id("retainPleniere"))).selectByIndex(1);
        new Select(moderator.find(By.id("carrier"))).selectByVisibleText("Jardins partagés");
        moderator.tick(moderator.find(By.id("needsCity")));
        moderator.follow(moderator.find(By.id("retain")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("« Un jardin partagé » est retenu");
        assertThat(new Select(moderator.find(By.id("subject"))).getOptions()).extracting(WebElement::getText)
                .as("a retained subject is no longer open").doesNotContain("Un jardin partagé");

        moderator.follow(moderator.find(By.cssSelector("a[href*='/admin/projet?id=']")));
        moderator.find(By.id("progress")).clear();
        moderator.find(By.id("progress")).sendKeys("150");
        moderator.follow(moderator.find(By.id("saveProgress")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("L'avancement est un nombre entier de 0 à 100.");
        moderator.find(By.id("progress")).clear();
        moderator.find(By.id("progress")).sendKeys("60");
        moderator.follow(moderator.find(By.id("saveProgress")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("C'est enregistré.");

        moderator.find(By.id("updateText")).sendKeys("Les bacs sont <b>commandés</b>.");
        moderator.find(By.id("updateLink")).sendKeys("javascript:alert(1)");
        moderator.follow(moderator.find(By.id("addUpdate")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le lien doit être une adresse web complète");
        moderator.find(By.id("updateLink")).clear();
        moderator.find(By.id("updateLink")).sendKeys("https://example.org/devis.pdf");
        moderator.follow(moderator.find(By.id("addUpdate")));
        moderator.find(By.id("answer")).sendKeys("La Ville fournit la terre et les bacs.");
        moderator.follow(moderator.find(By.id("saveAnswer")));
        new Select(moderator.find(By.id("status"))).selectByVisibleText("Abandonné");
        moderator.follow(moderator.find(By.id("saveStatus")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Un projet abandonné demande la raison de l'abandon.");
        new Select(moderator.find(By.id("status"))).selectByVisibleText("Réalisé");
        moderator.follow(moderator.find(By.id("saveStatus")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("C'est enregistré.");

        visitor.open("assemblies/" + council + "/fabrique/programme?lang=fr");
        WebElement card = visitor.find(By.cssSelector(".projet-card"));
        assertThat(card.getText()).contains("Un jardin partagé", "Réalisé", "Programme 20", "100 %", "Nécessite le concours de la Ville",
                "Porté par le groupe de travail « Jardins partagés » (Alex Exemple et Sam Exemple)");
        WebElement bar = card.findElement(By.tagName("progress"));
        assertThat(bar.getAttribute("value")).isEqualTo("100");
        assertThat(bar.getAccessibleName()).isEqualTo("Avancement");

        visitor.follow(card.findElement(By.partialLinkText("Un jardin partagé")));
        String page = visitor.find(By.tagName("main")).getText();
        assertThat(page).contains("Réponse de la Ville", "La Ville fournit la terre et les bacs.", "Les bacs sont <b>commandés</b>.", "Document lié");
        assertThat(visitor.findAll(By.cssSelector("main b"))).as("the update's text is never HTML").isEmpty();

        visitor.open("assemblies/" + assembly + "/fabrique/programme");
        assertThat(visitor.find(By.tagName("h1")).getText()).startsWith("Bilan des conseils");
        assertThat(visitor.find(By.cssSelector(".bilan-table tbody tr")).getText().replaceAll("\\s+", " "))
                .as("council (its link named for the programme), à l'étude, en cours, réalisé, abandonné, total, réalisés cette année")
                .isEqualTo("Programme de travail · Espace " + council + " 0 0 1 0 1 1");
    }

    @Test
    void aMemberSupportsUpToHerLimitWithdrawsAndHearsInFrenchWhyTheExtraSupportAndTheLateOneAreRefused() {
        String other = council + "-autre";
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + other + "&parent=" + assembly + "&components=fabrique,membership").statusCode())
                .isEqualTo(204);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + council + "-m&parent=" + assembly + "&components=fabrique,membership").statusCode())
                .isEqualTo(204);
        String space = council + "-m";
        List<String> subjects = new ArrayList<>();
        for (String title : List.of("Bancs", "Composteur", "Fresque", "Jardin")) {
            subjects.add(fixture(space, "subjects?title=" + enc(title)));
        }
        String round = fixture(space, "priorisations?pleniere=" + fixture(space, "plenieres?in=60"));

        MemberSignIn.Member camille = MemberSignIn.signIn(url, MAIL, space, "Camille Dupont");
        browsers.add(camille.browser());
        Browser browser = camille.browser();
        browser.open("assemblies/" + space + "/fabrique/priorisation");
        assertThat(browser.find(By.id("remaining")).getText()).isEqualTo("Il vous reste 3 soutien(s) sur 3.");
        WebElement first = supportButton(browser, subjects.get(0));
        assertThat(first.getAccessibleName()).isEqualTo("Soutenir — Bancs");
        assertThat(first.getDomAttribute("aria-describedby")).as("the remaining supports, for screen readers too").isEqualTo("remaining");

        for (int i = 0; i < 3; i++) {
            browser.follow(supportButton(browser, subjects.get(i)));
            assertThat(browser.find(By.id("support-done")).getText()).isEqualTo("Votre soutien est enregistré.");
            assertThat(browser.find(By.id("remaining")).getText()).isEqualTo("Il vous reste " + (2 - i) + " soutien(s) sur 3.");
        }
        browser.follow(supportButton(browser, subjects.get(3)));
        assertThat(browser.find(By.id("support-refused")).getText())
                .isEqualTo("Vous avez déjà donné vos 3 soutiens : retirez-en un pour soutenir un autre sujet.");

        browser.follow(supportButton(browser, subjects.get(0)));
        assertThat(browser.find(By.id("support-done")).getText()).isEqualTo("Votre soutien est retiré.");
        assertThat(browser.find(By.id("remaining")).getText()).isEqualTo("Il vous reste 1 soutien(s) sur 3.");
        browser.follow(supportButton(browser, subjects.get(3)));
        assertThat(browser.find(By.id("remaining")).getText()).isEqualTo("Il vous reste 0 soutien(s) sur 3.");

        MemberSignIn.Member sam = MemberSignIn.signIn(url, MAIL, other, "Sam Martin");
        browsers.add(sam.browser());
        sam.browser().open("assemblies/" + space + "/fabrique/priorisation");
        assertThat(sam.browser().findAll(By.cssSelector("form.support-form"))).as("a member of another council").isEmpty();

        browser.open("assemblies/" + space + "/fabrique/priorisation");
        WebElement late = supportButton(browser, subjects.get(3));
        assertThat(http.post("api/test-fixtures/programme/" + space + "/priorisations/" + round + "/close").statusCode()).isEqualTo(204);
        browser.follow(late);
        assertThat(browser.find(By.id("support-refused")).getText())
                .isEqualTo("La priorisation est close : les soutiens et les comptes en salle ne sont plus acceptés.");
        assertThat(browser.find(By.cssSelector(".results-table")).getText()).contains("Jardin", "Composteur", "Fresque");
    }

    private static WebElement supportButton(Browser browser, String subject) {
        return browser.find(By.cssSelector("#sujet-" + subject + " form.support-form button"));
    }

    private void hands(Browser moderator, String subject, String count) {
        WebElement row = moderator.find(By.xpath("//form[@id='in-room']//tr[th[normalize-space()='" + subject + "']]"));
        WebElement field = row.findElement(By.cssSelector("input[type='text']"));
        field.clear();
        field.sendKeys(count);
        moderator.follow(row.findElement(By.cssSelector("input[type='submit']")));
    }

    private String fixture(String path) {
        return fixture(council, path);
    }

    private String fixture(String space, String path) {
        HttpResponse<String> answer = http.post("api/test-fixtures/programme/" + space + "/" + path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
