package fr.chambery.cqc.web.document;

import fr.chambery.cqc.core.document.SampleFiles;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.StaffSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator curates a council's documents in Chromium (collections, uploads, a refused file, order,
 * a new version) and a citizen finds them on the council's page, searches their text and downloads
 * them; every page checked by axe-core. The steps share one council and one moderator's session (signing in
 * costs a browser and a second factor), in the order a moderator works; each names one behaviour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentsBrowserIT extends DeployedApplication {

    private static final Path FILES = Path.of(System.getProperty("cqc.tmpdir"), "uploads");

    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String suffix;
    private String space;
    private Browser moderator;
    private Browser citizen;
    private String oldVersion;

    /** One council and one signed-in moderator for the whole story: each step below is one behaviour. */
    @BeforeEach
    void setUpOnce() throws IOException {
        if (http != null) {
            return;
        }
        http = new Http(url);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        space = "cqc-docs-" + suffix;
        http.post("api/test-fixtures/assemblies?slug=" + space + "&components=documents");
        Files.createDirectories(FILES);
        moderator = StaffSignIn.signIn(url, http, "MODERATEUR", space);
        browsers.add(moderator);
        citizen = new Browser(url);
        browsers.add(citizen);
    }

    @AfterAll
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    @Order(1)
    void aModeratorAddsACollectionFromTheBackOfficeHome() {
        moderator.follow(moderator.find(By.cssSelector("a[href$='/admin/documents?space=" + space + "']")));

        moderator.find(By.id("collectionName")).sendKeys("Guides méthodologiques");
        moderator.follow(moderator.find(By.id("addCollection")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("La collection est ajoutée.");
    }

    @Test
    @Order(2)
    void aModeratorUploadsAPublishedDocumentIntoTheCollection() {
        moderator.follow(moderator.find(By.id("new-document")));
        moderator.find(By.id("file")).sendKeys(file("animation.docx", SampleFiles.docx("Animer une réunion participative " + suffix)));
        moderator.find(By.id("title")).sendKeys("Guide de l'animation de réunion");
        moderator.find(By.id("description")).sendKeys("Pour préparer et animer les plénières.");
        new Select(moderator.find(By.id("collection"))).selectByVisibleText("Guides méthodologiques");
        moderator.find(By.id("publish")).click();
        moderator.follow(moderator.find(By.id("upload")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le document « Guide de l'animation de réunion » est déposé.");
    }

    @Test
    @Order(3)
    void anHtmlFileNamedPdfIsRefusedInFrenchNextToTheFileField() {
        moderator.follow(moderator.find(By.id("new-document")));
        moderator.find(By.id("file")).sendKeys(file("piege.pdf", SampleFiles.html()));
        moderator.find(By.id("title")).sendKeys("Un piège");
        moderator.follow(moderator.find(By.id("upload")));
        assertThat(moderator.find(By.cssSelector(".field-error")).getText())
                .contains("Le contenu de « piege.pdf » n'est pas d'un type accepté (page HTML).");
    }

    @Test
    @Order(4)
    void theSameRefusalReadsInEnglishForAModeratorWhoChoseEnglish() {
        moderator.open("admin/documents?space=" + space + "&lang=en");
        moderator.follow(moderator.find(By.id("new-document")));
        moderator.find(By.id("file")).sendKeys(file("piege.pdf", SampleFiles.html()));
        moderator.find(By.id("title")).sendKeys("A trap");
        moderator.follow(moderator.find(By.id("upload")));
        assertThat(moderator.find(By.cssSelector(".field-error")).getText())
                .contains("The content of \"piege.pdf\" is not of an accepted type (HTML page).")
                .doesNotContain("Le contenu", "page HTML");

        moderator.open("admin/documents?space=" + space + "&lang=fr");
        moderator.follow(moderator.find(By.id("new-document")));
    }

    @Test
    @Order(5)
    void afterARefusalTheFormTakesAnotherFileWhichJoinsTheListAfterTheFirst() {
        moderator.find(By.id("file")).sendKeys(file("brouillon.txt", "Brouillon du compte rendu".getBytes(StandardCharsets.UTF_8)));
        moderator.find(By.id("title")).clear();
        moderator.find(By.id("title")).sendKeys("Brouillon " + suffix);
        moderator.follow(moderator.find(By.id("upload")));
        assertThat(rows(moderator)).containsExactly("Guide de l'animation de réunion", "Brouillon " + suffix);
    }

    @Test
    @Order(6)
    void aModeratorMovesADocumentDownAndTheFocusStaysOnTheButtonUsed() {
        moderator.follow(moderator.find(By.cssSelector("input[aria-label='Descendre Guide de l\\'animation de réunion']")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("Le nouvel ordre est enregistré.");
        assertThat(rows(moderator)).containsExactly("Brouillon " + suffix, "Guide de l'animation de réunion");
        assertThat(moderator.driver().switchTo().activeElement().getAccessibleName())
                .as("focus stays on the button just used, in the moved row").isEqualTo("Descendre Guide de l'animation de réunion");
    }

    @Test
    @Order(7)
    void aNewVersionOfTheFileIsListedWithTheOldOne() {
        moderator.follow(moderator.find(By.xpath("//a[contains(., 'Guide de l')][contains(@href, '/admin/document?id=')]")));
        moderator.find(By.id("newVersion")).sendKeys(file("guide.pdf", SampleFiles.guidePdf()));
        moderator.follow(moderator.find(By.id("replaceFile")));
        assertThat(moderator.find(By.cssSelector(".flash")).getText()).contains("La version 2 du fichier est déposée");
        assertThat(moderator.find(By.cssSelector("table.admin-table tbody")).getText())
                .contains("v2 (version publique)", "guide.pdf", "v1", "animation.docx");
        oldVersion = moderator.find(By.linkText("animation.docx")).getAttribute("href");
        assertThat(oldVersion).contains("/admin/files/");
    }

    @Test
    @Order(8)
    void aCitizenSeesThePublishedDocumentInItsCollectionAndNotTheDraft() {
        citizen.open("assemblies/" + space);
        WebElement block = citizen.find(By.cssSelector("section.documents-block"));
        assertThat(block.getText()).contains("Documents à consulter", "Guides méthodologiques", "Guide de l'animation de réunion", "PDF")
                .doesNotContain("Brouillon " + suffix);
    }

    @Test
    @Order(9)
    void aCitizenDownloadsTheExactBytesOfTheCurrentVersionButNotTheOldOne() {
        citizen.open("assemblies/" + space);
        WebElement link = citizen.find(By.cssSelector("a.document-title"));
        assertThat(link.getAttribute("textContent")).isEqualTo("Guide de l'animation de réunion (PDF, 1,8 ko)");
        String download = link.getAttribute("href");
        assertThat(get(download).body()).isEqualTo(SampleFiles.guidePdf());
        assertThat(oldVersion).as("the old version's address, from the moderator's step").isNotNull();
        assertThat(get(oldVersion).statusCode()).as("old versions are for the back office").isIn(302, 303, 401, 403);
    }

    @Test
    @Order(10)
    void aCitizensSearchReadsOnlyTheCurrentVersionsText() {
        citizen.open("assemblies/" + space);
        citizen.find(By.id("documents-q")).sendKeys("PARTICIPATIVE " + suffix);
        citizen.follow(citizen.find(By.cssSelector("form.search-form button")));
        assertThat(citizen.find(By.id("results")).getText()).as("only the current version's text is searched").isEqualTo("0 document(s) pour « PARTICIPATIVE " + suffix + " »");
        assertThat(citizen.findAll(By.cssSelector(".document-card"))).isEmpty();
    }

    @Test
    @Order(11)
    void aCitizenFindsADocumentByTheWordsOfItsCurrentFile() {
        citizen.open("assemblies/" + space);
        citizen.find(By.id("documents-q")).sendKeys("garante du TEMPS");
        citizen.follow(citizen.find(By.cssSelector("form.search-form button")));
        assertThat(citizen.find(By.cssSelector(".document-card")).getText()).contains("Guide de l'animation de réunion");
    }

    private static List<String> rows(Browser browser) {
        return browser.findAll(By.cssSelector("#documents tbody tr td:first-child strong")).stream().map(WebElement::getText).toList();
    }

    private String file(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(FILES.resolve(UUID.randomUUID().toString()));
            return Files.write(dir.resolve(name), content).toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> get(String address) {
        return Http.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
