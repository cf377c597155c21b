package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.browser.Browser;
import fr.chambery.cqc.web.browser.StaffSignIn;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Moderators and administrators in the back office, in Chromium, each page checked by axe-core.
 */
class BackOfficeBrowserIT extends DeployedApplication {

    private final List<Browser> browsers = new ArrayList<>();
    private Http http;
    private String suffix;
    private String space;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        space = "conseil-" + suffix;
        http.post("api/test-fixtures/assemblies?slug=" + space);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aModeratorEditsHerCouncilsDescriptionAndThePublicPageShowsIt() {
        Browser browser = signIn("MODERATEUR", space);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Espaces participatifs");

        browser.follow(browser.find(By.cssSelector("a[href$='/admin/assembly?slug=" + space + "']")));
        assertThat(browser.tabThrough(By.id("editor"), By.id("save")))
                .as("Tab goes through every rich-text editor to the Save button").contains("Résumé", "Description", "Annonce", "Enregistrer");
        WebElement editor = browser.find(By.cssSelector("#description .ql-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Le groupe de travail mobilités se réunit le mardi " + suffix);
        browser.follow(browser.find(By.id("save")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Les modifications de « Espace " + space + " » sont enregistrées.");
        assertThat(browser.driver().switchTo().activeElement()).as("focus on the confirmation, not left at the top of the page")
                .isEqualTo(browser.find(By.cssSelector(".flash-info")));

        browser.open("assemblies/" + space);
        assertThat(browser.find(By.cssSelector("section.about")).getText())
                .contains("Le groupe de travail mobilités se réunit le mardi " + suffix);
    }

    @Test
    void aModeratorPlansAMeetingAndAWorkingGroupAndCitizensSeeThem() {
        http.post("api/test-fixtures/assemblies?slug=" + space + "-r&components=meetings");
        String council = space + "-r";
        Browser browser = signIn("MODERATEUR", council);
        browser.follow(browser.find(By.cssSelector("a[href$='/admin/meetings?space=" + council + "']")));
        assertThat(browser.find(By.id("cadence")).findElement(By.xpath("..")).getText())
                .contains("Aucune plénière cette année : planifiez-en une.");

        browser.follow(browser.find(By.linkText("Nouvelle rencontre")));
        browser.assertRequiredMarked("title", "day", "start", "end");
        browser.tabThrough(By.id("meeting"), By.id("save"));
        browser.find(By.id("title")).sendKeys("Plénière de rentrée " + suffix);
        setValue(browser, "day", java.time.LocalDate.now().plusDays(10).toString());
        setValue(browser, "start", "19:00");
        setValue(browser, "end", "18:00");
        browser.find(By.id("address")).sendKeys("Maison de quartier");
        browser.follow(browser.find(By.id("save")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("La fin de la rencontre doit venir après son début.");

        setValue(browser, "end", "21:00");
        browser.find(By.id("publish")).click();
        browser.follow(browser.find(By.id("save")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("La rencontre « Plénière de rentrée " + suffix + " » est enregistrée.");
        assertThat(browser.find(By.cssSelector("#meetings table")).getText()).contains("Plénière de rentrée " + suffix, "Publié", "19:00 – 21:00");

        browser.find(By.id("referent1")).sendKeys("Alex");
        browser.find(By.id("groupName")).sendKeys("Jardins " + suffix);
        browser.follow(browser.find(By.id("addGroup")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Un groupe de travail a deux référent·es : indiquez-les tous les deux.");
        browser.find(By.id("referent2")).sendKeys("Sam");
        browser.follow(browser.find(By.id("addGroup")));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Jardins " + suffix + " — Référent·es : Alex, Sam");

        browser.open("assemblies/" + council);
        assertThat(browser.find(By.cssSelector("section.meetings-block")).getText()).contains("Plénière de rentrée " + suffix, "Tout voir (1)");
        assertThat(browser.find(By.cssSelector("section.working-groups")).getText()).contains("Jardins " + suffix, "Alex, Sam");

        browser.open("admin/meetings?space=" + council);
        browser.follow(browser.find(By.cssSelector("input[aria-label='Annuler Plénière de rentrée " + suffix + "']")));
        browser.open("assemblies/" + council + "/meetings");
        assertThat(browser.find(By.cssSelector(".meeting-card")).getText()).contains("Annulée");
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void anXssPayloadSavedThroughTheEditorIsRenderedInert() {
        Browser browser = signIn("ADMINISTRATEUR", null);
        browser.open("admin/assembly?slug=" + space);
        String payload = "<p>texte sûr " + suffix + "</p><img src=x onerror=\"alert('img')\"><script>alert('script')</script>"
                + "<a href=\"javascript:alert('lien')\">lien</a><iframe src=\"https://example.org\"></iframe>";
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementsByName('description_input')[0].value = arguments[0];", payload);
        browser.follow(browser.find(By.id("save")));

        browser.open("assemblies/" + space);
        WebElement about = browser.find(By.cssSelector("section.about"));
        assertThat(about.getText()).contains("texte sûr " + suffix);
        assertThat(about.findElements(By.cssSelector("script, iframe, [onerror], a[href^='javascript']"))).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(http.get("api/assemblies/" + space, "application/json").body()).doesNotContain("onerror", "<script", "javascript:");
    }

    @Test
    void twoModeratorsEditingTheSameSpaceDoNotOverwriteEachOther() {
        Browser first = signIn("MODERATEUR", space);
        Browser second = signIn("ADMINISTRATEUR", null);
        first.open("admin/assembly?slug=" + space);
        second.open("admin/assembly?slug=" + space);

        replace(first.find(By.id("subtitle")), "Sous-titre de la première " + suffix);
        first.follow(first.find(By.id("save")));
        assertThat(first.find(By.cssSelector(".flash")).getText()).contains("sont enregistrées");

        replace(second.find(By.id("subtitle")), "Sous-titre de la seconde " + suffix);
        second.follow(second.find(By.id("save")));
        assertThat(second.find(By.cssSelector(".flash")).getText())
                .contains("Cet espace a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : rien n'a été enregistré.");

        assertThat(http.get("api/assemblies/" + space, "application/json").body())
                .contains("Sous-titre de la première " + suffix).doesNotContain("Sous-titre de la seconde");
    }

    @Test
    void invalidDataIsAnsweredInFrenchNextToTheFieldsAndNothingIsSaved() {
        Browser browser = signIn("ADMINISTRATEUR", null);
        browser.open("admin/assembly?slug=" + space);
        replace(browser.find(By.id("title")), "");
        replace(browser.find(By.id("subtitle")), "");
        browser.assertRequiredMarked("title", "subtitle");
        browser.follow(browser.find(By.id("save")));
        assertThat(browser.findAll(By.cssSelector(".field-error"))).extracting(WebElement::getText)
                .containsExactly("Titre : ce champ est obligatoire.", "Sous-titre : ce champ est obligatoire.");
        browser.assertErrorsLinkedAndFocused();
        assertThat(http.get("api/assemblies/" + space, "application/json").body()).contains("\"title\":\"Espace " + space + "\"");

        browser.open("admin/assembly?parent=" + space);
        browser.find(By.id("title")).sendKeys("Groupe de travail");
        browser.find(By.id("newSlug")).sendKeys("Groupe Travail!");
        browser.find(By.id("subtitle")).sendKeys("Mobilités");
        browser.follow(browser.find(By.id("save")));
        assertThat(browser.findAll(By.cssSelector(".field-error"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("L'identifiant ne peut contenir que des lettres minuscules"));
    }

    @Test
    void anAdministratorAddsAnAssemblyTypeAfterAFormErrorRenamesItAndTheLogShowsIt() {
        Browser browser = signIn("ADMINISTRATEUR", null);
        browser.follow(browser.find(By.linkText("Types d'assemblée")));
        browser.assertRequiredMarked("typeKey", "typeTitle");
        browser.tabThrough(By.id("add-type"), By.id("addType"));
        browser.find(By.id("typeKey")).sendKeys("Conseil Citoyen");
        browser.find(By.id("typeTitle")).sendKeys("Conseil citoyen");
        browser.follow(browser.find(By.id("addType")));
        assertThat(browser.find(By.cssSelector(".field-error")).getText()).startsWith("La clé ne peut contenir");
        browser.assertErrorsLinkedAndFocused();
        replace(browser.find(By.id("typeKey")), "conseil-" + suffix);
        browser.follow(browser.find(By.id("addType")));
        assertThat(browser.find(By.tagName("table")).getText()).contains("conseil-" + suffix, "Conseil citoyen");
        WebElement row = browser.find(By.xpath("//tr[td[text()='conseil-" + suffix + "']]"));
        replace(row.findElement(By.cssSelector("input[type=text]")), "Conseil citoyen de quartier");
        browser.follow(row.findElement(By.cssSelector("input[type=submit]")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Le type s'appelle désormais « Conseil citoyen de quartier ».");

        browser.follow(browser.find(By.linkText("Journal des actions")));
        assertThat(browser.find(By.tagName("table")).getText()).contains("conseil-" + suffix);
    }

    @Test
    void anAdministratorCreatesAStaffAccountAfterAPasswordRefusalMakesItACitizenAndTheLogShowsIt() {
        Browser browser = signIn("ADMINISTRATEUR", null);
        browser.follow(browser.find(By.linkText("Comptes")));
        browser.assertRequiredMarked("accountEmail", "accountName", "accountPassword");
        browser.tabThrough(By.id("new-account"), By.id("createAccount"));
        browser.find(By.id("accountEmail")).sendKeys("camille-" + suffix + "@example.org");
        browser.find(By.id("accountName")).sendKeys("Camille");
        browser.find(By.id("accountPassword")).sendKeys("motdepasse");
        browser.follow(browser.find(By.id("createAccount")));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Le mot de passe doit compter au moins 15 caractères.");
        assertThat(browser.find(By.tagName("table")).getText()).doesNotContain("camille-" + suffix);

        browser.find(By.id("accountPassword")).sendKeys("une-phrase-de-passe-de-camille");
        browser.follow(browser.find(By.id("createAccount")));
        assertThat(browser.find(By.tagName("table")).getText()).contains("camille-" + suffix + "@example.org");
        assertThat(browser.find(By.id("totp-uri")).getText()).startsWith("otpauth://totp/");

        WebElement camille = browser.find(By.xpath("//tr[td[text()='camille-" + suffix + "@example.org']]"));
        assertThat(camille.getText()).contains("Modérateur·rice");
        browser.follow(camille.findElement(By.cssSelector("a[href*='/admin/account?id=']")));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("accountRole"))).selectByValue("CITOYEN");
        browser.follow(browser.find(By.id("save")));
        assertThat(browser.find(By.xpath("//tr[td[text()='camille-" + suffix + "@example.org']]")).getText()).contains("Citoyen·ne");

        browser.follow(browser.find(By.linkText("Journal des actions")));
        assertThat(browser.find(By.tagName("table")).getText()).contains("camille-" + suffix);
        assertThat(browser.findAll(By.cssSelector("#f-type option"))).extracting(WebElement::getText)
                .contains("Document", "Collection de documents", "Inscription", "Association").noneMatch(t -> t.contains("???"));
        browser.tabThrough(By.cssSelector("form.filters"), By.cssSelector("form.filters button[type=submit]"));
    }

    @Test
    void anAdministratorWalksDownToTheSubSpacesBackUpToANewAssemblyAndSignsOut() {
        Browser browser = signIn("ADMINISTRATEUR", null);
        browser.follow(browser.find(By.linkText("Espaces")));
        browser.follow(browser.find(By.cssSelector("a[href$='/admin/?parent=conseils-de-quartier-citoyens']")));
        assertThat(browser.find(By.tagName("h2")).getText()).isEqualTo("Sous-espaces de Conseils de quartier citoyens");
        assertThat(browser.find(By.tagName("table")).getText()).contains("CQC Bissy", "CQC Laurier");
        browser.follow(browser.find(By.linkText("← Niveau supérieur")));
        browser.follow(browser.find(By.linkText("Nouvelle assemblée")));
        browser.follow(browser.find(By.id("signout:submit")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Assemblées");
        browser.open("admin/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Connexion");
    }

    /** Creates an account of this role and signs it in through the form, in a new browser. */
    @Test
    void anInvalidSlugIsRefusedInTheVisitorsLanguageAlikeOnTheSpaceEditorAndThroughTheApi() {
        String bad = "Groupe Travail!";
        Browser browser = signIn("ADMINISTRATEUR", null);
        Map<String, String> onThePage = new LinkedHashMap<>();
        for (String language : List.of("en", "fr")) {
            browser.open("admin/assembly?parent=" + space + "&lang=" + language);
            browser.find(By.id("title")).sendKeys("Groupe de travail");
            browser.find(By.id("newSlug")).sendKeys(bad);
            browser.find(By.id("subtitle")).sendKeys("Mobilités");
            browser.follow(browser.find(By.id("save")));
            onThePage.put(language, browser.find(By.cssSelector(".field-error")).getText());
        }
        assertThat(onThePage.get("fr")).isEqualTo("L'identifiant ne peut contenir que des lettres minuscules sans accent, "
                + "des chiffres et des tirets simples (80 caractères au plus) : « " + bad + " » ne convient pas.");
        assertThat(onThePage.get("en")).isEqualTo("The identifier may only hold lower-case letters without accents, "
                + "digits and single dashes (80 characters at most): \"" + bad + "\" does not fit.");

        String email = "api-" + suffix + "@example.org";
        assertThat(http.post("api/test-fixtures/accounts?email=" + email + "&role=ADMINISTRATEUR&password="
                + StaffSignIn.PASSWORD + "&secret=" + SecondFactor.newSecret()).statusCode()).isEqualTo(200);
        String token = http.post("api/test-fixtures/tokens?email=" + email).body();
        String body = "{\"slug\":\"" + bad + "\",\"title\":\"Groupe\",\"subtitle\":\"s\"}";
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("fr-FR,fr;q=0.9", new String[]{"Requête invalide", onThePage.get("fr")});
        expected.put("en-GB,en;q=0.8", new String[]{"Invalid request", onThePage.get("en")});
        expected.put("de, en;q=0.5", new String[]{"Invalid request", onThePage.get("en")});
        expected.put("de", new String[]{"Requête invalide", onThePage.get("fr")});
        expected.put("", new String[]{"Requête invalide", onThePage.get("fr")});
        expected.forEach((acceptLanguage, problem) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("api/assemblies"))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body));
            if (!acceptLanguage.isEmpty()) {
                request.header("Accept-Language", acceptLanguage);
            }
            HttpResponse<String> refused = Http.send(HttpClient.newHttpClient(), request.build());
            assertThat(refused.statusCode()).as(acceptLanguage).isEqualTo(400);
            JsonObject json = Http.json(refused).asJsonObject();
            assertThat(json.getString("title")).as(acceptLanguage).isEqualTo(problem[0]);
            assertThat(json.getString("detail")).as(acceptLanguage).isEqualTo(problem[1]);
            assertThat(refused.body()).as(acceptLanguage).doesNotContain("Invalid slug", "Exception");
        });
    }

    private Browser signIn(String role, String moderatedSpace) {
        Browser browser = StaffSignIn.signIn(url, http, role, moderatedSpace);
        browsers.add(browser);
        return browser;
    }

    private static void replace(WebElement field, String text) {
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }
}
