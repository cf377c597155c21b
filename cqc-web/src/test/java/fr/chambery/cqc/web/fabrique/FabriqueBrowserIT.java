package fr.chambery.cqc.web.fabrique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chambery.cqc.core.document.SampleFiles;
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

import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fabrique in Chromium (axe-core and the RGAA checks on every page), with members signed in by their
 * e-mail link (GreenMail): a member proposes a subject (her mistakes said next to their fields first) and
 * comments it; another member reports the comment; the council's moderator hides it with a reason from her
 * board; an anonymous visitor then reads the reason in its place, and no form. The author withdraws her subject.
 * A subject's attachment (a refused file said by its field), its download, and its hiding mailed to its author;
 * the reply and report forms of a comment say their errors by their fields; comments are throttled.
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

    @Test
    void aMemberJoinsAFileToHerSubjectARefusedOneIsSaidByItsFieldAndOnceHiddenItsFileIsGoneAndSheIsMailedWhy() throws Exception {
        MemberSignIn.Member camille = MemberSignIn.signIn(url, MAIL, council, "Camille Martin");
        Browser author = keep(camille.browser());
        author.open("assemblies/" + council + "/fabrique/proposer");
        author.find(By.id("title")).sendKeys("Un banc près de l'école");
        author.find(By.id("description")).sendKeys("Un banc à l'ombre.");
        new Select(author.find(By.id("theme"))).selectByValue("CADRE_DE_VIE");
        author.find(By.id("attachment")).sendKeys(file("notice.pdf", SampleFiles.windowsExecutable()));
        author.press(author.find(By.id("submit")));
        author.assertErrorsLinkedAndFocused();
        assertThat(author.find(By.tagName("main")).getText())
                .contains("Pièce jointe : Le contenu de « notice.pdf » n'est pas d'un type accepté (programme exécutable).");
        assertThat(author.find(By.id("title")).getDomProperty("value")).as("nothing lost").isEqualTo("Un banc près de l'école");
        HttpResponse<String> listed = http.get("api/assemblies/" + council + "/subjects", "application/json");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(Http.json(listed).asJsonObject().getInt("total")).as("nothing stored").isZero();

        byte[] plan = SampleFiles.png();
        author.find(By.id("attachment")).sendKeys(file("plan du banc.png", plan));
        author.press(author.find(By.id("submit")));
        String subjectPage = author.driver().getCurrentUrl();
        assertThat(subjectPage).contains("/fabrique/sujets/");
        assertThat(author.find(By.tagName("main")).getText()).contains("Pièce jointe", "plan du banc.png (PNG,");
        String href = author.find(By.id("attachment-link")).getDomProperty("href");
        HttpResponse<byte[]> download = get(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .startsWith("attachment").contains("filename*=UTF-8''plan%20du%20banc.png"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.body()).isEqualTo(plan);
        String subjectId = subjectPage.substring(subjectPage.lastIndexOf('/') + 1);
        jakarta.json.JsonObject inApi = Http.json(http.get("api/subjects/" + subjectId, "application/json")).asJsonObject().getJsonObject("attachment");
        assertThat(inApi.getString("name")).isEqualTo("plan du banc.png");
        assertThat(inApi.getString("mediaType")).isEqualTo("image/png");
        assertThat(inApi.getJsonNumber("size").longValue()).isEqualTo(plan.length);
        assertThat(inApi.getString("file")).isEqualTo(href);

        int before = MemberSignIn.mailsTo(MAIL, camille.email()).size();
        Browser moderator = keep(StaffSignIn.signIn(url, http, "MODERATEUR", council));
        moderator.open("admin/fabrique?space=" + council);
        moderator.find(By.cssSelector("#subjects input[id$='subject-hide-reason']")).sendKeys("Publicité pour un commerce");
        moderator.press(moderator.find(By.cssSelector("#subjects input[id$='hide']")));

        MimeMessage mail = MemberSignIn.nextMailTo(MAIL, camille.email(), before);
        assertThat(mail.getSubject()).isEqualTo("Votre sujet « Un banc près de l'école » a été masqué par la modération");
        assertThat(mail.getContent().toString()).contains("Bonjour Camille,", "La raison publiée à sa place : Publicité pour un commerce",
                relative(subjectPage)).doesNotContain("Martin");
        assertThat(get(href).statusCode()).as("a hidden subject's file is no longer served").isEqualTo(404);
        moderator.open("admin/fabrique?space=" + council);
        org.openqa.selenium.WebElement forModerators = moderator.find(By.cssSelector("#subjects a.attachment-link"));
        assertThat(forModerators.getText()).contains("Pièce jointe : plan du banc.png");
        String moderatorsHref = forModerators.getDomProperty("href");
        HttpResponse<byte[]> anonymous = get(moderatorsHref);
        assertThat(anonymous.body()).as("the moderators' address gives the public nothing (" + anonymous.statusCode() + ")").isNotEqualTo(plan);
        Object downloaded = ((org.openqa.selenium.JavascriptExecutor) moderator.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(function (r) { return r.status === 200 ? r.arrayBuffer().then(function (b) { done(b.byteLength); }) : done(-r.status); });",
                moderatorsHref);
        assertThat(downloaded).as("the moderator still downloads the hidden subject's file").isEqualTo((long) plan.length);
        Browser visitor = keep(new Browser(url));
        visitor.open(relative(subjectPage));
        assertThat(visitor.findAll(By.id("attachment-link"))).isEmpty();
    }

    @Test
    void theReplyAndReportFormsOfACommentSayTheirErrorsByTheirFields() {
        http.post("api/test-fixtures/fabrique/members?space=" + council + "&email=lou@example.org&name=Lou%20Exemple");
        String subject = http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=lou@example.org&title=Jardin").body();
        http.post("api/test-fixtures/fabrique/comments?subject=" + subject + "&email=lou@example.org&text=Premier%20avis");
        http.post("api/test-fixtures/fabrique/comments?subject=" + subject + "&email=lou@example.org&text=Second%20avis");
        Browser member = keep(MemberSignIn.signIn(url, MAIL, council, "Camille Martin").browser());
        String page = "assemblies/" + council + "/fabrique/sujets/" + subject;

        member.open(page);
        openDetails(member);
        member.press(member.findAll(By.cssSelector(".comments input[id$='reply-submit']")).get(1));
        member.assertErrorsLinkedAndFocused();
        assertThat(member.find(By.tagName("main")).getText()).contains("Votre réponse : écrivez votre message.");
        assertThat(member.driver().switchTo().activeElement().getDomAttribute("id"))
                .as("the reply field of the second comment, the one sent").isEqualTo(member.findAll(By.cssSelector(".comments textarea[id$='reply-text']")).get(1).getDomAttribute("id"));

        member.open(page);
        openDetails(member);
        member.press(member.find(By.cssSelector(".comments input[id$='report-comment-submit']")));
        member.assertErrorsLinkedAndFocused();
        assertThat(member.find(By.tagName("main")).getText()).contains("Raison du signalement : indiquez la raison du signalement.");
    }

    @Test
    void aMemberPublishesAtMostFiveCommentsAMinuteTheNextIsRefusedInFrenchAndNotStored() {
        http.post("api/test-fixtures/fabrique/members?space=" + council + "&email=lou@example.org&name=Lou%20Exemple");
        String subject = http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=lou@example.org&title=Jardin").body();
        Browser member = keep(MemberSignIn.signIn(url, MAIL, council, "Camille Martin").browser());
        member.open("assemblies/" + council + "/fabrique/sujets/" + subject);
        for (int i = 1; i <= 5; i++) {
            member.find(By.id("comment-text")).sendKeys("Avis n° " + i);
            member.press(member.find(By.id("comment-submit")));
        }
        member.find(By.id("comment-text")).sendKeys("Avis n° 6");
        member.press(member.find(By.id("comment-submit")));
        assertThat(member.find(By.tagName("main")).getText())
                .contains("Vous avez déjà publié 5 messages dans la minute : réessayez dans un instant.");
        assertThat(member.findAll(By.cssSelector(".comments .comment-body"))).extracting(e -> e.getText())
                .containsExactly("Avis n° 1", "Avis n° 2", "Avis n° 3", "Avis n° 4", "Avis n° 5");
    }

    private String file(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("cqc.tmpdir", System.getProperty("java.io.tmpdir")), "fabrique-uploads", UUID.randomUUID().toString()));
            return Files.write(dir.resolve(name), content).toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> get(String address) {
        return Http.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofByteArray());
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
