package fr.chambery.cqc.web.production;

import fr.chambery.cqc.core.account.SecondFactor;
import fr.chambery.cqc.payara.cluster.LocalCluster;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cluster profile as {@code ./cqc cluster} starts it ({@link LocalCluster}): one PostgreSQL, two
 * Payara Micro processes on one data grid, nginx in front with {@code config/cluster/nginx.conf}. The two
 * instances start once for the class, at once; the kill and the rolling restart leave both running.
 */
class ClusterIT {

    private static final String ADMIN = "admin@example.org";
    private static final String PASSWORD = "une-phrase-de-passe-pour-la-grappe";
    private static final String SECRET = SecondFactor.newSecret();
    /** Where the citizens sign up. */
    private static final String COUNCIL = "bellevue";
    /** What the staff edits (not the sign-ups' council: the edit re-sends its whole form). */
    private static final String EDITED = "biollay";
    private static final String SENT = "Vérifiez votre boîte de réception";
    private static final String THROTTLED = "Trop d'inscriptions envoyées depuis votre connexion";

    private static final java.util.Set<String> USED_CODES = new java.util.HashSet<>();

    private static LocalCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        List<Integer> ports = freePorts(6);
        cluster = LocalCluster.plan(Path.of(".."), Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
                        Path.of(System.getProperty("cqc.war", "target/cqc.war")), Path.of("target/cluster"))
                .ports(new LocalCluster.Ports(ports.get(0), ports.subList(1, 3), ports.subList(3, 5), ports.get(5)))
                .freshDatabase()
                .heap("448m")
                .property("cqc.bootstrap.admin.email", ADMIN)
                .property("cqc.bootstrap.admin.password", PASSWORD)
                .property("cqc.bootstrap.admin.totp-secret", SECRET)
                .stopWithJvm()
                .start();
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void anInstanceKilledUnderLoadLosesNoSignInNorSignUpAndRejoinsTheGrid() throws Exception {
        Visitor staff = new Visitor();
        assertThat(staff.signIn(cluster.instance(0)).statusCode()).as("signed in on the first instance").isIn(302, 303);
        assertSignedIn(staff, cluster.balancer(), "through nginx");

        SignUps signUps = new SignUps();
        signUps.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> signUps.succeeded() >= 5);

        cluster.kill(0);
        assertSignedIn(staff, cluster.balancer(), "the back office after kill -9 of the instance that signed her in");
        Thread.sleep(3_000);

        cluster.restart(0);
        int before = signUps.succeeded();
        await().atMost(Duration.ofSeconds(60)).until(() -> signUps.succeeded() >= before + 5);
        signUps.stop();

        assertNoSignUpLostNorDoubled(signUps.answers());

        assertSignedIn(staff, cluster.instance(0), "her session on the restarted instance");
    }

    /**
     * One step of a rolling restart, on the instance the kill above left alone (the next step, the other instance,
     * is the same once nginx has taken this one back: {@link LocalCluster#rollingRestart}).
     */
    @Test
    void aGracefulRestartAnswersEveryPageAndLosesNoSignUp() throws Exception {
        Pages pages = new Pages("/assemblies/" + COUNCIL);
        SignUps signUps = new SignUps();
        pages.start();
        signUps.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> signUps.succeeded() >= 3);

        Duration stopped = cluster.rollingRestart(1);
        assertThat(stopped).as("instance 1 exited after SIGTERM, before the launcher's 60 s").isLessThan(Duration.ofSeconds(60));
        System.out.printf("ClusterIT: instance 1 stopped gracefully in %.1f s, then started again%n", stopped.toMillis() / 1e3);
        int before = signUps.succeeded();
        await().atMost(Duration.ofSeconds(60)).until(() -> signUps.succeeded() >= before + 3);
        signUps.stop();
        pages.stop();

        assertThat(pages.answers()).as("the pages asked through nginx during the restart").hasSizeGreaterThan(20);
        assertThat(pages.answers().stream().filter(status -> status != 200).toList())
                .as("no page answered other than 200 (0: the connection failed) of " + pages.answers().size()).isEmpty();
        assertNoSignUpLostNorDoubled(signUps.answers());
    }

    /**
     * Every answer is a success or an error the visitor can retry (never a refusal, nor a page without the notice);
     * every success is stored once; every retried error then succeeds; in the end each address is stored once.
     */
    private static void assertNoSignUpLostNorDoubled(List<Answer> answers) throws SQLException {
        assertThat(answers).as("every answer is a success or an error to retry, never a refusal or a page without the notice")
                .allMatch(answer -> answer.succeeded() || answer.retryable());
        for (Answer answer : answers.stream().filter(Answer::succeeded).toList()) {
            assertThat(stored(answer.email())).as("a sign-up answered 2xx is stored once: " + answer.email()).isEqualTo(1);
        }
        for (Answer failed : answers.stream().filter(Answer::retryable).toList()) {
            Answer retried = SignUps.signUp(cluster.balancer(), failed.email(), failed.address());
            assertThat(retried.succeeded()).as("retrying " + failed + ": " + retried).isTrue();
        }
        for (Answer answer : answers) {
            assertThat(stored(answer.email())).as("none lost, none doubled: " + answer.email()).isEqualTo(1);
        }
    }

    @Test
    void aMemberSignInFormOpenedOnOneInstanceIsSentOnTheOther() throws Exception {
        Visitor member = new Visitor().from("198.51.200." + (System.nanoTime() % 200 + 20));
        HttpResponse<String> sent = member.submit(cluster.instance(0).resolve("/membership/sign-in"), cluster.instance(1),
                "member-sign-in-form", Map.of("email", "qui-" + System.nanoTime() + "@example.org"), "submit");
        assertThat(sent.statusCode()).as("the view opened on instance 0, sent to instance 1: " + sent.body()).isEqualTo(200);
        assertThat(sent.body()).as("its view bean, carried with the session, sends the link in the background")
                .contains("Vérifiez votre boîte de réception");
    }

    @Test
    void theSixthFailedSignInWithinAMinuteIsRefusedWhicheverInstanceReceivesIt() throws Exception {
        String login = "personne-" + System.nanoTime() + "@example.org";
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> failed = new Visitor().signIn(cluster.instance(attempt % 2), login, "pas-le-bon", "000000");
            assertThat(failed.statusCode()).as("attempt " + (attempt + 1) + " on instance " + attempt % 2).isEqualTo(200);
        }
        assertThat(new Visitor().signIn(cluster.instance(1), login, "pas-le-bon", "000000").statusCode()).isEqualTo(429);
        assertThat(new Visitor().signIn(cluster.instance(0), login, "pas-le-bon", "000000").statusCode()).isEqualTo(429);
    }

    @Test
    void theSignUpLimitPerAddressHoldsAcrossBothInstances() throws Exception {
        String address = "203.0.113." + (System.nanoTime() % 200 + 20);
        for (int i = 0; i < 5; i++) {
            Answer answer = SignUps.signUp(cluster.instance(i % 2), "limite-" + i + "-" + System.nanoTime() + "@example.org", address);
            assertThat(answer.succeeded()).as("sign-up " + (i + 1) + " on instance " + i % 2 + ": " + answer).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            Answer sixth = SignUps.signUp(cluster.instance(i), "limite-6-" + System.nanoTime() + "@example.org", address);
            assertThat(sixth.body()).as("the sixth, on instance " + i + ": " + sixth).contains(THROTTLED);
        }
        Answer other = SignUps.signUp(cluster.instance(0), "ailleurs-" + System.nanoTime() + "@example.org", "198.51.100.77");
        assertThat(other.succeeded()).as("another visitor behind the same nginx: " + other).isTrue();
    }

    @Test
    void anEditOnOneInstanceShowsOnTheOthersNextPage() throws Exception {
        URI page = cluster.instance(1).resolve("/assemblies/" + EDITED);
        Visitor anonymous = new Visitor();
        String before = anonymous.get(page).body();
        assertThat(anonymous.get(page).body()).as("kept in the page cache").isEqualTo(before);

        String subtitle = "Sous-titre changé sur l'autre instance " + System.nanoTime();
        Visitor staff = new Visitor();
        assertThat(staff.signIn(cluster.instance(0)).statusCode()).isIn(302, 303);
        HttpResponse<String> saved = staff.submit(cluster.instance(0).resolve("/admin/assembly?slug=" + EDITED), "editor",
                Map.of("subtitle", subtitle), "save");
        assertThat(saved.statusCode()).as(saved.body()).isIn(302, 303);

        assertThat(anonymous.get(page).body()).as("the other instance's next page").contains(subtitle);
    }

    @Test
    void theScheduledSyncRunsOnceNotTwice() throws Exception {
        for (int i = 0; i < cluster.size(); i++) {
            Path log = cluster.process(i).log();
            await("instance " + i + "'s start-up sync").atMost(Duration.ofMinutes(2))
                    .until(() -> Files.readString(log).contains("Directory sync"));
        }
        try (Connection c = cluster.database().getConnection(); ResultSet runs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM sync_run")) {
            runs.next();
            assertThat(runs.getInt(1)).as("one run for the two instances' start-up timers").isEqualTo(1);
        }
    }

    private static void assertSignedIn(Visitor staff, URI base, String where) throws IOException, InterruptedException {
        HttpResponse<String> backOffice = staff.get(base.resolve("/admin/"));
        assertThat(backOffice.statusCode()).as(where + ": " + backOffice.headers().firstValue("Location").orElse(backOffice.body()))
                .isEqualTo(200);
        assertThat(backOffice.body()).as(where).contains("Se déconnecter");
    }

    private static int stored(String email) throws SQLException {
        try (Connection c = cluster.database().getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM membership WHERE email = ?")) {
            count.setString(1, email);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static List<Integer> freePorts(int count) throws IOException {
        return LocalCluster.Ports.free(count);
    }

    /** What a sign-up got: its HTTP status (0 when the connection failed) and page. */
    record Answer(String email, String address, int status, String body) {

        boolean succeeded() {
            return status == 200 && body.contains(SENT);
        }

        /** For failure messages: the status and the page's errors. */
        @Override
        public String toString() {
            String said = body.startsWith("<") ? Jsoup.parse(body).select(".message-error, .field-error, h1").text() : body;
            return email + " answered " + status + ": " + said.substring(0, Math.min(300, said.length()));
        }

        /** An error the visitor can retry: nothing was promised. */
        boolean retryable() {
            return status == 0 || status >= 500;
        }
    }

    /** Citizens signing up through nginx, three at a time, each from her own address, until told to stop. */
    private static final class SignUps {

        private final ExecutorService workers = Executors.newFixedThreadPool(3);
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger next = new AtomicInteger();

        void start() {
            for (int i = 0; i < 3; i++) {
                workers.submit(() -> {
                    while (running.get()) {
                        int n = next.incrementAndGet();
                        answers.add(signUp(cluster.balancer(), "continu-" + n + "-" + System.nanoTime() + "@example.org",
                                "198.51." + (n / 250) + "." + (n % 250 + 1)));
                    }
                });
            }
        }

        int succeeded() {
            return (int) answers.stream().filter(Answer::succeeded).count();
        }

        void stop() throws InterruptedException {
            running.set(false);
            workers.shutdown();
            assertThat(workers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        List<Answer> answers() {
            return List.copyOf(answers);
        }

        /** Opens the council's sign-up form and sends it, as a browser without JavaScript, from {@code address}. */
        static Answer signUp(URI base, String email, String address) {
            Visitor citizen = new Visitor().from(address);
            try {
                HttpResponse<String> response = citizen.submit(base.resolve("/membership/sign-up?council=" + COUNCIL), "signup",
                        Map.of("name", "Camille Essai", "email", email, "birthDate", "1990-05-17", "lien", "HABITANT",
                                "consent", "on"), "submit");
                return new Answer(email, address, response.statusCode(), response.body());
            } catch (IOException | RuntimeException e) {
                return new Answer(email, address, 0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(email, address, 0, e.toString());
            }
        }
    }

    /** Visitors reading a public page through nginx, two at a time without a pause, until told to stop; 0 for a failed connection. */
    private static final class Pages {

        private final String path;
        private final ExecutorService readers = Executors.newFixedThreadPool(2);
        private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);

        Pages(String path) {
            this.path = path;
        }

        void start() {
            for (int i = 0; i < 2; i++) {
                readers.submit(() -> {
                    Visitor reader = new Visitor();
                    while (running.get()) {
                        try {
                            answers.add(reader.get(cluster.balancer().resolve(path)).statusCode());
                        } catch (IOException e) {
                            answers.add(0);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            readers.shutdown();
            assertThat(readers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        List<Integer> answers() {
            return List.copyOf(answers);
        }
    }

    /**
     * A browser without JavaScript: cookies, forms posted with their hidden fields, an address given to nginx.
     * It keeps its cookies itself and sends them as a browser does ({@code name=value}): the JDK's
     * {@code CookieManager} would quote {@code JSESSIONIDVERSION}'s value, which Payara cannot read on the
     * instance that takes a session over.
     */
    private static final class Visitor {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
        private String address;

        Visitor from(String forwardedFor) {
            this.address = forwardedFor;
            return this;
        }

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return send(request(uri).GET().build());
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        /** Signs the administrator in, with a code not used yet (a code serves once: the tests sign in more than once). */
        HttpResponse<String> signIn(URI instance) throws IOException, InterruptedException {
            String code = SecondFactor.codeAt(SECRET, Instant.now());
            synchronized (USED_CODES) {
                while (USED_CODES.contains(code)) {
                    Thread.sleep(1_000);
                    code = SecondFactor.codeAt(SECRET, Instant.now());
                }
                USED_CODES.add(code);
            }
            return signIn(instance, ADMIN, PASSWORD, code);
        }

        HttpResponse<String> signIn(URI instance, String email, String password, String code) throws IOException, InterruptedException {
            return submit(instance.resolve("/login"), "signin", Map.of("email", email, "password", password, "code", code), "submit");
        }

        /**
         * Opens the page, fills the form (the one with id {@code formId}, or the page's only form) with every
         * value it already holds and {@code values} over them, and sends it with the button named {@code button}.
         */
        HttpResponse<String> submit(URI page, String formId, Map<String, String> values, String button) throws IOException, InterruptedException {
            return submit(page, null, formId, values, button);
        }

        /** As {@link #submit(URI, String, Map, String)}, the form sent to {@code sendTo} (another instance) when given. */
        HttpResponse<String> submit(URI page, URI sendTo, String formId, Map<String, String> values, String button)
                throws IOException, InterruptedException {
            HttpResponse<String> opened = get(page);
            if (opened.statusCode() != 200) {
                return opened;
            }
            Document document = Jsoup.parse(opened.body(), page.toString());
            Element form = document.selectFirst(formId == null ? "form[method=post]" : "form#" + formId);
            if (form == null) {
                throw new IllegalStateException("No form on " + page + ":\n" + opened.body());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element control : form.select("input[name], textarea[name], select[name]")) {
                String type = control.attr("type");
                if (type.equals("submit") || type.equals("button") || type.equals("file")
                        || ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked"))) {
                    continue;
                }
                if (control.tagName().equals("select")) {
                    Element selected = control.selectFirst("option[selected]");
                    if (selected != null) {
                        fields.put(control.attr("name"), selected.attr("value"));
                    }
                } else {
                    fields.put(control.attr("name"), control.tagName().equals("textarea") ? control.text() : control.attr("value"));
                }
            }
            fields.putAll(values);
            fields.put(button, button);
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            URI action = URI.create(form.absUrl("action"));
            if (sendTo != null) {
                action = sendTo.resolve(action.getRawPath() + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery()));
            }
            return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private HttpRequest.Builder request(URI uri) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "text/html");
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
            }
            return address == null ? request : request.header("X-Forwarded-For", address);
        }
    }
}
