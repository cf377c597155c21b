package fr.chambery.cqc.web.assembly;

import fr.chambery.cqc.web.DeployedApplication;
import fr.chambery.cqc.web.Http;
import fr.chambery.cqc.web.backoffice.FormClient;
import fr.chambery.cqc.web.browser.StaffSignIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static fr.chambery.cqc.web.Http.contentType;
import static fr.chambery.cqc.web.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assemblies as a program reads them, against the application running on Payara Micro with its
 * demo content: the JSON API, its errors, OpenAPI, health, and the cost in SQL of a space's page.
 */
class AssemblyApiIT extends DeployedApplication {

    private static final String JSON = "application/json";
    private static final List<String> COUNCILS = List.of("bellevue", "biollay", "bissy", "centre",
            "chambery-le-vieux", "laurier", "les-hauts-de-chambery");

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(url);
    }

    @Test
    void anAssemblyComesWithItsSectionsMetadataReferenceAndSevenCouncils() {
        HttpResponse<String> response = http.get("api/assemblies/conseils-de-quartier-citoyens", JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject cqc = json(response).asJsonObject();
        assertThat(cqc.getString("title")).isEqualTo("Conseils de quartier citoyens");
        assertThat(cqc.getString("subtitle")).isEqualTo("Découvrez l'espace dédié à vos conseils de quartier citoyens !");
        assertThat(cqc.getString("reference")).isEqualTo("chbry-ASSE-2021-05-1");
        assertThat(cqc.getJsonObject("about").getString("description"))
                .contains("La plénière", "Les groupes de travail", "La coordination interne", "&#x1f3db;");
        JsonObject metadata = cqc.getJsonObject("metadata");
        assertThat(metadata.getString("scope")).isEqualTo("Votre quartier");
        assertThat(metadata.getString("target")).isEqualTo("Habitant·es et usager·ères du quartier");
        assertThat(metadata.getString("participatoryScope")).isEqualTo("Participez directement à la vie de votre quartier !");
        assertThat(metadata.getBoolean("indefinite")).isTrue();
        assertThat(cqc.getJsonObject("type").getString("title")).isEqualTo("Conseils de quartier citoyens");
        assertThat(slugs(cqc.getJsonArray("subSpaces"))).containsExactlyElementsOf(COUNCILS);
        assertThat(cqc.getJsonArray("ancestors")).isEmpty();
        assertThat(cqc.getString("page")).endsWith("/assemblies/conseils-de-quartier-citoyens");
    }

    @Test
    void aCouncilKnowsItsParentAndItsComponents() {
        JsonObject bissy = json(http.get("api/assemblies/bissy", JSON)).asJsonObject();

        assertThat(bissy.getString("reference")).isEqualTo("chbry-ASSE-2021-05-4");
        assertThat(bissy.getJsonArray("ancestors").getJsonObject(0).getString("slug")).isEqualTo("conseils-de-quartier-citoyens");
        assertThat(bissy.getJsonArray("components").getValuesAs(JsonString::getString)).containsExactly("membership", "fabrique", "meetings", "documents", "associations", "interlocutors");
    }

    @Test
    void listsVisibleAssembliesFilteredByParentAndType() {
        assertThat(slugs(json(http.get("api/assemblies?parent=conseils-de-quartier-citoyens", JSON)).asJsonObject().getJsonArray("items")))
                .containsExactlyElementsOf(COUNCILS);
        JsonArray ofType = json(http.get("api/assemblies?type=conseils-de-quartier-citoyens", JSON)).asJsonObject().getJsonArray("items");
        assertThat(slugs(ofType)).contains("conseils-de-quartier-citoyens", "bissy").hasSize(8);
        assertThat(json(http.get("api/assemblies?type=commission", JSON)).asJsonObject().getJsonArray("items")).isEmpty();
        JsonObject top = json(http.get("api/assemblies", JSON)).asJsonObject().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("slug").equals("conseils-de-quartier-citoyens")).findFirst().orElseThrow();
        assertThat(top.getInt("subSpaceCount")).isGreaterThanOrEqualTo(7);
    }

    @Test
    void unpublishedSpacesAndTheirSubSpacesAreInvisible() {
        String draft = "brouillon-" + suffix();
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + draft + "&published=false").statusCode()).isEqualTo(204);
        assertThat(http.post("api/test-fixtures/assemblies?slug=" + draft + "-enfant&parent=" + draft).statusCode()).isEqualTo(204);

        assertThat(http.get("api/assemblies/" + draft, JSON).statusCode()).isEqualTo(404);
        assertThat(http.get("api/assemblies/" + draft + "-enfant", JSON).statusCode()).isEqualTo(404);
        assertThat(http.get("assemblies/" + draft, "text/html").statusCode()).isEqualTo(404);
        assertThat(slugs(json(http.get("api/assemblies", JSON)).asJsonObject().getJsonArray("items"))).doesNotContain(draft, draft + "-enfant");
    }

    @Test
    void badRequestsGetAFrenchProblemBodyNeverAStackTrace() {
        assertProblem(http.get("api/assemblies/inconnue", JSON), 404, "Assemblée introuvable");
        assertProblem(http.get("api/assemblies?parent=inconnue", JSON), 400, "Parent inconnu");
        assertProblem(http.get("api/assemblies?parent=../../etc", JSON), 400, "Paramètre malformé");
        assertProblem(http.get("api/assemblies?type=%3Cscript%3E", JSON), 400, "Paramètre malformé");
        assertProblem(http.get("api/assemblies", "application/xml"), 406, "Format de réponse non disponible");
        assertProblem(http.get("api/nulle-part", JSON), 404, "Ressource introuvable");
    }

    @Test
    void theApiIsDescribedAndTheApplicationReportsItsHealth() {
        HttpResponse<String> openapi = http.get("/openapi", "*/*");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/assemblies/{slug}", "Les assemblées publiées");

        HttpResponse<String> health = http.get("/health/ready", JSON);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).asJsonObject().getString("status")).isEqualTo("UP");
    }

    @Test
    void theAssemblyListsTheMeetingsOfItsCouncilsFilteredAndPaged() {
        JsonObject upcoming = json(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings", JSON)).asJsonObject();
        assertThat(upcoming.getInt("total")).as("« Tout voir (1) »").isEqualTo(1);
        JsonObject pleniere = upcoming.getJsonArray("items").getJsonObject(0);
        assertThat(pleniere.getString("type")).isEqualTo("PLENIERE");
        assertThat(pleniere.getString("space")).isEqualTo("bissy");
        assertThat(pleniere.getString("timeZone")).isEqualTo("Europe/Paris");
        assertThat(pleniere.getString("startsAt")).matches("\\d{4}-\\d{2}-\\d{2}T18:30:00\\+0[12]:00");

        // the past ones: four, and Bissy's last plénière, whose priorisation built its programme (the fabrique's demo)
        JsonObject past = json(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings?when=past&size=2", JSON)).asJsonObject();
        assertThat(past.getInt("total")).isEqualTo(5);
        assertThat(past.getInt("pages")).isEqualTo(3);
        assertThat(past.getJsonArray("items")).hasSize(2);
        assertThat(json(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings?when=all&type=PLENIERE", JSON))
                .asJsonObject().getInt("total")).isEqualTo(3);
        assertThat(json(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings?when=all&council=centre", JSON))
                .asJsonObject().getJsonArray("items").getJsonObject(0).getString("onlineUrl")).startsWith("https://");
        assertThat(json(http.get("api/assemblies/bissy/meetings?when=all", JSON)).asJsonObject().getInt("total"))
                .as("a council lists only its own").isEqualTo(2);

        long id = pleniere.getJsonNumber("id").longValue();
        assertThat(json(http.get("api/meetings/" + id, JSON)).asJsonObject().getString("title")).isEqualTo(pleniere.getString("title"));

        assertProblem(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings?type=REUNION", JSON), 400, "Paramètre invalide");
        assertProblem(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings?when=demain", JSON), 400, "Paramètre invalide");
        assertProblem(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings?size=1000", JSON), 400, "Pagination invalide");
        assertProblem(http.get("api/assemblies/conseils-de-quartier-citoyens/meetings?council=chambery", JSON), 400, "Paramètre invalide");
        assertProblem(http.get("api/meetings/999999", JSON), 404, "Rencontre introuvable");
    }

    @Test
    void theCalendarsAreICalendarThatParsesBack() throws Exception {
        HttpResponse<String> feed = http.get("api/assemblies/conseils-de-quartier-citoyens/meetings/calendar.ics", "text/calendar");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(contentType(feed)).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));

        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(feed.body()));
        calendar.validate();
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).as("five, and Bissy's last plénière (the fabrique's demo)").hasSize(6);
        assertThat(events).extracting(e -> e.getSummary().getValue()).contains("Plénière du conseil de quartier citoyen de Bissy");
        assertThat(events).filteredOn(e -> e.getSummary().getValue().equals("Plénière du Laurier"))
                .singleElement().satisfies(e -> assertThat(e.toString()).contains("STATUS:CANCELLED"));
        assertThat(events).allSatisfy(e -> assertThat(e.toString()).contains("UID:meeting-"));

        long id = json(http.get("api/assemblies/bissy/meetings", JSON)).asJsonObject().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        net.fortuna.ical4j.model.Calendar one = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(http.get("api/meetings/" + id + "/calendar.ics", "text/calendar").body()));
        assertThat(one.getComponents(net.fortuna.ical4j.model.Component.VEVENT)).hasSize(1);
    }

    @Test
    void pagesAndApiCarrySecurityHeadersAndAStrictScriptPolicy() {
        HttpResponse<String> page = http.get("assemblies/bissy", "text/html");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scriptSrc = java.util.Arrays.stream(policy.split(";")).map(String::strip)
                .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
        // a public page carries no inline script, hence no nonce: the same bytes for every visitor (RenderedPagesIT)
        assertThat(scriptSrc).contains("'self'").doesNotContain("'nonce-", "unsafe-inline", "unsafe-eval");
        assertThat(page.body()).doesNotContain("nonce=").doesNotContain(" onclick=").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(policy).contains("object-src 'none'", "frame-ancestors 'none'");

        HttpResponse<String> api = http.get("api/assemblies/bissy", JSON);
        assertThat(api.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        for (HttpResponse<String> response : List.of(page, api)) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS only in production").isEmpty();
        }
    }

    @Test
    void aSpacePageCostsTheSameNumberOfQueriesWithSevenOrSeventySubSpaces() {
        String parent = "quartiers-" + suffix();
        String components = "&components=meetings,documents,membership,associations";
        http.post("api/test-fixtures/assemblies?slug=" + parent + components);
        http.post("api/test-fixtures/assemblies/" + parent + "/sub-spaces?count=7" + components);

        long pageWith7 = statementsFor("assemblies/" + parent, "text/html");
        long apiWith7 = statementsFor("api/assemblies/" + parent, JSON);

        http.post("api/test-fixtures/assemblies/" + parent + "/sub-spaces?count=63" + components);
        assertThat(json(http.get("api/assemblies/" + parent, JSON)).asJsonObject().getJsonArray("subSpaces")).hasSize(70);

        assertThat(statementsFor("assemblies/" + parent, "text/html")).isEqualTo(pageWith7).isPositive();
        assertThat(statementsFor("api/assemblies/" + parent, JSON)).isEqualTo(apiWith7).isPositive();
    }

    @Test
    void theAssemblyListIsPagedWithItsTotalAndLinks() {
        HttpResponse<String> first = http.get("api/assemblies?type=conseils-de-quartier-citoyens&size=3", JSON);
        assertThat(first.headers().firstValue("X-Total-Count")).contains("8");
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("rel=\"next\"", "page=2").doesNotContain("rel=\"prev\""));
        HttpResponse<String> last = http.get("api/assemblies?type=conseils-de-quartier-citoyens&size=3&page=3", JSON);
        assertThat(last.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("rel=\"prev\"").doesNotContain("rel=\"next\""));
        List<String> paged = new java.util.ArrayList<>(slugs(json(first).asJsonObject().getJsonArray("items")));
        paged.addAll(slugs(json(http.get("api/assemblies?type=conseils-de-quartier-citoyens&size=3&page=2", JSON)).asJsonObject().getJsonArray("items")));
        paged.addAll(slugs(json(last).asJsonObject().getJsonArray("items")));
        assertThat(paged).hasSize(8).doesNotHaveDuplicates().contains("conseils-de-quartier-citoyens").containsAll(COUNCILS);

        assertProblem(http.get("api/assemblies?size=101", JSON), 400, "Pagination invalide");
        assertProblem(http.get("api/assemblies?page=0", JSON), 400, "Pagination invalide");
        assertProblem(http.get("api/assemblies?page=1001", JSON), 400, "Pagination invalide");
    }

    @Test
    void everyListOfTheApiGivesItsFirstPageOfFiftyByDefault() {
        for (String list : pagedLists()) {
            JsonObject byDefault = json(http.get(list, JSON)).asJsonObject();
            assertThat(byDefault.getInt("size")).as(list).isEqualTo(50);
            assertThat(byDefault.getInt("page")).as(list).isEqualTo(1);
        }
    }

    @Test
    void everyListOfTheApiAnswersTheSameShapeWithItsTotalAndLinksToTheNextAndPreviousPages() {
        for (String list : pagedLists()) {
            String separator = list.contains("?") ? "&" : "?";
            HttpResponse<String> first = http.get(list + separator + "size=1", JSON);
            assertThat(first.statusCode()).as(list).isEqualTo(200);
            JsonObject page = json(first).asJsonObject();
            long total = page.getJsonNumber("total").longValue();
            assertThat(total).as(list).isPositive();
            assertThat(page.getJsonArray("items")).as(list).hasSize(1);
            assertThat(List.of(page.getInt("page"), page.getInt("size"), page.getInt("pages"))).as(list)
                    .containsExactly(1, 1, (int) total);
            assertThat(first.headers().firstValue("X-Total-Count")).as(list).contains(Long.toString(total));
            if (total > 1) {
                assertThat(first.headers().firstValue("Link")).as(list).hasValueSatisfying(link -> assertThat(link)
                        .contains("rel=\"next\"", "page=2").doesNotContain("rel=\"prev\""));
            }
            HttpResponse<String> last = http.get(list + separator + "size=1&page=" + total, JSON);
            assertThat(json(last).asJsonObject().getJsonArray("items")).as(list).hasSize(1);
            if (total > 1) {
                assertThat(last.headers().firstValue("Link")).as(list).hasValueSatisfying(link -> assertThat(link)
                        .contains("rel=\"prev\"").doesNotContain("rel=\"next\""));
            }
            assertThat(json(http.get(list + separator + "size=1&page=" + (total + 1), JSON)).asJsonObject()
                    .getJsonArray("items")).as("past the last page, within the bound: " + list).isEmpty();
        }
    }

    @Test
    void everyBadPageOrSizeOfEveryListIsAFrenchProblemWhileTheBoundsThemselvesAreAccepted() {
        for (String list : pagedLists()) {
            String separator = list.contains("?") ? "&" : "?";
            for (String bad : List.of("page=0", "page=-1", "page=1001", "page=deux", "page=", "page=1.5",
                    "size=0", "size=101", "size=dix", "size=99999999999")) {
                HttpResponse<String> refused = http.get(list + separator + bad, JSON);
                assertProblem(refused, 400, "Pagination invalide");
                assertThat(json(refused).asJsonObject().getString("detail")).as(list + separator + bad)
                        .startsWith("Paramètre " + bad.substring(0, bad.indexOf('=')) + " : ")
                        .contains("de 1 à 1000", "de 1 à 100");
            }
        }
        assertThat(http.get("api/assemblies?size=100&page=1000", JSON).statusCode()).as("the bounds themselves").isEqualTo(200);
    }

    @Test
    void thePagingIsDescribedOnceInTheOpenApiDocumentAndEveryListRefersToIt() {
        int lists = 4; // assemblies, a space's meetings, its documents, a council's associations
        String openapi = http.get("/openapi", "*/*").body();
        assertThat(openapi).as("the paging described once, as components")
                .contains("numéro de page, de 1 à 1000", "éléments par page, de 1 à 100", "#/components/schemas/Page");
        assertThat(openapi.split("#/components/parameters/page", -1)).as("each list refers to it").hasSizeGreaterThan(lists);
        assertThat(openapi.split("#/components/parameters/size", -1)).hasSizeGreaterThan(lists);
    }

    /** The four lists of the API: assemblies, a space's meetings and documents, and a new council's three associations. */
    private List<String> pagedLists() {
        String council = "pages-" + suffix();
        http.post("api/test-fixtures/assemblies?slug=" + council + "&components=associations");
        http.post("api/test-fixtures/assemblies/" + council + "/associations?count=3");
        return List.of("api/assemblies?type=conseils-de-quartier-citoyens",
                "api/assemblies/conseils-de-quartier-citoyens/meetings?when=all",
                "api/assemblies/conseils-de-quartier-citoyens/documents",
                "api/assemblies/" + council + "/associations");
    }

    @Test
    void theIndexTheListAndACouncilCostTheSameQueriesWhateverTheyHold() {
        String prefix = "reseau-" + suffix();
        String components = "&components=associations";
        for (int i = 0; i < 3; i++) {
            http.post("api/test-fixtures/assemblies?slug=" + prefix + "-" + i + components);
        }
        http.post("api/test-fixtures/assemblies/" + prefix + "-0/sub-spaces?count=1" + components);
        String council = prefix + "-0-0";
        http.post("api/test-fixtures/assemblies/" + council + "/associations?count=3");
        long index = statementsFor("assemblies", "text/html");
        long list = statementsFor("api/assemblies", JSON);
        long councilPage = statementsFor("assemblies/" + council, "text/html");
        long associations = statementsFor("api/assemblies/" + council + "/associations", JSON);
        String email = prefix + "@example.org";
        http.post("api/test-fixtures/accounts?email=" + email + "&role=ADMINISTRATEUR&password=" + StaffSignIn.PASSWORD + "&secret=JBSWY3DPEHPK3PXP");
        FormClient admin = new FormClient(http.uri(""));
        admin.signIn(email, StaffSignIn.PASSWORD, "JBSWY3DPEHPK3PXP");
        long backOffice = backOfficeStatements(admin);

        for (int i = 3; i < 60; i++) {
            http.post("api/test-fixtures/assemblies?slug=" + prefix + "-" + i + components);
        }
        http.post("api/test-fixtures/assemblies/" + council + "/associations?count=120");
        assertThat(http.get("assemblies/" + council, "text/html").body()).contains("120 associations", "?association=&amp;theme=&amp;associations-page=2");

        String indexPage = http.get("assemblies", "text/html").body();
        assertThat(indexPage.split("<li class=\"card\"", -1)).as("one page of cards").hasSize(24 + 1);
        assertThat(indexPage).contains("?page=2");
        HttpResponse<String> listPage = http.get("api/assemblies", JSON);
        assertThat(json(listPage).asJsonObject().getJsonArray("items")).hasSize(50);
        assertThat(Long.parseLong(listPage.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThan(60);
        assertThat(json(http.get("api/assemblies/" + council + "/associations", JSON)).asJsonObject().getJsonArray("items")).hasSize(50);
        JsonObject second = json(http.get("api/assemblies/" + council + "/associations?page=3&size=50", JSON)).asJsonObject();
        assertThat(second.getJsonArray("items")).hasSize(20);
        assertThat(List.of(second.getInt("total"), second.getInt("page"), second.getInt("pages"))).containsExactly(120, 3, 3);
        assertProblem(http.get("api/assemblies/" + council + "/associations?size=101", JSON), 400, "Pagination invalide");
        assertProblem(http.get("api/assemblies/" + council + "/associations?page=0", JSON), 400, "Pagination invalide");
        assertThat(statementsFor("assemblies", "text/html")).isEqualTo(index).isPositive();
        assertThat(statementsFor("api/assemblies", JSON)).isEqualTo(list).isPositive();
        assertThat(statementsFor("assemblies/" + council, "text/html")).isEqualTo(councilPage).isPositive();
        assertThat(statementsFor("api/assemblies/" + council + "/associations", JSON)).isEqualTo(associations).isPositive();
        assertThat(backOfficeStatements(admin)).isEqualTo(backOffice).isPositive();
        assertThat(admin.get("admin/?page=2").body()).contains("Page 2 / ");
    }

    @Test
    void theReviewListIsPagedSearchedByNameAndStreetAndCostsTheSameQueriesWhateverItHolds() {
        String council = "a-placer-" + suffix();
        http.post("api/test-fixtures/assemblies?slug=" + council + "&components=associations");
        http.post("api/test-fixtures/assemblies/" + council + "/associations?count=3&unplaced=true");
        String email = council + "@example.org";
        http.post("api/test-fixtures/accounts?email=" + email + "&role=ADMINISTRATEUR&password=" + StaffSignIn.PASSWORD + "&secret=JBSWY3DPEHPK3PXP");
        FormClient admin = new FormClient(http.uri(""));
        admin.signIn(email, StaffSignIn.PASSWORD, "JBSWY3DPEHPK3PXP");
        long withThree = reviewStatements(admin, "admin/associations");
        long searchWithThree = reviewStatements(admin, "admin/associations?q=" + council);

        http.post("api/test-fixtures/assemblies/" + council + "/associations?count=123&unplaced=true");

        String first = admin.get("admin/associations?q=" + council.toUpperCase(java.util.Locale.ROOT)).body();
        assertThat(first).contains("123 associations à placer correspondent à « " + council.toUpperCase(java.util.Locale.ROOT) + " »", "Page 1 / 5");
        assertThat(first.split("<tr>", -1)).as("a header row and one page of 25").hasSize(1 + 1 + 25);
        String last = admin.get("admin/associations?q=" + council + "&page=5").body();
        assertThat(last.split("<tr>", -1)).hasSize(1 + 1 + 23);
        assertThat(last).contains("Page 5 / 5", "?q=" + council + "&amp;page=4");
        String byStreet = admin.get("admin/associations?q=" + java.net.URLEncoder.encode("122 CHEMIN des essais", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(byStreet).contains("Une association à placer correspond à", council + " 122").doesNotContain("Page 1 /");
        assertThat(admin.get("admin/associations?q=100%25").body()).as("a % is searched for, not a wildcard")
                .contains("Aucune association à placer ne correspond");
        assertThat(admin.get("admin/associations?page=abc").statusCode()).isEqualTo(200);

        assertThat(reviewStatements(admin, "admin/associations")).isEqualTo(withThree).isPositive();
        assertThat(reviewStatements(admin, "admin/associations?q=" + council + "&page=3")).as("a full page of the search, 123 found")
                .isEqualTo(searchWithThree).isPositive();
    }

    @Test
    void anAssociationsObjetKeepsItsLineBreaksShownAsEscapedText() {
        String council = "objet-" + suffix();
        http.post("api/test-fixtures/assemblies?slug=" + council + "&components=associations");
        http.post("api/test-fixtures/assemblies/" + council + "/associations?count=1");

        String page = http.get("assemblies/" + council, "text/html").body();

        assertThat(page).contains("class=\"association-purpose\">Objet de l", "association 0\n&lt;b&gt;jardinage&lt;/b&gt; &amp; entraide</p>")
                .doesNotContain("<b>jardinage</b>");
        java.util.regex.Matcher stylesheet = java.util.regex.Pattern.compile("href=\"[^\"]*?(assets/[0-9a-f]{12}/css/cqc\\.css)\"")
                .matcher(page);
        assertThat(stylesheet.find()).as("the page links cqc.css").isTrue();
        assertThat(http.get(stylesheet.group(1).replace("&amp;", "&"), "text/css").body())
                .as("its line breaks shown as line breaks").contains(".association-purpose { white-space: pre-line; }");
    }

    private long reviewStatements(FormClient admin, String relative) {
        long before = http.sqlStatements();
        assertThat(admin.get(relative).statusCode()).isEqualTo(200);
        return http.sqlStatements() - before;
    }

    @Test
    void pagesAndAnswersAreCompressedAndRevalidatedWithoutTheirNonce() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String[] target : List.of(new String[] {"assemblies/conseils-de-quartier-citoyens", "text/html"},
                new String[] {"api/assemblies/bissy", JSON})) {
            HttpResponse<byte[]> first = Http.send(client, java.net.http.HttpRequest.newBuilder(http.uri(target[0]))
                    .header("Accept", target[1]).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Encoding")).contains("gzip");
            String body = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(first.body())).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).contains("Bissy");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).startsWith("W/\"");
            assertThat(first.headers().firstValue("Cache-Control")).contains("private, no-cache");
            assertThat(first.headers().firstValue("Set-Cookie")).as("no session for a visitor").isEmpty();

            HttpResponse<byte[]> unchanged = Http.send(client, java.net.http.HttpRequest.newBuilder(http.uri(target[0]))
                    .header("Accept", target[1]).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(unchanged.statusCode()).as(target[0]).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
            assertThat(unchanged.headers().firstValue("ETag")).contains(etag);
            if (target[1].equals("text/html")) {
                assertThat(unchanged.headers().firstValue("Content-Security-Policy")).as("a 304 leaves the kept page's policy alone").isEmpty();
            }
        }
        HttpResponse<String> one = http.get("assemblies/bissy", "text/html");
        HttpResponse<String> two = http.get("assemblies/bissy", "text/html");
        assertThat(two.headers().firstValue("Content-Security-Policy")).as("no per-response nonce on a public page")
                .isEqualTo(one.headers().firstValue("Content-Security-Policy"));
        assertThat(two.headers().firstValue("ETag")).isEqualTo(one.headers().firstValue("ETag"));

        // a change to what the page shows changes its tag
        String parent = "validation-" + suffix();
        http.post("api/test-fixtures/assemblies?slug=" + parent);
        String before = http.get("assemblies/" + parent, "text/html").headers().firstValue("ETag").orElseThrow();
        http.post("api/test-fixtures/assemblies/" + parent + "/sub-spaces?count=1");
        HttpResponse<String> after = Http.send(java.net.http.HttpClient.newHttpClient(), java.net.http.HttpRequest.newBuilder(
                http.uri("assemblies/" + parent)).header("Accept", "text/html").header("If-None-Match", before).build());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains(parent + "-0");
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(before));

        // our style sheet is kept a year under its versioned URL (RenderedPagesIT); sign-in and back office are never validated this way
        java.util.regex.Matcher stylesheet = java.util.regex.Pattern.compile("href=\"[^\"]*?(assets/[0-9a-f]{12}/css/cqc\\.css)\"")
                .matcher(one.body());
        assertThat(stylesheet.find()).isTrue();
        assertThat(http.get(stylesheet.group(1), "text/css").headers().firstValue("Cache-Control"))
                .contains("public, max-age=31536000, immutable");
        assertThat(http.get("login", "text/html").headers().firstValue("ETag")).isEmpty();
    }

    private long backOfficeStatements(FormClient admin) {
        long before = http.sqlStatements();
        assertThat(admin.get("admin/").statusCode()).isEqualTo(200);
        return http.sqlStatements() - before;
    }

    /** The SQL statements of one rendering (the data's version moved on first, so that the cache of rendered pages does not answer). */
    private long statementsFor(String relative, String accept) {
        http.post("api/test-fixtures/data-version");
        long before = http.sqlStatements();
        HttpResponse<String> response = http.get(relative, accept);
        assertThat(response.statusCode()).isEqualTo(200);
        return http.sqlStatements() - before;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(contentType(response)).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response).asJsonObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isEqualTo(title);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static List<String> slugs(JsonArray assemblies) {
        return assemblies.stream().map(v -> v.asJsonObject().getString("slug")).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
