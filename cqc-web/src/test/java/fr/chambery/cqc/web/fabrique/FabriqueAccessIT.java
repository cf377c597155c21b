package fr.chambery.cqc.web.fabrique;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.web.Http;
import jakarta.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fabrique's permission matrix: each kind of visitor (anonymous, member of the council, member of
 * another council, unconfirmed sign-up, moderator of the council, of another, administrator) on every
 * page, every form's presence and its postback (forged when the page does not offer it), and the API.
 */
class FabriqueAccessIT extends FabriqueDeployment {

    private static final String PASSWORD = "une-phrase-de-passe-assez-longue";
    private static final List<String> ROLES = List.of("anonyme", "membre du conseil", "membre d'un autre conseil",
            "inscription non confirmée", "modérateur du conseil", "modérateur d'un autre conseil", "administrateur");

    private Http http;
    private URI base;
    private String council;
    private String other;
    private String subject;
    private String suffix;

    @BeforeEach
    void setUp() {
        http = new Http(url);
        base = http.uri("");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        council = "matrice-fab-" + suffix;
        other = council + "-autre";
        for (String slug : List.of(council, other)) {
            assertThat(http.post("api/test-fixtures/assemblies?slug=" + slug + "&components=fabrique,membership").statusCode()).isEqualTo(204);
        }
        member(council, "auteur-" + suffix + "@example.org", "Alex Auteur", true);
        subject = http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=auteur-" + suffix + "@example.org&title="
                + enc("Un sujet de " + suffix)).body();
        http.post("api/test-fixtures/fabrique/comments?subject=" + subject + "&email=auteur-" + suffix + "@example.org&text=" + enc("Premier"));
    }

    @Test
    void everyPageAnswersEachKindOfVisitorAndOffersOnlyTheFormsSheMayUse() {
        Map<String, PageClient> users = users();
        String pages = "assemblies/" + council + "/fabrique";
        Map<String, List<String>> actual = new LinkedHashMap<>();
        users.forEach((role, client) -> {
            Document subjectPage = Jsoup.parse(client.get(pages + "/sujets/" + subject).body());
            Document proposePage = Jsoup.parse(client.get(pages + "/proposer").body());
            actual.put(role, List.of(
                    status(client.get(pages)), status(client.get(pages + "/proposer")), status(client.get(pages + "/sujets/" + subject)),
                    status(client.get("admin/fabrique?space=" + council)),
                    status(client.get("api/assemblies/" + council + "/subjects")), status(client.get("api/subjects/" + subject)),
                    forms(proposePage, "form#propose") + forms(subjectPage, "form#comment") + forms(subjectPage, "form[id$=reply]")
                            + forms(subjectPage, "form#report") + forms(subjectPage, "form#withdraw")));
        });

        Map<String, List<String>> expected = new LinkedHashMap<>();
        // list, proposer, subject, board, API list, API subject; forms offered (+): propose, comment, reply, report, withdraw
        expected.put("anonyme", List.of("200", "200", "200", "login", "200", "200", "-----"));
        expected.put("membre du conseil", List.of("200", "200", "200", "login", "200", "200", "++++-"));
        expected.put("membre d'un autre conseil", List.of("200", "200", "200", "login", "200", "200", "---+-"));
        expected.put("inscription non confirmée", List.of("200", "200", "200", "login", "200", "200", "-----"));
        expected.put("modérateur du conseil", List.of("200", "200", "200", "200", "200", "200", "---+-"));
        expected.put("modérateur d'un autre conseil", List.of("200", "200", "200", "403", "200", "200", "---+-"));
        expected.put("administrateur", List.of("200", "200", "200", "200", "200", "200", "---+-"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theProposalFormPostedAsAPlainFormIsTakenWithoutAFileByAMemberAndRefusedToOthersNeverA500() {
        PageClient member = memberClient(council, "simple-" + suffix + "@example.org", true);
        String propose = "assemblies/" + council + "/fabrique/proposer";
        Map<String, String> fields = PageClient.hidden(Jsoup.parse(member.get(propose).body()).selectFirst("form#propose"));
        fields.putAll(Map.of("title", "Sujet sans fichier " + suffix, "description", "Texte", "theme", "AUTRE", "place", "",
                "submit", "Publier le sujet"));

        assertThat(new PageClient(base).post(propose, fields).statusCode()).as("anonymous, url-encoded").isEqualTo(403);
        assertThat(member.post(propose, fields).statusCode()).as("the member, url-encoded: no file, as a browser without one")
                .isEqualTo(302);
        assertThat(http.get("api/assemblies/" + council + "/subjects", "application/json").body())
                .contains("Sujet sans fichier " + suffix);
    }

    @Test
    void everyPostbackIsRefusedWith403ToWhomThePageDoesNotOfferItAndNothingIsStored() {
        Map<String, PageClient> users = users();
        PageClient member = users.get("membre du conseil");
        String pages = "assemblies/" + council + "/fabrique";
        Document proposePage = Jsoup.parse(member.get(pages + "/proposer").body());
        Document subjectPage = Jsoup.parse(member.get(pages + "/sujets/" + subject).body());

        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        users.forEach((role, client) -> {
            String n = role.replaceAll("[^a-z]", "");
            actual.put(role, List.of(
                    submit(client, pages + "/proposer", proposePage.selectFirst("form#propose"), Map.of("title", "Sujet de " + n,
                            "description", "Texte", "theme", "AUTRE", "place", "", "submit", "Publier le sujet")),
                    submit(client, pages + "/sujets/" + subject, subjectPage.selectFirst("form#comment"),
                            Map.of("comment-text", "Commentaire de " + n, "comment-submit", "Publier")),
                    submit(client, pages + "/sujets/" + subject, subjectPage.selectFirst("form#report"),
                            Map.of("report-reason", "Signalé par " + n, "report-submit", "Envoyer"))));
        });

        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // propose, comment, report (a success answers with the subject's page: 302)
        expected.put("anonyme", List.of(403, 403, 403));
        expected.put("membre du conseil", List.of(302, 302, 302));
        expected.put("membre d'un autre conseil", List.of(403, 403, 302));
        expected.put("inscription non confirmée", List.of(403, 403, 403));
        expected.put("modérateur du conseil", List.of(403, 403, 302));
        expected.put("modérateur d'un autre conseil", List.of(403, 403, 302));
        expected.put("administrateur", List.of(403, 403, 302));
        assertThat(actual).as("propose, comment, report").isEqualTo(expected);

        JsonObject list = Http.json(http.get("api/assemblies/" + council + "/subjects", "application/json")).asJsonObject();
        assertThat(list.getInt("total")).as("only the member's subject was added").isEqualTo(2);
        assertThat(Http.json(http.get("api/subjects/" + subject, "application/json")).asJsonObject().getInt("commentCount"))
                .as("only the member's comment was added").isEqualTo(2);
    }

    @Test
    void aMemberBeyondHerProposalsOfTheHourOrHerCommentsOfTheMinuteIsAnswered429InFrenchAndNothingIsStored() {
        PageClient member = memberClient(council, "pressee-" + suffix + "@example.org", true);
        String pages = "assemblies/" + council + "/fabrique";
        Element propose = Jsoup.parse(member.get(pages + "/proposer").body()).selectFirst("form#propose");
        Element comment = Jsoup.parse(member.get(pages + "/sujets/" + subject).body()).selectFirst("form#comment");

        List<Integer> proposals = new java.util.ArrayList<>();
        List<Integer> comments = new java.util.ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            proposals.add(submit(member, pages + "/proposer", propose, Map.of("title", "Sujet pressé " + n, "description", "Texte",
                    "theme", "AUTRE", "place", "", "submit", "Publier le sujet")));
            comments.add(submit(member, pages + "/sujets/" + subject, comment, Map.of("comment-text", "Avis pressé " + n, "comment-submit", "Publier")));
        }
        HttpResponse<String> refusedProposal = member.submit(pages + "/proposer", propose,
                Map.of("title", "Sujet pressé 6", "description", "Texte", "theme", "AUTRE", "place", "", "submit", "Publier le sujet"));
        HttpResponse<String> refusedComment = member.submit(pages + "/sujets/" + subject, comment,
                Map.of("comment-text", "Avis pressé 6", "comment-submit", "Publier"));

        assertThat(proposals).containsOnly(302);
        assertThat(comments).containsOnly(302);
        assertThat(refusedProposal.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(refusedProposal.body()).select("main").text())
                .contains("Vous avez déjà proposé 5 sujets dans l'heure : réessayez un peu plus tard.");
        assertThat(refusedComment.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(refusedComment.body()).select("main").text())
                .contains("Vous avez déjà publié 5 messages dans la minute : réessayez dans un instant.");
        assertThat(Http.json(http.get("api/assemblies/" + council + "/subjects", "application/json")).asJsonObject().getInt("total"))
                .as("the setUp's subject and five").isEqualTo(6);
        assertThat(Http.json(http.get("api/subjects/" + subject, "application/json")).asJsonObject().getInt("commentCount"))
                .as("the setUp's comment and five").isEqualTo(6);
    }

    @Test
    void theBoardSetsAsideMergesAndRefusesToOverwriteAChangeMadeSinceItWasShown() {
        String author = "auteur-" + suffix + "@example.org";
        String aside = http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=" + author + "&title=" + enc("Écarté " + suffix)).body();
        String doublon = http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=" + author + "&title=" + enc("Doublon " + suffix)).body();
        String changed = http.post("api/test-fixtures/fabrique/subjects?space=" + council + "&email=" + author + "&title=" + enc("Changé " + suffix)).body();
        PageClient moderator = staff("MODERATEUR", council);
        Document board = Jsoup.parse(moderator.get("admin/fabrique?space=" + council).body());

        assertThat(act(moderator, board, "Écarté " + suffix, "set-aside", Map.of())).isEqualTo(302);
        Element doublonRow = row(board, "Doublon " + suffix);
        String select = doublonRow.selectFirst("select[id$=merge-target]").attr("name");
        assertThat(act(moderator, board, "Doublon " + suffix, "merge", Map.of(select, subject))).isEqualTo(302);
        http.post("api/test-fixtures/fabrique/hidden-subjects?subject=" + changed + "&reason=" + enc("Hors charte"));
        Element changedRow = row(board, "Changé " + suffix);
        HttpResponse<String> stale = moderator.post(changedRow.selectFirst("form").attr("action"), fields(changedRow, "set-aside", Map.of()));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(stale.body()).text()).contains("« Changé " + suffix + " » a été modifié entre-temps par quelqu'un d'autre");
        assertThat(state(aside)).isEqualTo("NON_RETENU");
        assertThat(state(doublon)).isEqualTo("FUSIONNE");
        Document merged = Jsoup.parse(new PageClient(base).get("assemblies/" + council + "/fabrique/sujets/" + doublon).body());
        assertThat(merged.select("#merged-into a").attr("href")).endsWith("/fabrique/sujets/" + subject);
    }

    /** A round open on a plénière of the council, and a projet of its programme: their ids. */
    private record Programme(String subject, String round, String projet) {
    }

    private Programme programme() {
        String fixtures = "api/test-fixtures/programme/" + council + "/";
        String bancs = fixture(fixtures + "subjects?title=" + enc("Des bancs " + suffix) + "&author=" + enc("auteur-" + suffix + "@example.org"));
        String round = fixture(fixtures + "priorisations?pleniere=" + fixture(fixtures + "plenieres?in=60"));
        String projet = fixture(fixtures + "projets?subject=" + fixture(fixtures + "subjects?title=" + enc("Un jardin " + suffix)));
        return new Programme(bancs, round, projet);
    }

    private String fixture(String path) {
        HttpResponse<String> answer = http.post(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void thePriorisationAndProgrammePagesAndBoardsAnswerEachKindOfVisitorAndOfferTheSupportOnlyToTheCouncilsMembers() {
        Programme programme = programme();
        String pages = "assemblies/" + council + "/fabrique";
        Map<String, List<String>> actual = new LinkedHashMap<>();
        users().forEach((role, client) -> actual.put(role, List.of(
                status(client.get(pages + "/priorisation")), status(client.get(pages + "/programme")),
                status(client.get(pages + "/projets/" + programme.projet())),
                status(client.get("admin/priorisation?space=" + council)), status(client.get("admin/programme?space=" + council)),
                status(client.get("admin/projet?id=" + programme.projet())),
                status(client.get("api/assemblies/" + council + "/programme")),
                status(client.get("fabrique/results.csv?round=" + programme.round())),
                forms(Jsoup.parse(client.get(pages + "/priorisation").body()), "form.support-form"))));

        Map<String, List<String>> expected = new LinkedHashMap<>();
        // priorisation, programme, projet; boards: priorisation, programme, projet; API programme; results before the close; support offered
        expected.put("anonyme", List.of("200", "200", "200", "login", "login", "login", "200", "404", "-"));
        expected.put("membre du conseil", List.of("200", "200", "200", "login", "login", "login", "200", "404", "+"));
        expected.put("membre d'un autre conseil", List.of("200", "200", "200", "login", "login", "login", "200", "404", "-"));
        expected.put("inscription non confirmée", List.of("200", "200", "200", "login", "login", "login", "200", "404", "-"));
        expected.put("modérateur du conseil", List.of("200", "200", "200", "200", "200", "200", "200", "200", "-"));
        expected.put("modérateur d'un autre conseil", List.of("200", "200", "200", "403", "403", "403", "200", "404", "-"));
        expected.put("administrateur", List.of("200", "200", "200", "200", "200", "200", "200", "200", "-"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theSupportButtonAndTheBoardsPostbacksAreRefusedToWhomThePageDoesNotOfferThemAndNothingIsStored() {
        Programme programme = programme();
        Map<String, PageClient> users = users();
        PageClient moderator = users.get("modérateur du conseil");
        Document projetBoard = Jsoup.parse(moderator.get("admin/projet?id=" + programme.projet()).body());
        Document roundBoard = Jsoup.parse(moderator.get("admin/priorisation?space=" + council).body());

        Map<String, List<String>> actual = new LinkedHashMap<>();
        int percent = 0;
        for (var user : users.entrySet()) {
            PageClient client = user.getValue();
            percent += 5;
            boolean staffOfTheCouncil = client.get("admin/projet?id=" + programme.projet()).statusCode() == 200;
            Document ownProjetBoard = staffOfTheCouncil ? Jsoup.parse(client.get("admin/projet?id=" + programme.projet()).body()) : projetBoard;
            Document ownRoundBoard = staffOfTheCouncil ? Jsoup.parse(client.get("admin/priorisation?space=" + council).body()) : roundBoard;
            HttpResponse<String> support = client.post("fabrique/support", Map.of("round", programme.round(), "subject", programme.subject()));
            actual.put(user.getKey(), List.of(
                    support.headers().firstValue("Location").map(l -> l.replaceAll(".*\\?(soutien|refus)=([A-Za-z]+).*", "$1=$2")).orElse("-"),
                    outcome(client, ownProjetBoard, "form#progress-form", Map.of("progress", String.valueOf(percent)), "saveProgress"),
                    outcome(client, ownRoundBoard, "form#in-room", Map.of(handsField(ownRoundBoard), "7"), "record")));
        }

        Map<String, List<String>> expected = new LinkedHashMap<>();
        // the support button; the projet's progress; the in-room count
        expected.put("anonyme", List.of("refus=notMember", "login", "login"));
        expected.put("membre du conseil", List.of("soutien=donne", "login", "login"));
        expected.put("membre d'un autre conseil", List.of("refus=notMember", "login", "login"));
        expected.put("inscription non confirmée", List.of("refus=notMember", "login", "login"));
        expected.put("modérateur du conseil", List.of("refus=notMember", "saved", "saved"));
        expected.put("modérateur d'un autre conseil", List.of("refus=notMember", "refused", "refused"));
        expected.put("administrateur", List.of("refus=notMember", "saved", "saved"));
        assertThat(actual).as("support, progress, in-room count").isEqualTo(expected);

        JsonObject projet = Http.json(http.get("api/assemblies/" + council + "/programme", "application/json")).asJsonObject()
                .getJsonArray("items").getJsonObject(0);
        assertThat(projet.getInt("progress")).as("the administrator's, the last allowed; never the other moderator's 30")
                .isEqualTo(5 * ROLES.size());

        PageClient signedInAgain = staff("MODERATEUR", council);
        Element stale = projetBoard.selectFirst("form#progress-form");
        Map<String, String> fields = PageClient.hidden(stale);
        fields.put("progress", "99");
        fields.put("saveProgress", stale.selectFirst("input[type=submit][id$=saveProgress]").val());
        HttpResponse<String> expired = signedInAgain.post(stale.attr("action"), fields);
        assertThat(expired.statusCode()).as("a form of a session that ended reloads its page, never a 500").isEqualTo(302);
        Document reloaded = Jsoup.parse(signedInAgain.get(expired.headers().firstValue("Location").orElseThrow()).body());
        assertThat(reloaded.select("#view-expired").text()).isEqualTo("La page avait expiré : rien n'a été enregistré. Elle est rechargée : recommencez votre saisie.");
        assertThat(Http.json(http.get("api/assemblies/" + council + "/programme", "application/json")).asJsonObject()
                .getJsonArray("items").getJsonObject(0).getInt("progress")).isEqualTo(5 * ROLES.size());
    }

    /** Posts the board's form (this visitor's own, or forged from the moderator's) and says what came of it. */
    private static String outcome(PageClient client, Document board, String selector, Map<String, String> values, String button) {
        Element form = board.selectFirst(selector);
        Map<String, String> fields = PageClient.hidden(form);
        fields.putAll(values);
        Element pressed = form.selectFirst("input[type=submit][id$=" + button + "]");
        fields.put(pressed.attr("name"), pressed.val());
        HttpResponse<String> answer = client.post(form.attr("action"), fields);
        String status = status(answer);
        if (status.equals("login") || answer.statusCode() >= 400) {
            return answer.statusCode() == 403 ? "refused" : status;
        }
        HttpResponse<String> shown = answer.statusCode() == 200 ? answer : client.get(answer.headers().firstValue("Location").orElseThrow());
        if (shown.statusCode() == 403) {
            return "refused";
        }
        Document page = Jsoup.parse(shown.body());
        if (!page.select(".flash-error").isEmpty()) {
            return "refused";
        }
        return page.select(".flash-info").isEmpty() ? "nothing said" : "saved";
    }

    private static String handsField(Document roundBoard) {
        return roundBoard.selectFirst("form#in-room input[id$=hands]").attr("name");
    }

    private String state(String id) {
        return Http.json(http.get("api/subjects/" + id, "application/json")).asJsonObject().getString("state");
    }

    /** Posts the board's row form of the subject titled so, pressing {@code button}. */
    private static int act(PageClient client, Document board, String title, String button, Map<String, String> more) {
        return client.post(row(board, title).selectFirst("form").attr("action"), fields(row(board, title), button, more)).statusCode();
    }

    private static Map<String, String> fields(Element row, String button, Map<String, String> more) {
        Element form = row.selectFirst("form");
        Map<String, String> all = PageClient.hidden(form);
        form.select("input[type=text]").forEach(i -> all.put(i.attr("name"), i.val()));
        Element pressed = form.selectFirst("input[type=submit][id$=" + button + "]");
        all.put(pressed.attr("name"), pressed.val());
        all.putAll(more);
        return all;
    }

    private static Element row(Document board, String title) {
        return board.select("#subjects tbody tr").stream().filter(tr -> tr.selectFirst("th").text().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title));
    }

    private Map<String, PageClient> users() {
        Map<String, PageClient> users = new LinkedHashMap<>();
        users.put("anonyme", new PageClient(base));
        users.put("membre du conseil", memberClient(council, "membre-" + suffix + "@example.org", true));
        users.put("membre d'un autre conseil", memberClient(other, "voisine-" + suffix + "@example.org", true));
        users.put("inscription non confirmée", memberClient(council, "attente-" + suffix + "@example.org", false));
        users.put("modérateur du conseil", staff("MODERATEUR", council));
        users.put("modérateur d'un autre conseil", staff("MODERATEUR", other));
        users.put("administrateur", staff("ADMINISTRATEUR", null));
        assertThat(users.keySet()).containsExactlyElementsOf(ROLES);
        return users;
    }

    private PageClient memberClient(String slug, String email, boolean confirmed) {
        member(slug, email, "Camille Membre", confirmed);
        return new PageClient(base).asMember(http.post("api/test-fixtures/fabrique/member-sessions?email=" + enc(email)).body());
    }

    private void member(String slug, String email, String name, boolean confirmed) {
        assertThat(http.post("api/test-fixtures/fabrique/members?space=" + slug + "&email=" + enc(email) + "&name=" + enc(name)
                + "&confirmed=" + confirmed).statusCode()).isEqualTo(200);
    }

    private PageClient staff(String role, String space) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String secret = SecondFactor.newSecret();
        assertThat(http.post("api/test-fixtures/accounts?email=" + email + "&role=" + role + "&password=" + PASSWORD + "&secret=" + secret
                + (space == null ? "" : "&spaces=" + space)).statusCode()).isEqualTo(200);
        return new PageClient(base).asStaff(email, PASSWORD, secret);
    }

    /** Posts the form (as the member's page rendered it) with these fields, as this visitor. */
    private static int submit(PageClient client, String page, Element form, Map<String, String> fields) {
        return client.submit(page, form, fields).statusCode();
    }

    private static String status(HttpResponse<String> response) {
        if (response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("login")) {
            return "login";
        }
        return String.valueOf(response.statusCode());
    }

    private static String forms(Document page, String selector) {
        return page.select(selector).isEmpty() ? "-" : "+";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
