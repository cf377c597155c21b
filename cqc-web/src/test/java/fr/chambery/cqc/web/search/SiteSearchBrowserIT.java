package fr.chambery.cqc.web.search;

import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A citizen searches from the header of any public page and opens what she finds, in Chromium, each page
 * checked by axe-core and the RGAA checks (320 px reflow included).
 */
class SiteSearchBrowserIT extends DeployedApplication {

    private Browser browser;
    private Http http;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(url);
        http = new Http(url);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void searchFromTheHeader(String words) {
        WebElement field = browser.find(By.id("site-search-q"));
        assertThat(browser.find(By.cssSelector("label[for=site-search-q]")).getText()).isEqualTo("Rechercher sur le site");
        field.sendKeys(words);
        browser.press(field);
    }

    private WebElement result(String title) {
        return browser.find(By.cssSelector(".search-results")).findElement(By.xpath("//li[contains(@class,'search-result')]//a[normalize-space()='" + title + "']"));
    }

    @Test
    void aCitizenSearchesFromTheHeaderAndOpensASpaceAMeetingAndAnAssociation() {
        http.post("api/test-fixtures/assemblies/bissy/associations?count=4");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("api/search?q=bissy&kind=associations", "application/json").body()
                .contains("Jardins partagés bissy 0"));

        browser.open("assemblies/conseils-de-quartier-citoyens");
        assertThat(browser.tabThrough(By.cssSelector("form.site-search"), By.cssSelector("form.site-search button")))
                .as("the header's search, from the keyboard").containsExactly("Rechercher sur le site", "Rechercher");
        searchFromTheHeader("Bissy");
        assertThat(browser.driver().getCurrentUrl()).contains("/search?q=Bissy");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Rechercher");
        assertThat(browser.find(By.id("search-q")).getDomProperty("value")).isEqualTo("Bissy");
        assertThat(browser.findAll(By.cssSelector(".search-group h3"))).extracting(WebElement::getText)
                .anySatisfy(h -> assertThat(h).startsWith("Espaces ("))
                .anySatisfy(h -> assertThat(h).startsWith("Rencontres ("))
                .anySatisfy(h -> assertThat(h).startsWith("Associations ("));
        assertThat(browser.findAll(By.cssSelector(".search-snippet mark, .search-result mark"))).extracting(WebElement::getText)
                .isNotEmpty().allSatisfy(w -> assertThat(w.toLowerCase()).isEqualTo("bissy"));
        WebElement meetingResult = browser.find(By.cssSelector("[data-kind=meetings]"));
        assertThat(meetingResult.findElement(By.cssSelector(".search-result-context")).getText()).contains("CQC Bissy")
                .containsPattern("\\d{4}");

        browser.follow(result("CQC Bissy"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("CQC Bissy");

        searchFromTheHeader("bissy");
        browser.follow(result("Plénière du conseil de quartier citoyen de Bissy"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Plénière du conseil de quartier citoyen de Bissy");

        searchFromTheHeader("jardins bissy");
        browser.follow(result("Jardins partagés bissy 0"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("CQC Bissy");
        assertThat(browser.find(By.cssSelector("section.associations-block")).getText()).contains("Jardins partagés bissy 0");
    }

    @Test
    void aSubjectOfTheFabriqueAndAProjetAreFoundAndTheirResultsOpenTheirPages() {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("api/search?q=inaugure&kind=projets", "application/json").body()
                .contains("jardin partagé"));
        browser.open("assemblies/conseils-de-quartier-citoyens");

        searchFromTheHeader("composteurs");
        assertThat(browser.findAll(By.cssSelector(".search-group h3"))).extracting(WebElement::getText)
                .anySatisfy(h -> assertThat(h).startsWith("Sujets de la fabrique ("));
        WebElement subject = browser.find(By.cssSelector("[data-kind=subjects]"));
        assertThat(subject.findElement(By.cssSelector(".search-result-context")).getText()).contains("CQC Bissy");
        browser.follow(result("Un composteur collectif"));
        assertThat(browser.driver().getCurrentUrl()).contains("/fabrique/sujets/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Un composteur collectif");

        searchFromTheHeader("inauguré");
        WebElement projet = browser.find(By.cssSelector("[data-kind=projets]"));
        assertThat(projet.findElement(By.cssSelector(".search-snippet mark")).getText().toLowerCase()).isEqualTo("inauguré");
        browser.follow(projet.findElement(By.cssSelector("a")));
        assertThat(browser.driver().getCurrentUrl()).contains("/fabrique/projets/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Un jardin partagé près de l'école");
    }

    @Test
    void aDocumentIsFoundByTheTextOfItsFileFilteredByKindAndItsResultOpensTheFile() {
        browser.open("");
        searchFromTheHeader("collégial");
        WebElement document = result("Fonctionnement des CQC");
        assertThat(browser.find(By.cssSelector("[data-kind=documents] .search-snippet mark")).getText()).isEqualTo("collégial");
        HttpResponse<String> file = Http.send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(document.getDomProperty("href"))).build());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("Un fonctionnement collégial");

        browser.open("search?q=plénière");
        new Select(browser.find(By.id("search-kind"))).selectByVisibleText("Documents");
        browser.press(browser.find(By.cssSelector(".search-page-form button")));
        assertThat(browser.findAll(By.cssSelector(".search-result"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getDomAttribute("data-kind")).isEqualTo("documents"));
        assertThat(browser.find(By.cssSelector(".search-kinds [aria-current=page]")).getText()).startsWith("Documents (");
    }

    @Test
    void aRefusedSearchIsSaidBesideItsFieldAndWhatWasTypedIsNeverReadAsHtml() {
        browser.open("search?q=%25_");
        assertThat(browser.find(By.cssSelector(".field-error")).getText()).startsWith("Mots à rechercher :").contains("au moins un mot");
        browser.assertErrorsLinkedAndFocused();

        browser.open("search?q=" + "jardin".repeat(90));
        assertThat(browser.find(By.cssSelector(".field-error")).getText()).contains("trop longue (200 caractères au plus)");

        browser.open("search?q=%3Cb%3Ebissy%3C%2Fb%3E%20%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(browser.find(By.id("search-summary")).getText()).contains("<b>bissy</b> <script>alert(1)</script>");
        assertThat(browser.findAll(By.cssSelector("main b, main script"))).isEmpty();

        browser.open("open-data");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Données ouvertes");
        assertThat(browser.findAll(By.cssSelector(".open-data-set h3"))).hasSizeGreaterThanOrEqualTo(4);
    }
}
