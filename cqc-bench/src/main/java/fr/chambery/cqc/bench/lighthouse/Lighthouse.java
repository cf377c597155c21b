package fr.chambery.cqc.bench.lighthouse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Google's Lighthouse, as a phone sees a page (its default: a Moto G-sized screen, a slow 4G network and
 * a slowed CPU, simulated): the npm package, installed by the kit into a folder of its own with the
 * machine's npm (version {@value #VERSION}, the last line that runs on Node 20), driving Debian's
 * Chromium ({@code CHROME_PATH}, {@code /usr/bin/chromium} unless set). It never downloads a browser.
 * When npm, Node or Chromium is missing, or the installation fails, {@link #install} says why and the kit
 * goes on without it.
 */
public final class Lighthouse {

    /** Lighthouse 13 needs Node 22.19; 12.8 runs on Node 18.16 and later. */
    static final String VERSION = "12.8.2";
    static final String CATEGORIES = "performance,seo,best-practices,accessibility";

    private final Path home;
    private final String chrome;

    Lighthouse(Path home, String chrome) {
        this.home = home;
        this.chrome = chrome;
    }

    /** The Lighthouse of {@code home}, installed there first when it is not; empty (having said why) when it cannot be. */
    public static Optional<Lighthouse> install(Path home) throws InterruptedException {
        String chrome = Optional.ofNullable(System.getenv("CHROME_PATH")).orElse("/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chrome))) {
            System.out.println("  Lighthouse not run: no Chromium at " + chrome + " (./cqc test installs Debian's chromium; or set CHROME_PATH).");
            return Optional.empty();
        }
        Lighthouse lighthouse = new Lighthouse(home, chrome);
        if (Files.isExecutable(lighthouse.executable())) {
            return Optional.of(lighthouse);
        }
        System.out.println("  Installing Lighthouse " + VERSION + " with npm into " + home + "...");
        try {
            Files.createDirectories(home);
            Path log = home.resolve("npm-install.log");
            ProcessBuilder builder = new ProcessBuilder(installCommand(home)).redirectErrorStream(true).redirectOutput(log.toFile())
                    .directory(home.toFile());
            builder.environment().putAll(lighthouse.environment());
            Process npm = builder.start();
            boolean done = npm.waitFor(10, TimeUnit.MINUTES);
            if (!done) {
                npm.destroyForcibly();
            }
            if (!done || npm.exitValue() != 0 || !Files.isExecutable(lighthouse.executable())) {
                System.out.println("  Lighthouse not run: npm could not install it (" + (done ? "exit " + npm.exitValue() : "10 minutes")
                        + "; see " + log + ").");
                return Optional.empty();
            }
        } catch (IOException e) {
            System.out.println("  Lighthouse not run: npm is not available (" + e.getMessage() + ").");
            return Optional.empty();
        }
        return Optional.of(lighthouse);
    }

    /** npm's command line: the pinned version, into {@code home}, nothing written outside it. */
    static List<String> installCommand(Path home) {
        return List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", home.toString(), "lighthouse@" + VERSION);
    }

    /** The environment of npm and Lighthouse: the browser is Chromium's, never one Puppeteer would download. */
    Map<String, String> environment() {
        return Map.of("CHROME_PATH", chrome, "PUPPETEER_SKIP_DOWNLOAD", "true", "PUPPETEER_SKIP_CHROMIUM_DOWNLOAD", "true");
    }

    Path executable() {
        return home.resolve("node_modules/.bin/lighthouse");
    }

    /** Lighthouse's command line for one page: mobile (its default), the four categories, a JSON report. */
    List<String> command(URI page, Path report) {
        return new ArrayList<>(List.of(executable().toString(), page.toString(), "--output=json", "--output-path=" + report,
                "--quiet", "--only-categories=" + CATEGORIES,
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"));
    }

    /** Audits the page; its report is kept in {@code report}. */
    public LighthouseScores audit(URI page, Path report) throws IOException, InterruptedException {
        Files.createDirectories(report.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command(page, report)).redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (run.waitFor() != 0 || !Files.isRegularFile(report)) {
            throw new IOException("Lighthouse failed on " + page + ":\n" + output);
        }
        return LighthouseScores.parse(Files.readString(report));
    }
}
