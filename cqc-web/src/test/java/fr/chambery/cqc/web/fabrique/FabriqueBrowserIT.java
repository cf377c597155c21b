package fr.chambery.cqc.web.fabrique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.MemberSignIn;
import fr.chambery.cqc.web.browser.StaffSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fabrique in Chromium (axe-core and the RGAA checks on every page), with members signed in by their
 * e-mail link (GreenMail): a member proposes a subject (her mistakes said next to their fields first) and
 * comments it; another member reports the comment; the council's moderator hides it with a reason from her
 * board; an anonymous visitor then reads the reason in its place, and no form. The author withdraws her subject.
 */
class FabriqueBrowserIT extends DeployedApplication {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(Integer.getInteger("cqc.it.mail-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String council;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        council = "fabrique-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + council + "&components=fabrique,membership").statusCode()).isEqualTo(204);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aMemberProposesAndCommentsAnotherReportsTheModeratorHidesTheCommentAndThePublicReadsWhy() {
        MemberSignIn.Member camille = MemberSignIn.signIn(url, MAIL, council, "Camille Martin");
        Browser author = keep(camille.browser());
        author.open("assemblies/" + council);
        author.follow(author.find(By.cssSelector("a.button[href$='/" + council + "/fabrique/proposer']")));

        author.press(author.find(By.id("submit")));
        author.assertErrorsLinkedAndFocused();
        assertThat(author.find(By.tagName("main")).getText()).contains("Titre : indiquez un titre.", "Description : décrivez le sujet.",
                "Thème : choisissez un thème dans la liste.");

        author.find(By.id("title")).sendKeys("Un <b>banc</b> près de l'école");
        author.find(By.id("description")).sendKeys("Première ligne\nDeuxième ligne <script>alert(1)</script>");
        author.find(By.id("place")).sendKeys("x".repeat(151));
        new Select(author.find(By.id("theme"))).selectByValue("CADRE_DE_VIE");
        author.press(author.find(By.id("submit")));
        author.assertErrorsLinkedAndFocused();
        assertThat(author.find(By.tagName("main")).getText()).contains("Lieu dans le quartier : 150 caractères au plus (151 saisis).");
        assertThat(author.find(By.id("title")).getDomProperty("value")).as("nothing lost").isEqualTo("Un <b>banc</b> près de l'école");

        author.find(By.id("place")).clear();
        author.find(By.id("place")).sendKeys("Rue de l'école");
        author.press(author.find(By.id("submit")));
        String subjectPage = author.driver().getCurrentUrl();
        assertThat(subjectPage).contains("/assemblies/" + council + "/fabrique/sujets/");
        assertThat(author.find(By.tagName("h1")).getText()).isEqualTo("Un <b>banc</b> près de l'école");
        assertThat(author.find(By.id("description")).getText()).isEqualTo("Première ligne\nDeuxième ligne <script>alert(1)</script>");
        assertThat(author.find(By.tagName("main")).getText()).contains("Camille M.", "Rue de l'école", "Proposé").doesNotContain("Martin");

        author.find(By.id("comment-text")).sendKeys("Près du portail, ce serait parfait.");
        author.press(author.find(By.id("comment-submit")));
        assertThat(author.find(By.cssSelector(".comments")).getText()).contains("Camille M.", "Près du portail, ce serait parfait.");

        MemberSignIn.Member dominique = MemberSignIn.signIn(url, MAIL, council, "Dominique Durand");
        Browser neighbour = keep(dominique.browser());
        neighbour.open(relative(subjectPage));
        openDetails(neighbour);
        neighbour.find(By.cssSelector(".comments textarea[id$='comment-reason']")).sendKeys("Ce commentaire vise une personne.");
        neighbour.press(neighbour.find(By.cssSelector(".comments input[id$='report-comment-submit']")));
        assertThat(neighbour.driver().getCurrentUrl()).isEqualTo(subjectPage);

        Browser moderator = keep(StaffSignIn.signIn(url, http, "MODERATEUR", council));
        moderator.open("admin/fabrique?space=" + council);
        assertThat(moderator.find(By.id("reports")).getText()).contains("Près du portail, ce serait parfait.", "Ce commentaire vise une personne.");
        moderator.find(By.cssSelector("#reports input[id$='report-hide-reason']")).sendKeys("Propos visant une personne");
        moderator.press(moderator.find(By.cssSelector("#reports input[id$='hide-comment']")));
        assertThat(moderator.find(By.tagName("main")).getText()).contains("Masqué ; la raison est publiée.", "Aucun signalement à traiter.");

        Browser visitor = keep(new Browser(url));
        visitor.open(relative(subjectPage));
        assertThat(visitor.find(By.cssSelector(".comments")).getText())
                .contains("Commentaire masqué par la modération : Propos visant une personne")
                .doesNotContain("Près du portail");
        assertThat(visitor.findAll(By.cssSelector("main form"))).as("no form for an anonymous visitor").isEmpty();

        author.open(relative(subjectPage));
        author.press(author.find(By.id("withdraw-submit")));
        assertThat(author.find(By.id("subject-state")).getText()).isEqualTo("Retiré");
        assertThat(author.findAll(By.id("withdraw-submit"))).isEmpty();
        assertThat(author.findAll(By.id("comment-text"))).as("the debate of a withdrawn subject is closed").isEmpty();
    }

    @Test
    void theSubjectsListFiltersByStateAndThemeInFrenchAndEnglish() {
        http.post("api/test-fixtures/fabrique/members?space=" + council + "&email=lou@example.org&name=Lou%20Exemple");
        http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=lou@example.org&title=Jardin&theme=VIE_SOCIALE");
        http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=lou@example.org&title=Trottoirs&theme=AMENAGEMENT_DU_QUARTIER");

        Browser visitor = keep(new Browser(url));
        visitor.open("assemblies/" + council + "/fabrique");
        assertThat(visitor.findAll(By.cssSelector(".subject-list h3"))).extracting(e -> e.getText()).containsExactly("Trottoirs", "Jardin");
        new Select(visitor.find(By.id("f-theme"))).selectByValue("VIE_SOCIALE");
        visitor.press(visitor.find(By.cssSelector("form.filters button")));
        assertThat(visitor.findAll(By.cssSelector(".subject-list h3"))).extracting(e -> e.getText()).containsExactly("Jardin");

        visitor.open("assemblies/" + council + "/fabrique?lang=en");
        assertThat(visitor.find(By.tagName("h1")).getText()).startsWith("Subjects");
        assertThat(visitor.find(By.tagName("main")).getText()).contains("Proposed by Lou E.", "Propose a subject");
        visitor.open("assemblies/" + council + "/fabrique/proposer");
        assertThat(visitor.find(By.tagName("main")).getText()).contains("Who may propose a subject?").doesNotContain("Publish the subject");
        visitor.open("assemblies/" + council + "?lang=fr");
    }

    private Browser keep(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    /** Opens the page's « Signaler » and « Répondre » disclosures, as a click on their summary would. */
    private static void openDetails(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    }

    private String relative(String absolute) {
        return absolute.substring(url.toString().length());
    }
}
