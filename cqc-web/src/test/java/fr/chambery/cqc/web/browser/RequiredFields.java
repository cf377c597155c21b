package fr.chambery.cqc.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Required fields said so (RGAA 11.10, WCAG 3.3.2): each is {@code aria-required="true"} (or
 * {@code required}), its label shows the mark ({@code .required-mark}), and the page says once what the
 * mark means ({@code .required-legend}); no field is marked that is not required.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    static void assertMarked(WebDriver driver, String... ids) {
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            WebElement field = driver.findElement(By.id(id));
            if (!"true".equals(field.getDomAttribute("aria-required")) && field.getDomAttribute("required") == null) {
                problems.add(PageChecks.describe(field) + " is neither aria-required nor required");
            }
            List<WebElement> labels = driver.findElements(By.cssSelector("label[for='" + id + "'] .required-mark"));
            if (labels.isEmpty() || !labels.getFirst().isDisplayed()) {
                problems.add("the label of " + PageChecks.describe(field) + " shows no required mark");
            }
        }
        List<WebElement> legends = driver.findElements(By.cssSelector(".required-legend"));
        if (legends.isEmpty() || !legends.getFirst().isDisplayed()) {
            problems.add("no sentence says what the required mark means (.required-legend)");
        }
        for (WebElement marked : driver.findElements(By.cssSelector("label .required-mark"))) {
            String target = marked.findElement(By.xpath("ancestor::label")).getDomAttribute("for");
            if (target != null && !List.of(ids).contains(target) && !driver.findElements(By.id(target)).isEmpty()
                    && !"true".equals(driver.findElement(By.id(target)).getDomAttribute("aria-required"))) {
                problems.add("#" + target + " is marked required but is not");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Required fields not indicated on " + driver.getCurrentUrl() + ":\n- " + String.join("\n- ", problems));
        }
    }
}
