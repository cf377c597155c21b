package fr.chambery.cqc.web.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The focus indicator of the focused element, as Chromium computes it (WCAG 1.4.11, 2.4.7; RGAA 10.7,
 * 3.3): its outline, or a ring of its box shadow, must contrast at 3:1 at least with the background
 * around the element (the nearest ancestor with an opaque background, white at the root).
 */
final class FocusIndicator {

    static final double MINIMUM = 3.0;

    private static final Pattern COLOUR = Pattern.compile("rgba?\\((\\d+(?:\\.\\d+)?)[, ]+(\\d+(?:\\.\\d+)?)[, ]+(\\d+(?:\\.\\d+)?)(?:[,/ ]+([\\d.]+))?\\)");

    private FocusIndicator() {
    }

    /** The best contrast of the focused element's outline or box-shadow rings against its surroundings. */
    static double contrastOf(WebDriver driver, WebElement focused) {
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var e = arguments[0];
                var s = getComputedStyle(e);
                var background = 'rgb(255, 255, 255)';
                for (var p = e.parentElement; p; p = p.parentElement) {
                    var b = getComputedStyle(p).backgroundColor;
                    if (b && b !== 'transparent' && !/rgba\\([^)]*,\\s*0\\)$/.test(b)) { background = b; break; }
                }
                return {outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
                        outlineColor: s.outlineColor, boxShadow: s.boxShadow, background: background};
                """, focused);
        double[] background = colour(style.get("background").toString()).orElse(new double[]{255, 255, 255, 1});
        double best = 0;
        if (!"none".equals(style.get("outlineStyle")) && ((Number) style.get("outlineWidth")).doubleValue() >= 1) {
            best = colour(style.get("outlineColor").toString()).map(c -> ratio(over(c, background), background)).orElse(0.0);
        }
        String shadow = String.valueOf(style.get("boxShadow"));
        if (!"none".equals(shadow)) {
            for (String ring : shadow.split(",(?![^(]*\\))")) {
                if (ring.contains("inset")) {
                    continue;
                }
                double[] c = colour(ring).orElse(null);
                List<Double> lengths = Pattern.compile("(-?[\\d.]+)px").matcher(ring).results()
                        .map(m -> Double.parseDouble(m.group(1))).toList();
                double spread = lengths.size() >= 4 ? lengths.get(3) : 0;
                if (c != null && spread >= 1) {
                    best = Math.max(best, ratio(over(c, background), background));
                }
            }
        }
        lastStyle = style;
        return best;
    }

    /** The computed style read by the last {@link #contrastOf}, for the failure message. */
    private static Map<String, Object> lastStyle = Map.of();

    static void assertVisible(WebDriver driver, WebElement focused) {
        double contrast = contrastOf(driver, focused);
        for (int i = 0; i < 10 && contrast < MINIMUM; i++) { // a theme's transition may still be fading the indicator in
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            contrast = contrastOf(driver, focused);
        }
        if (contrast < MINIMUM) {
            throw new AssertionError("Faint focus indicator on " + PageChecks.describe(focused) + " at " + driver.getCurrentUrl()
                    + ": " + String.format(java.util.Locale.ROOT, "%.2f", contrast) + ":1, below 3:1 (WCAG 1.4.11); computed: " + lastStyle);
        }
    }

    private static java.util.Optional<double[]> colour(String css) {
        Matcher m = COLOUR.matcher(css);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        double alpha = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
        return java.util.Optional.of(new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), alpha});
    }

    /** The colour as seen over the background (alpha blending). */
    private static double[] over(double[] c, double[] background) {
        double a = c[3];
        return new double[]{c[0] * a + background[0] * (1 - a), c[1] * a + background[1] * (1 - a), c[2] * a + background[2] * (1 - a), 1};
    }

    /** WCAG's contrast ratio of two opaque sRGB colours. */
    static double ratio(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    }

    private static double channel(double value) {
        double v = value / 255;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
