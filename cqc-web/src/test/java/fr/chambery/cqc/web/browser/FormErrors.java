package fr.chambery.cqc.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

/**
 * A form after a refused submission (RGAA 11.10, 11.11; WCAG 3.3.1, 1.3.1, 4.1.2): every field error
 * ({@code .field-error}) has an id, its field points at it with {@code aria-describedby} and is
 * {@code aria-invalid="true"}, the error names its field (the field's label is in its text), and focus is
 * on the first invalid field.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void assertLinkedAndFocused(WebDriver driver) {
        List<WebElement> errors = driver.findElements(By.cssSelector(".field-error")).stream()
                .filter(e -> !e.getText().isBlank()).toList();
        if (errors.isEmpty()) {
            throw new AssertionError("No field error shown on " + driver.getCurrentUrl());
        }
        List<String> problems = new ArrayList<>();
        WebElement firstField = null;
        for (WebElement error : errors) {
            String id = error.getDomAttribute("id");
            if (id == null || id.isBlank()) {
                problems.add("« " + error.getText() + " » has no id to be pointed at");
                continue;
            }
            List<WebElement> fields = driver.findElements(By.cssSelector("[aria-describedby~='" + id + "']"));
            if (fields.isEmpty()) {
                problems.add("no field has aria-describedby pointing at « " + error.getText() + " » (#" + id + ")");
                continue;
            }
            WebElement field = fields.getFirst();
            if (firstField == null) {
                firstField = field;
            }
            if (!"true".equals(field.getDomAttribute("aria-invalid"))) {
                problems.add(PageChecks.describe(field) + " is not aria-invalid=\"true\"");
            }
            String label = labelOf(driver, field);
            if (label.isEmpty() || !error.getText().toLowerCase().contains(label.toLowerCase())) {
                problems.add("« " + error.getText() + " » does not name its field « " + label + " »");
            }
        }
        WebElement focused = driver.switchTo().activeElement();
        if (firstField != null && !focused.equals(firstField)) {
            problems.add("focus is on " + PageChecks.describe(focused) + ", not on the first invalid field " + PageChecks.describe(firstField));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Field errors not tied to their fields on " + driver.getCurrentUrl() + ":\n- " + String.join("\n- ", problems));
        }
    }

    /** The visible text of the field's label (or its group's legend), without the required mark. */
    static String labelOf(WebDriver driver, WebElement field) {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                var f = arguments[0];
                var l = (f.labels && f.labels.length && (f.type !== 'radio' && f.type !== 'checkbox' || !f.closest('fieldset'))) ? f.labels[0]
                        : (f.closest('fieldset') && f.closest('fieldset').querySelector('legend'));
                if (!l && f.getAttribute('aria-labelledby')) { l = document.getElementById(f.getAttribute('aria-labelledby').split(' ')[0]); }
                if (!l) { return ''; }
                var copy = l.cloneNode(true);
                copy.querySelectorAll('.required-mark').forEach(function (m) { m.remove(); });
                return copy.textContent.trim();
                """, field);
        return text == null ? "" : text.toString();
    }
}
