package fr.chambery.cqc.web.browser;

import fr.chambery.cqc.web.DeployedApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen does in the browser on the public pages, each page checked by axe-core.
 */
class PublicPagesIT extends DeployedApplication {

    private static final List<String> COUNCILS = List.of("CQC Bellevue", "CQC Biollay", "CQC Bissy", "CQC Centre",
            "CQC Chambéry-le-Vieux", "CQC Laurier", "CQC Les Hauts de Chambéry");

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(url);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theIndexListsTheTopLevelAssemblyWithItsCountOfSubSpacesAndLeadsToIt() {
        browser.open("assemblies");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Assemblées");
        assertThat(browser.findAll(By.cssSelector(".card-title a"))).extracting(WebElement::getText)
                .contains("Conseils de quartier citoyens").doesNotContainAnyElementsOf(COUNCILS);
        assertThat(browser.find(By.cssSelector(".card")).getText()).contains("7 sous-espaces");
        browser.follow(browser.find(By.linkText("Conseils de quartier citoyens")));
        assertThat(browser.findAll(By.tagName("h1"))).extracting(WebElement::getText).containsExactly("Conseils de quartier citoyens");
    }

    @Test
    void theAssemblyPageIsFrenchWithOneTitleAndItsAboutSectionsUnderOrderedHeadings() {
        browser.open("assemblies/conseils-de-quartier-citoyens");
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findAll(By.tagName("h1"))).extracting(WebElement::getText).containsExactly("Conseils de quartier citoyens");
        assertThat(browser.find(By.cssSelector(".hero .subtitle")).getText())
                .isEqualTo("Découvrez l'espace dédié à vos conseils de quartier citoyens !");
        WebElement about = browser.find(By.cssSelector("section.about"));
        assertThat(about.findElement(By.tagName("h2")).getText()).isEqualTo("À propos de cette assemblée");
        assertThat(about.findElements(By.cssSelector("h3, h4"))).extracting(WebElement::getText).contains(
                "🙋♀️🙋♂️ Un conseil de quartier citoyen (CQC), qu'est ce que c'est ?",
                "🏛️ Un espace démocratique renouvelé",
                "💬 La plénière", "✏️ Les groupes de travail", "⚙️ La coordination interne",
                "📞 Les interlocuteurs du CQC au sein de la Ville",
                "📚 Des outils méthodologiques sont disponibles");
    }

    @Test
    void theAssemblyPageListsItsSevenCouncilsAndItsMetadata() {
        browser.open("assemblies/conseils-de-quartier-citoyens");
        WebElement subSpaces = browser.find(By.cssSelector(".sub-spaces"));
        assertThat(subSpaces.findElement(By.tagName("h2")).getText()).isEqualTo("Sous-espaces d'implication");
        assertThat(subSpaces.findElements(By.cssSelector(".card-title a"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(COUNCILS);

        assertThat(metadata()).containsExactly(
                Map.entry("Périmètre d'application", "Votre quartier"),
                Map.entry("Participants", "Habitant·es et usager·ères du quartier"),
                Map.entry("Objectifs", "Participez directement à la vie de votre quartier !"),
                Map.entry("Type d'assemblée", "Conseils de quartier citoyens"),
                Map.entry("Durée", "Indéfinie"),
                Map.entry("Référence", "chbry-ASSE-2021-05-1"));
    }

    @Test
    void theShareLinksCarryNoTrackingAndTheAddressIsCopied() {
        browser.open("assemblies/conseils-de-quartier-citoyens");
        assertThat(browser.find(By.id("share-url")).getDomProperty("value")).isEqualTo(browser.driver().getCurrentUrl());
        assertThat(browser.findAll(By.cssSelector(".share-links a"))).extracting(a -> a.getDomAttribute("href"))
                .allSatisfy(href -> assertThat(href).doesNotContain("utm_"))
                .anySatisfy(href -> assertThat(href).startsWith("mailto:"));
        browser.screenshot("assembly-page");
        browser.find(By.cssSelector(".js-copy-link")).click();
        assertThat(browser.find(By.cssSelector(".copy-status")).getText()).isEqualTo("Lien copié dans le presse-papiers.");
    }

    @Test
    void aCitizenFollowsHerCouncilSeesItsInterlocutorsAndComesBackByTheBreadcrumb() {
        browser.open("assemblies/conseils-de-quartier-citoyens");
        browser.follow(browser.find(By.cssSelector(".sub-spaces")).findElement(By.linkText("CQC Bissy")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("CQC Bissy");
        assertThat(browser.find(By.cssSelector(".breadcrumb [aria-current=page]")).getText()).isEqualTo("CQC Bissy");
        assertThat(metadata()).containsEntry("Référence", "chbry-ASSE-2021-05-4").containsEntry("Durée", "Indéfinie");
        WebElement interlocutors = browser.find(By.cssSelector("section.interlocutors"));
        assertThat(interlocutors.getText()).contains("Vos interlocuteurs au sein de la Ville", "Mairie de quartier de Bissy",
                "Adjoint·e de quartier", "Coordonnées fictives de démonstration");
        browser.screenshot("council-page");

        browser.follow(browser.find(By.cssSelector(".breadcrumb")).findElement(By.linkText("Conseils de quartier citoyens")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Conseils de quartier citoyens");
    }

    @Test
    void aCitizenGoesFromTheAssemblyPageToTheNextPleniereAndToPastMeetings() {
        browser.open("assemblies/conseils-de-quartier-citoyens");
        WebElement block = browser.find(By.cssSelector("section.meetings-block"));
        assertThat(block.findElement(By.tagName("h2")).getText()).isEqualTo("Les prochaines rencontres");
        assertThat(block.findElements(By.cssSelector(".meeting-title a"))).extracting(WebElement::getText)
                .containsExactly("Plénière du conseil de quartier citoyen de Bissy");

        browser.follow(block.findElement(By.linkText("Tout voir (1)")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Rencontres · Conseils de quartier citoyens");
        assertThat(browser.find(By.cssSelector(".meeting-card")).getText()).contains("Plénière · CQC Bissy");

        browser.follow(browser.find(By.linkText("Plénière du conseil de quartier citoyen de Bissy")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Plénière du conseil de quartier citoyen de Bissy");
        assertThat(browser.find(By.cssSelector(".meeting-facts")).getText()).containsPattern("(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche) \\d{1,2} \\p{L}+ \\d{4}, 18:30 – 20:30");
        assertThat(browser.find(By.cssSelector("article.meeting")).getText()).contains("Ordre du jour", "Priorisation");

        browser.open("assemblies/conseils-de-quartier-citoyens/meetings?when=past&type=GROUPE_DE_TRAVAIL");
        browser.follow(browser.find(By.linkText("Groupe de travail « Mobilités douces »")));
        assertThat(browser.find(By.cssSelector("article.meeting")).getText()).contains("Compte rendu", "trois itinéraires repérés", "En ligne");

        browser.open("assemblies/bissy/meetings/999999");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
    }

    @Test
    void theAssemblyPageShowsNoInterlocutorsBlockItsComponentIsNotEnabledThere() {
        browser.open("assemblies/conseils-de-quartier-citoyens");
        assertThat(browser.findAll(By.cssSelector("section.interlocutors"))).isEmpty();
    }

    @Test
    void anUnknownAddressGetsAFrenchNotFoundPage() {
        browser.open("assemblies/bissy/nulle-part");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        browser.open("assemblies/quartier-inexistant");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        browser.follow(browser.find(By.linkText("Revenir aux assemblées")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Assemblées");
    }

    @Test
    void aKeyboardUserSkipsToTheContentAndReachesACouncil() {
        browser.open("assemblies/conseils-de-quartier-citoyens");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.driver().switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Aller au contenu");
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("contenu");

        WebElement focused = null;
        for (int i = 0; i < 60; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            focused = browser.driver().switchTo().activeElement();
            if ("CQC Biollay".equals(focused.getText())) {
                break;
            }
        }
        assertThat(focused.getText()).isEqualTo("CQC Biollay");
        focused.sendKeys(Keys.ENTER);
        browser.checkAccessibility();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("CQC Biollay");
    }

    @Test
    void theInterfaceIsOfferedInEnglishOnRequest() {
        browser.open("assemblies/bissy?lang=en");
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.find(By.cssSelector("section.about h2")).getText()).isEqualTo("About this assembly");
        assertThat(browser.languageOf(browser.find(By.cssSelector("section.about h2")))).isEqualTo("en");
        assertThat(browser.findAll(By.cssSelector("section.about p"))).as("the council's own texts, in French")
                .isNotEmpty().allSatisfy(p -> assertThat(browser.languageOf(p)).isEqualTo("fr"));
        assertThat(browser.languageOf(browser.find(By.tagName("h1")))).isEqualTo("fr");
        browser.follow(browser.find(By.linkText("Français")));
        assertThat(browser.find(By.cssSelector("section.about h2")).getText()).isEqualTo("À propos de cette assemblée");
    }

    private Map<String, String> metadata() {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<WebElement> terms = browser.findAll(By.cssSelector("dl.metadata dt"));
        List<WebElement> definitions = browser.findAll(By.cssSelector("dl.metadata dd"));
        for (int i = 0; i < terms.size(); i++) {
            pairs.put(terms.get(i).getText(), definitions.get(i).getText());
        }
        return pairs;
    }

    @Test
    void theAccessibilityDeclarationIsLinkedFromEveryFooterAndSaysWhatTheRgaaAsks() {
        browser.open("assemblies");
        browser.follow(browser.find(By.cssSelector("footer")).findElement(By.linkText("Accessibilité : partiellement conforme")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Déclaration d'accessibilité");
        WebElement declaration = browser.find(By.cssSelector("article.declaration"));
        assertThat(browser.find(By.id("conformance")).getText()).contains("partiellement conforme", "RGAA", "4.1");
        assertThat(browser.find(By.id("audit-date")).getText()).contains("30 novembre 2026");
        assertThat(declaration.findElements(By.tagName("h2"))).extracting(WebElement::getText).containsExactly(
                "État de conformité", "Résultats des tests", "Contenus non accessibles", "Pages de l'échantillon",
                "Technologies utilisées", "Retour d'information et contact", "Voies de recours");
        assertThat(declaration.getText()).contains("Contournement", "/membership/sign-up", "/login", "Défenseur des droits");
        assertThat(browser.find(By.id("contact-email")).getDomAttribute("href")).isEqualTo("mailto:accessibilite@example.org");
        assertThat(declaration.findElements(By.cssSelector("a[href^='https://formulaire.defenseurdesdroits.fr']"))).hasSize(1);
        assertThat(browser.tabThrough(By.tagName("body"), By.partialLinkText("délégué du Défenseur des droits"))).contains("Aller au contenu");

        browser.open("accessibilite?lang=en");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Accessibility statement");
        assertThat(browser.find(By.id("conformance")).getText()).contains("partially compliant");
        browser.open("login?lang=fr");
        assertThat(browser.find(By.cssSelector("footer")).findElement(By.linkText("Accessibilité : partiellement conforme"))
                .getDomAttribute("href")).endsWith("/accessibilite");
    }

    @Test
    void theSignInFormIsUsableWithTheKeyboardAndTiesItsErrorsToItsFields() {
        browser.open("login");
        assertThat(browser.autocompleteOf("email")).isEqualTo("username");
        assertThat(browser.autocompleteOf("password")).isEqualTo("current-password");
        assertThat(browser.autocompleteOf("code")).isEqualTo("one-time-code");
        browser.assertRequiredMarked("email", "password");
        assertThat(browser.find(By.cssSelector(".required-legend")).getText()).isEqualTo("Les champs marqués d'un astérisque (*) sont obligatoires.");
        assertThat(browser.tabThrough(By.id("signin"), By.id("submit"))).containsExactly(
                "Adresse électronique", "Mot de passe", "Code de vérification", "Se connecter");
        browser.follow(browser.find(By.id("submit")));
        assertThat(browser.findAll(By.cssSelector(".field-error"))).extracting(WebElement::getText)
                .containsExactly("Indiquez votre adresse électronique.", "Indiquez votre mot de passe.");
        browser.assertErrorsLinkedAndFocused();

        browser.open("login?lang=en");
        browser.follow(browser.find(By.id("submit")));
        assertThat(browser.find(By.cssSelector(".field-error")).getText()).isEqualTo("Enter your e-mail address.");
        browser.assertErrorsLinkedAndFocused();
        browser.open("login?lang=fr");
    }
}
