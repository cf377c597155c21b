package fr.chambery.cqc.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

/**
 * A keyboard-only user going through a form (RGAA 12.13, WCAG 2.1.1, 2.1.2): from its first focusable
 * control, Tab after Tab, to its submit button. Fails if Tab stops advancing (a trap, such as a rich-text
 * editor typing tab characters), if focus leaves the form before the button, or if a stop shows a focus
 * indicator below 3:1 ({@link FocusIndicator}).
 */
final class KeyboardWalk {

    private static final int MOST_STOPS = 250;
    private static final java.util.Set<String> SEGMENTED = java.util.Set.of("date", "time", "datetime-local", "month", "week");

    private KeyboardWalk() {
    }

    /** @return the accessible names of the stops, in order, the submit button last */
    static List<String> toSubmit(WebDriver driver, By form, By submit) {
        WebElement container = driver.findElement(form);
        WebElement target = driver.findElement(submit);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebElement first = (WebElement) js.executeScript("""
                return Array.prototype.find.call(arguments[0].querySelectorAll(
                    'a[href], input:not([type=hidden]), select, textarea, button, [contenteditable=true], [tabindex]:not([tabindex="-1"])'),
                    function (e) { return e.offsetParent !== null && !e.disabled && e.tabIndex >= 0; });
                """, container);
        js.executeScript("arguments[0].focus();", first);
        List<String> stops = new ArrayList<>();
        WebElement current = driver.switchTo().activeElement();
        stops.add(current.getAccessibleName().strip());
        int stay = 0;
        for (int i = 0; i < MOST_STOPS && !current.equals(target); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement next = driver.switchTo().activeElement();
            if (next.equals(current) && SEGMENTED.contains(String.valueOf(current.getDomAttribute("type"))) && ++stay < 4) {
                continue; // Chromium tabs through a date or time field's day, month and year, or hours and minutes
            }
            stay = 0;
            if (next.equals(current)) {
                throw new AssertionError("Tab stopped advancing at " + PageChecks.describe(current) + " « " + current.getAccessibleName()
                        + " » on " + driver.getCurrentUrl() + " (a keyboard trap, WCAG 2.1.2); stops so far: " + stops);
            }
            if (!(Boolean) js.executeScript("return arguments[0].contains(arguments[1]);", container, next)) {
                throw new AssertionError("Tab left the form at " + PageChecks.describe(next) + " before reaching "
                        + PageChecks.describe(target) + " on " + driver.getCurrentUrl() + "; stops: " + stops);
            }
            FocusIndicator.assertVisible(driver, next);
            current = next;
            stops.add(current.getAccessibleName().strip());
        }
        if (!current.equals(target)) {
            throw new AssertionError("Tab never reached " + PageChecks.describe(target) + " on " + driver.getCurrentUrl());
        }
        return stops;
    }
}
