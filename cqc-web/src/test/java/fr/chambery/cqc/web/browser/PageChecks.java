package fr.chambery.cqc.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that axe-core leaves to a person, run by {@link Browser} on every page it arrives on:
 * <ul>
 *     <li>reflow (WCAG 1.4.10, RGAA 10.11): at a 320 CSS px viewport the page does not scroll sideways;</li>
 *     <li>each form control has its own accessible name (RGAA 11.1, 11.2): not empty, and the checkboxes
 *     or radio buttons of one group are named apart and grouped in a {@code fieldset} with a
 *     {@code legend} (RGAA 11.5, 11.6);</li>
 *     <li>the personal-data fields say their purpose (WCAG 1.3.5, RGAA 11.13): every e-mail, password and
 *     telephone field carries an {@code autocomplete} token.</li>
 * </ul>
 */
final class PageChecks {

    static final int NARROWEST = 320;

    private static final String CONTROLS = "input:not([type=hidden]), select, textarea, button, [contenteditable=true]";

    private PageChecks() {
    }

    static void all(WebDriver driver) {
        reflows(driver);
        controlsHaveOwnNames(driver);
        personalDataFieldsHaveAutocomplete(driver);
    }

    /** Lays the page out 320 CSS px wide (DevTools' device metrics) and fails if anything sticks out. */
    static void reflows(WebDriver driver) {
        ChromeDriver chrome = (ChromeDriver) driver;
        long width = ((Number) chrome.executeScript("return window.innerWidth;")).longValue();
        long height = ((Number) chrome.executeScript("return window.innerHeight;")).longValue();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", NARROWEST, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                    var root = document.documentElement;
                    var width = root.clientWidth;
                    var wide = [];
                    document.querySelectorAll('body *').forEach(function (e) {
                        var box = e.getBoundingClientRect();
                        if (box.width > 0 && box.right > width + 1 && getComputedStyle(e).visibility !== 'hidden'
                                && !e.closest('.visually-hidden, .skip-link')) {
                            var inner = Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > width + 1; });
                            if (!inner) { wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(box.right) + 'px)'); }
                        }
                    });
                    var widest = null;
                    document.querySelectorAll('body *').forEach(function (e) {
                        if (!widest || e.getBoundingClientRect().width > widest.getBoundingClientRect().width) {
                            if (e.getBoundingClientRect().right > width + 1 && e.scrollWidth >= e.clientWidth) { widest = e; }
                        }
                    });
                    var chain = [];
                    for (var a = widest; a && a !== document.body; a = a.parentElement) {
                        chain.push(a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (typeof a.className === 'string' && a.className ? '.' + a.className.trim().split(/\s+/).join('.') : '') + ' ' + Math.round(a.getBoundingClientRect().width) + 'px ' + getComputedStyle(a).display + '/' + getComputedStyle(a).overflowX);
                    }
                    return {scroll: root.scrollWidth, viewport: width, wide: wide.slice(0, 12), chain: chain};
                    """);
            long scroll = ((Number) layout.get("scroll")).longValue();
            long viewport = ((Number) layout.get("viewport")).longValue();
            if (scroll > viewport) {
                throw new AssertionError("No reflow at " + NARROWEST + " CSS px on " + driver.getCurrentUrl() + ": the page is "
                        + scroll + " px wide for a " + viewport + " px viewport (WCAG 1.4.10). Sticking out: " + layout.get("wide")
                        + "; the widest box and its ancestors: " + layout.get("chain"));
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            // the test goes on at the usual size: wait until the page is laid out at its width again, or a click
            // could land where an element was at 320 px
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5)).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(window.innerWidth); }); });"))
                    .longValue() == width);
        }
    }

    /** Every visible, focusable form control has a name of its own (Chromium's accessibility tree). */
    static void controlsHaveOwnNames(WebDriver driver) {
        List<String> problems = new ArrayList<>();
        Map<String, List<WebElement>> groups = new HashMap<>();
        for (WebElement control : driver.findElements(By.cssSelector(CONTROLS))) {
            if (!control.isDisplayed() || "-1".equals(control.getDomAttribute("tabindex"))) {
                continue;
            }
            String name = control.getAccessibleName();
            if (name == null || name.isBlank()) {
                problems.add(describe(control) + " has no accessible name");
            }
            String type = String.valueOf(control.getDomAttribute("type"));
            if ((type.equals("checkbox") || type.equals("radio")) && control.getDomAttribute("name") != null) {
                groups.computeIfAbsent(control.getDomAttribute("name"), k -> new ArrayList<>()).add(control);
            }
        }
        groups.values().stream().filter(group -> group.size() > 1).forEach(group -> {
            List<String> names = group.stream().map(WebElement::getAccessibleName).toList();
            if (names.stream().distinct().count() < names.size()) {
                problems.add("the " + group.size() + " choices of " + describe(group.getFirst()) + " share names " + names
                        + ": each needs its own label");
            }
            Object legend = ((JavascriptExecutor) driver).executeScript(
                    "var f = arguments[0].closest('fieldset'); var l = f && f.querySelector('legend'); return l ? l.textContent.trim() : null;",
                    group.getFirst());
            if (legend == null || legend.toString().isEmpty()) {
                problems.add("the choices of " + describe(group.getFirst()) + " are not grouped in a fieldset with a legend");
            }
        });
        if (!problems.isEmpty()) {
            throw new AssertionError("Form controls without a name of their own on " + driver.getCurrentUrl() + ":\n- "
                    + String.join("\n- ", problems));
        }
    }

    /** E-mail, password and telephone fields carry an {@code autocomplete} token (WCAG 1.3.5). */
    static void personalDataFieldsHaveAutocomplete(WebDriver driver) {
        List<String> missing = driver.findElements(By.cssSelector("input[type=email], input[type=password], input[type=tel]")).stream()
                .filter(field -> field.getDomAttribute("autocomplete") == null || field.getDomAttribute("autocomplete").isBlank())
                .map(PageChecks::describe)
                .toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("Personal-data fields without autocomplete on " + driver.getCurrentUrl() + ": " + missing);
        }
    }

    static String describe(WebElement element) {
        String id = element.getDomAttribute("id");
        return "<" + element.getTagName() + (id == null ? "" : " id=" + id)
                + (element.getDomAttribute("name") == null ? "" : " name=" + element.getDomAttribute("name")) + ">";
    }
}
