package fr.chambery.cqc.web.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) on the deployed application.
 * Every page it arrives on, by {@link #open} or by following a link with {@link #follow}, is checked
 * with axe-core against the WCAG 2.1 A and AA rules, its console for Content-Security-Policy
 * violations, and what axe cannot see ({@link PageChecks}: reflow at 320 CSS px, each form control's own
 * accessible name and grouping, {@code autocomplete} on personal-data fields); any of them fails the test
 * with its details. The form checks are called where a test fills a form: {@link #tabThrough} (keyboard
 * walk and focus indicator), {@link #assertRequiredMarked}, {@link #assertErrorsLinkedAndFocused}.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(URL deployment) {
        this.base = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        try {
            this.profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(new File("/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application (a path relative to its root) and checks its accessibility. */
    public Browser open(String relative) {
        driver.get(base + relative);
        return checkAccessibility();
    }

    /**
     * Ticks a checkbox as a keyboard user does (Space on it), and fails if it is not ticked then: pointer
     * clicks on the sign-up's checkboxes were seen lost on Debian's Chromium 150 (see {@link #press}).
     */
    public void tick(WebElement checkbox) {
        if (!checkbox.isSelected()) {
            checkbox.sendKeys(Keys.SPACE);
        }
        if (!checkbox.isSelected()) {
            throw new AssertionError("Space did not tick the checkbox " + checkbox.getAccessibleName());
        }
    }

    /**
     * Clicks a link or a submit button, waits for the next page, and checks its accessibility. Debian's
     * Chromium 150 and its driver were seen losing a pointer click now and then: either no {@code click} event
     * at all (the control focused), or a click whose press and release landed on different elements, so that
     * the event went to their common ancestor (the form) and activated nothing. The page listens for the click,
     * and when none reached the control it is activated from the keyboard instead (Enter), never twice.
     */
    public Browser follow(WebElement link) {
        WebElement html = driver.findElement(By.tagName("html"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("var link = arguments[0]; window.cqcClicked = 'none';"
                + " document.addEventListener('click', function (event) {"
                + " window.cqcClicked = link.contains(event.target) ? 'control' : 'elsewhere'; }, {capture: true, once: true});", link);
        link.click();
        if (clickMissed(js)) {
            link.sendKeys(Keys.ENTER);
        }
        return arrived(html);
    }

    /** Whether the page is still the one that was listening, and no click reached the control. */
    private static boolean clickMissed(JavascriptExecutor js) {
        try {
            Object clicked = js.executeScript("return window.cqcClicked;");
            return "none".equals(clicked) || "elsewhere".equals(clicked);
        } catch (org.openqa.selenium.WebDriverException navigating) {
            return false;
        }
    }

    /**
     * Activates a button from the keyboard (Enter on it, as the keyboard walk's users do), waits for the next
     * page, and checks its accessibility. Debian's Chromium 150 and its driver were seen losing pointer clicks
     * on the sign-up form's button and checkboxes (the control focused, not activated): the tests of those
     * forms press it instead.
     */
    public Browser press(WebElement button) {
        WebElement html = driver.findElement(By.tagName("html"));
        button.sendKeys(Keys.ENTER);
        return arrived(html);
    }

    /**
     * Waits for the next page: 60 s, as the first upload of a server loads Tika's parsers on 2 busy cores, beside
     * the search index's rebuild.
     */
    private Browser arrived(WebElement html) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isGone(html));
        return checkAccessibility();
    }

    /** Whether the element's document has been replaced (Chromium says so in two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public Browser checkAccessibility() {
        List<String> blocked = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations on " + driver.getCurrentUrl() + ":\n" + String.join("\n", blocked));
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not analyse " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations (WCAG 2.1 A/AA) on " + driver.getCurrentUrl() + ":\n"
                    + violations.stream()
                    .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining("\n    ")))
                    .collect(Collectors.joining("\n")));
        }
        PageChecks.all(driver);
        return this;
    }

    /**
     * Walks a form with Tab only, from its first control to its submit button, checking the focus
     * indicator at each stop ({@link KeyboardWalk}); returns the accessible names of the stops.
     */
    public List<String> tabThrough(By form, By submit) {
        return KeyboardWalk.toSubmit(driver, form, submit);
    }

    /** Each of these fields is required, its label marked, and the page says what the mark means. */
    public Browser assertRequiredMarked(String... ids) {
        RequiredFields.assertMarked(driver, ids);
        return this;
    }

    /** After a refused submission: each field error linked to its field, naming it, and focus on the first. */
    public Browser assertErrorsLinkedAndFocused() {
        FormErrors.assertLinkedAndFocused(driver);
        return this;
    }

    /** The {@code autocomplete} token rendered on the field with this id (WCAG 1.3.5). */
    public String autocompleteOf(String id) {
        return driver.findElement(By.id(id)).getDomAttribute("autocomplete");
    }

    /** The language of the element's content: its own or its nearest ancestor's {@code lang}. */
    public String languageOf(WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript("var l = arguments[0].closest('[lang]'); return l ? l.getAttribute('lang') : null;", element);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Saves the whole page as PNG under {@code cqc.screenshots} (target/screenshots). */
    public Path screenshot(String name) {
        Dimension viewport = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(viewport.getWidth(), (int) Math.max(height, viewport.getHeight())));
        Path dir = Path.of(System.getProperty("cqc.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(viewport);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile under target/ is harmless
        }
    }
}
