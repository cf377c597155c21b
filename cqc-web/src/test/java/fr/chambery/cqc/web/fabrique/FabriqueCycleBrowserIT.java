package fr.chambery.cqc.web.fabrique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.MemberSignIn;
import fr.chambery.cqc.web.browser.StaffSignIn;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fabrique's whole cycle in Chromium, through the real pages, with the e-mails carried by a real SMTP
 * server (GreenMail) and every page checked by axe-core and the RGAA checks: a member signs in by the link of
 * her e-mail, proposes a subject and comments on it; another member reports the comment and the moderator hides
 * it with a public reason; the neighbours propose theirs; the moderator opens a round for a plénière under way;
 * three members support, the fourth support of one of them is refused; the moderator records the hands raised;
 * the round closes by itself at the plénière's end and the public reads the ranked results; the first subject is
 * retained, becomes a projet, gets an update, a progress, a status and the City's answer; the council's page and
 * the assembly's bilan show it; its author has received her e-mails.
 * <p>
 * The steps share one deployment, one council and the same browsers, in the order the cycle runs; each names
 * one behaviour and needs the ones before it. The only back doors are the test fixtures that stand for the
 * calendar: a plénière under way that ends {@link #PLENIERE_SECONDS} seconds after it is created (the round then
 * closes by the clock, not by a moderator), and the daily digest run now rather than at 18:00.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FabriqueCycleBrowserIT extends FabriqueDeployment {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("cqc.it.mail-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    /**
     * How long the plénière lasts after the moderator's board has it: enough for her to open the round, three
     * members to support and the hands to be recorded on two loaded cores, short enough not to stall the suite.
     */
    private static final int PLENIERE_SECONDS = 60;

    private final List<Browser> browsers = new ArrayList<>();
    private final Map<String, String> subjects = new LinkedHashMap<>();
    private Http http;
    private String assembly;
    private String council;
    private MemberSignIn.Member camille;
    private MemberSignIn.Member dominique;
    private MemberSignIn.Member sam;
    private Browser moderator;
    private Browser visitor;
    private String subjectPage;
    private Instant pleniereEnds;

    /** One assembly and its council (sign-ups, meetings, fabrique) for the whole cycle. */
    @BeforeEach
    void setUpOnce() {
        if (http != null) {
            return;
        }
        http = new Http(url);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        assembly = "cycle-asm-" + suffix;
        council = "cycle-" + suffix;
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + assembly + "&components=fabrique").statusCode()).isEqualTo(204);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + council + "&parent=" + assembly
                + "&components=fabrique,membership,meetings").statusCode()).isEqualTo(204);
        visitor = keep(new Browser(url));
    }

    @AfterAll
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    @Order(1)
    void aMemberSignsInByTheLinkOfHerEmailAndLandsOnHerCouncil() {
        camille = MemberSignIn.signIn(url, MAIL, council, "Camille Martin");
        keep(camille.browser());

        assertThat(camille.browser().driver().getCurrentUrl()).endsWith("/assemblies/" + council);
        assertThat(camille.browser().find(By.id("member-name")).getText()).isEqualTo("Camille");
    }

    @Test
    @Order(2)
    void sheProposesASubjectFromHerCouncilsPageSignedWithHerFirstNameAndInitial() {
        Browser author = camille.browser();
        author.follow(author.find(By.cssSelector("a.button[href$='/" + council + "/fabrique/proposer']")));
        fill(author, "Un jardin partagé", "Des bacs de légumes\nau pied des immeubles", "VIE_SOCIALE");
        author.find(By.id("place")).sendKeys("Square des Combes");
        author.press(author.find(By.id("submit")));

        subjectPage = relative(author.driver().getCurrentUrl());
        assertThat(subjectPage).startsWith("assemblies/" + council + "/fabrique/sujets/");
        subjects.put("Un jardin partagé", subjectPage.substring(subjectPage.lastIndexOf('/') + 1));
        assertThat(author.find(By.tagName("h1")).getText()).isEqualTo("Un jardin partagé");
        assertThat(author.find(By.tagName("main")).getText()).contains("Camille M.", "Square des Combes", "Proposé").doesNotContain("Martin");
    }

    @Test
    @Order(3)
    void sheCommentsOnHerSubject() {
        Browser author = camille.browser();
        author.find(By.id("comment-text")).sendKeys("Je peux prêter des outils, mais pas à ce voisin-là.");
        author.press(author.find(By.id("comment-submit")));

        assertThat(author.find(By.cssSelector(".comments")).getText()).contains("Camille M.", "Je peux prêter des outils");
    }

    @Test
    @Order(4)
    void anotherMemberReportsTheComment() {
        dominique = MemberSignIn.signIn(url, MAIL, council, "Dominique Durand");
        Browser neighbour = keep(dominique.browser());
        neighbour.open(subjectPage);
        openDetails(neighbour);
        neighbour.find(By.cssSelector(".comments textarea[id$='comment-reason']")).sendKeys("Ce commentaire vise un voisin.");
        neighbour.press(neighbour.find(By.cssSelector(".comments input[id$='report-comment-submit']")));

        assertThat(relative(neighbour.driver().getCurrentUrl())).isEqualTo(subjectPage);
    }

    @Test
    @Order(5)
    void theModeratorHidesTheCommentWithAReasonThatThePublicReadsInItsPlace() {
        moderator = keep(StaffSignIn.signIn(url, http, "MODERATEUR", council));
        moderator.open("admin/fabrique?space=" + council);
        assertThat(moderator.find(By.id("reports")).getText()).contains("Je peux prêter des outils", "Ce commentaire vise un voisin.");
        moderator.find(By.cssSelector("#reports input[id$='report-hide-reason']")).sendKeys("Propos visant une personne");
        moderator.press(moderator.find(By.cssSelector("#reports input[id$='hide-comment']")));
        assertThat(moderator.find(By.tagName("main")).getText()).contains("Masqué ; la raison est publiée.", "Aucun signalement à traiter.");

        visitor.open(subjectPage);
        assertThat(visitor.find(By.cssSelector(".comments")).getText())
                .contains("Commentaire masqué par la modération : Propos visant une personne")
                .doesNotContain("prêter des outils");
    }

    @Test
    @Order(6)
    void aNeighbourCommentsOnTheSubjectForItsAuthorsDigest() {
        Browser neighbour = dominique.browser();
        neighbour.open(subjectPage);
        neighbour.find(By.id("comment-text")).sendKeys("Bonne idée, je m'occupe des semis.");
        neighbour.press(neighbour.find(By.id("comment-submit")));

        assertThat(neighbour.find(By.cssSelector(".comments")).getText()).contains("Dominique D.", "je m'occupe des semis");
    }

    @Test
    @Order(7)
    void theNeighboursProposeTheirOwnSubjects() {
        sam = MemberSignIn.signIn(url, MAIL, council, "Sam Bernard");
        keep(sam.browser());
        propose(dominique.browser(), "Des bancs", "CADRE_DE_VIE");
        propose(sam.browser(), "Une fresque", "AMENAGEMENT_DU_QUARTIER");
        propose(dominique.browser(), "Un composteur", "SERVICES_DE_PROXIMITE");

        visitor.open("assemblies/" + council + "/fabrique");
        assertThat(visitor.findAll(By.cssSelector(".subject-list h3"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Un jardin partagé", "Des bancs", "Une fresque", "Un composteur");
    }

    @Test
    @Order(8)
    void theModeratorOpensARoundForThePleniereUnderWay() {
        pleniereEnds = Instant.now().plusSeconds(PLENIERE_SECONDS);
        HttpResponse<String> pleniere = http.post("api/test-fixtures/programme/" + council + "/plenieres?in=-60&endsInSeconds="
                + PLENIERE_SECONDS + "&title=" + URLEncoder.encode("Plénière de printemps", StandardCharsets.UTF_8));
        assertThat(pleniere.statusCode()).as(pleniere.body()).isEqualTo(200);

        moderator.open("admin/priorisation?space=" + council);
        assertThat(new Select(moderator.find(By.id("pleniere"))).getFirstSelectedOption().getText()).startsWith("Plénière de printemps");
        assertThat(moderator.find(By.id("supports")).getDomProperty("value")).as("three supports by default").isEqualTo("3");
        moderator.follow(moderator.find(By.id("openRound")));

        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("La priorisation est ouverte.");
        assertThat(moderator.find(By.id("current-round")).getText()).contains("Plénière de printemps", "Ouverte");
    }

    @Test
    @Order(9)
    void threeMembersSupportAndTheFourthSupportOfOneOfThemIsRefused() {
        support(camille.browser(), "Un jardin partagé", "Des bancs", "Une fresque");
        support(dominique.browser(), "Un jardin partagé", "Des bancs");
        support(sam.browser(), "Un jardin partagé");
        assertThat(camille.browser().find(By.id("remaining")).getText()).isEqualTo("Il vous reste 0 soutien(s) sur 3.");

        camille.browser().follow(supportButton(camille.browser(), "Un composteur"));
        assertThat(camille.browser().find(By.id("support-refused")).getText())
                .isEqualTo("Vous avez déjà donné vos 3 soutiens : retirez-en un pour soutenir un autre sujet.");
        assertThat(camille.browser().find(By.id("remaining")).getText()).isEqualTo("Il vous reste 0 soutien(s) sur 3.");
    }

    @Test
    @Order(10)
    void theModeratorRecordsTheHandsRaisedInTheRoomDuringThePleniere() {
        moderator.open("admin/priorisation?space=" + council);
        hands("Un jardin partagé", "10");
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le compte en salle est enregistré.");
        hands("Un composteur", "5");
        hands("Des bancs", "1");

        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le compte en salle est enregistré.");
        visitor.open("assemblies/" + council + "/fabrique/priorisation");
        assertThat(visitor.find(By.tagName("main")).getText()).as("the counts stay hidden until the close")
                .contains("Les comptes restent cachés jusqu'à la clôture.", "Un composteur")
                .doesNotContain("Mains levées en salle");
    }

    @Test
    @Order(11)
    void theRoundClosesByItselfAtThePleniereEndAndThePublicReadsTheRankedResults() {
        assertThat(Instant.now()).as("the steps of the round ran before the plénière's end: raise PLENIERE_SECONDS").isBefore(pleniereEnds);
        await("the plénière's end, as an anonymous visitor reloading the page sees it")
                .atMost(Duration.ofSeconds(PLENIERE_SECONDS + 30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.get("assemblies/" + council + "/fabrique/priorisation", "text/html").body().contains("results-table"));

        visitor.open("assemblies/" + council + "/fabrique/priorisation");
        assertThat(visitor.find(By.tagName("main")).getText()).contains("Priorisation close le", "Plénière de printemps");
        assertThat(visitor.findAll(By.cssSelector(".results-table tbody tr")).stream().map(WebElement::getText).toList())
                .as("rank, subject (state), online, in the room, total")
                .containsExactly("1 Un jardin partagé (Proposé) 3 10 13", "2 Un composteur (Proposé) 0 5 5",
                        "3 Des bancs (Proposé) 2 1 3", "4 Une fresque (Proposé) 1 0 1");
        assertThat(visitor.findAll(By.cssSelector("form.support-form"))).isEmpty();

        camille.browser().open("assemblies/" + council + "/fabrique/priorisation");
        assertThat(camille.browser().findAll(By.cssSelector("form.support-form"))).as("no more supports after the close").isEmpty();
    }

    @Test
    @Order(12)
    void theModeratorRetainsTheFirstSubjectWhichBecomesAProjetOfTheProgramme() {
        moderator.open("admin/programme?space=" + council);
        new Select(moderator.find(By.id("subject"))).selectByVisibleText("Un jardin partagé");
        new Select(moderator.find(By.id("retainPleniere"))).selectByVisibleText(
                new Select(moderator.find(By.id("retainPleniere"))).getOptions().stream().map(WebElement::getText)
                        .filter(t -> t.startsWith("Plénière de printemps")).findFirst().orElseThrow());
        moderator.tick(moderator.find(By.id("needsCity")));
        moderator.follow(moderator.find(By.id("retain")));

        assertThat(moderator.find(By.cssSelector(".flash")).getText())
                .contains("« Un jardin partagé » est retenu : c'est désormais un projet du programme.");
        assertThat(moderator.find(By.cssSelector("main table")).getText()).contains("Un jardin partagé", "À l'étude", "0 %");
    }

    @Test
    @Order(13)
    void theModeratorFollowsTheProjetWithAnUpdateAProgressAStatusAndTheCitysAnswer() {
        moderator.follow(moderator.find(By.cssSelector("a[href*='/admin/projet?id=']")));
        moderator.find(By.id("updateText")).sendKeys("Les bacs sont commandés.");
        moderator.follow(moderator.find(By.id("addUpdate")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("C'est enregistré.");
        moderator.find(By.id("progress")).clear();
        moderator.find(By.id("progress")).sendKeys("40");
        moderator.follow(moderator.find(By.id("saveProgress")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("C'est enregistré.");
        new Select(moderator.find(By.id("status"))).selectByVisibleText("En cours");
        moderator.follow(moderator.find(By.id("saveStatus")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("C'est enregistré.");
        moderator.find(By.id("answer")).sendKeys("La Ville fournit la terre et l'eau.");
        moderator.follow(moderator.find(By.id("saveAnswer")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("C'est enregistré.");

        visitor.open(relative(moderator.find(By.cssSelector("main a[href*='/fabrique/projets/']")).getAttribute("href")));
        assertThat(visitor.find(By.tagName("main")).getText())
                .contains("Un jardin partagé", "En cours", "Les bacs sont commandés.", "Réponse de la Ville", "La Ville fournit la terre et l'eau.");
    }

    @Test
    @Order(14)
    void theCouncilsPublicPageShowsTheProjetWithItsStatusAndProgress() {
        visitor.open("assemblies/" + council);
        WebElement card = visitor.find(By.cssSelector(".programme-block .projet-card"));
        assertThat(card.getText()).contains("Un jardin partagé", "En cours", "40 %", "Nécessite le concours de la Ville",
                "Porté par la mairie de quartier");
        WebElement bar = card.findElement(By.tagName("progress"));
        assertThat(bar.getAttribute("value")).isEqualTo("40");
        assertThat(bar.getAccessibleName()).isEqualTo("Avancement");

        visitor.follow(card.findElement(By.partialLinkText("Un jardin partagé")));
        assertThat(visitor.find(By.tagName("main")).getText()).contains("La Ville fournit la terre et l'eau.");
    }

    @Test
    @Order(15)
    void theAssemblysBilanCountsTheProjetUnderWay() {
        visitor.open("assemblies/" + assembly);
        assertThat(visitor.find(By.cssSelector(".programme-block .bilan-table tbody tr")).getText().replaceAll("\\s+", " "))
                .as("council, à l'étude, en cours, réalisé, abandonné, total, réalisés cette année")
                .isEqualTo("Programme de travail · Espace " + council + " 0 1 0 0 1 0");
    }

    @Test
    @Order(16)
    void theAuthorReceivedHerEmailsSignUpSignInRetainedAndTheDigestOfHerNeighboursComment() throws Exception {
        int before = MemberSignIn.mailsTo(MAIL, camille.email()).size();
        assertThat(http.post("api/test-fixtures/members/digest").statusCode()).isEqualTo(200);
        MemberSignIn.nextMailTo(MAIL, camille.email(), before);

        List<MimeMessage> mails = MemberSignIn.mailsTo(MAIL, camille.email());
        assertThat(mails).extracting(FabriqueCycleBrowserIT::subjectOf).hasSize(4)
                .satisfies(s -> assertThat(s.getFirst()).startsWith("Confirmez votre inscription au "))
                .endsWith("Votre lien de connexion à l'espace membre",
                        "Votre sujet « Un jardin partagé » est retenu au programme de travail", "Un nouveau commentaire sur votre sujet");
        String subjectLink = url + "assemblies/" + council + "/fabrique/sujets/" + subjects.get("Un jardin partagé");
        assertThat(mails.get(2).getContent().toString()).contains("Bonjour Camille,", subjectLink).doesNotContain("Martin");
        assertThat(mails.get(3).getContent().toString())
                .as("her neighbour's comment, not her own hidden one")
                .contains("« Un jardin partagé » : 1 nouveau commentaire", subjectLink);
    }

    private void propose(Browser member, String title, String theme) {
        member.open("assemblies/" + council + "/fabrique/proposer");
        fill(member, title, "Description de « " + title + " »", theme);
        member.press(member.find(By.id("submit")));
        String page = member.driver().getCurrentUrl();
        assertThat(page).as(member.find(By.tagName("main")).getText()).contains("/fabrique/sujets/");
        subjects.put(title, page.substring(page.lastIndexOf('/') + 1));
    }

    private static void fill(Browser member, String title, String description, String theme) {
        member.find(By.id("title")).sendKeys(title);
        member.find(By.id("description")).sendKeys(description);
        new Select(member.find(By.id("theme"))).selectByValue(theme);
    }

    /** The member supports the subjects one after the other, each time told so and how many remain. */
    private void support(Browser member, String... titles) {
        member.open("assemblies/" + council + "/fabrique/priorisation");
        assertThat(member.find(By.id("remaining")).getText()).isEqualTo("Il vous reste 3 soutien(s) sur 3.");
        for (int i = 0; i < titles.length; i++) {
            member.follow(supportButton(member, titles[i]));
            assertThat(member.find(By.id("support-done")).getText()).isEqualTo("Votre soutien est enregistré.");
            assertThat(member.find(By.id("remaining")).getText()).isEqualTo("Il vous reste " + (2 - i) + " soutien(s) sur 3.");
        }
    }

    private WebElement supportButton(Browser member, String title) {
        return member.find(By.cssSelector("#sujet-" + subjects.get(title) + " form.support-form button"));
    }

    private void hands(String subject, String count) {
        WebElement row = moderator.find(By.xpath("//form[@id='in-room']//tr[th[normalize-space()='" + subject + "']]"));
        WebElement field = row.findElement(By.cssSelector("input[type='text']"));
        field.clear();
        field.sendKeys(count);
        moderator.follow(row.findElement(By.cssSelector("input[type='submit']")));
    }

    /** Opens the page's « Signaler » and « Répondre » disclosures, as a click on their summary would. */
    private static void openDetails(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private Browser keep(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    private String relative(String absolute) {
        return absolute.substring(url.toString().length());
    }
}
