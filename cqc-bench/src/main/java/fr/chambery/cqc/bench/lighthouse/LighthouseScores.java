package fr.chambery.cqc.bench.lighthouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What Lighthouse's JSON report says of one page: its four category scores (0 to 1), its Largest
 * Contentful Paint, and the audits that cost it points (a weighted audit scored below 1), against the
 * targets of issue 16 (performance, SEO and best practices at 100, LCP ≤ {@value #TARGET_LCP_MS} ms).
 */
public record LighthouseScores(String formFactor, double performance, double seo, double bestPractices, double accessibility,
                               double lcpMillis, List<String> losses) {

    public static final double TARGET_LCP_MS = 1200;

    public LighthouseScores {
        losses = List.copyOf(losses);
    }

    public static LighthouseScores parse(String json) throws IOException {
        JsonNode report = new ObjectMapper().readTree(json);
        JsonNode categories = report.path("categories");
        JsonNode audits = report.path("audits");
        List<String> losses = new ArrayList<>();
        for (JsonNode category : categories) {
            for (JsonNode ref : category.path("auditRefs")) {
                JsonNode audit = audits.path(ref.path("id").asText());
                if (ref.path("weight").asDouble() > 0 && audit.path("score").isNumber() && audit.path("score").asDouble() < 1) {
                    losses.add(String.format(Locale.ROOT, "%s: %s %.2f%s", category.path("id").asText(), audit.path("id").asText(),
                            audit.path("score").asDouble(), audit.hasNonNull("displayValue") ? " (" + audit.path("displayValue").asText().replace('\u00a0', ' ') + ")" : ""));
                }
            }
        }
        return new LighthouseScores(report.path("configSettings").path("formFactor").asText("?"), score(categories, "performance"),
                score(categories, "seo"), score(categories, "best-practices"), score(categories, "accessibility"),
                audits.path("largest-contentful-paint").path("numericValue").asDouble(Double.NaN), losses);
    }

    /** A category's score, NaN when the report has none (Lighthouse gives null when it could not score it). */
    private static double score(JsonNode categories, String id) {
        JsonNode score = categories.path(id).path("score");
        return score.isNumber() ? score.asDouble() : Double.NaN;
    }

    public boolean meetsTargets() {
        return performance == 1 && seo == 1 && bestPractices == 1 && lcpMillis <= TARGET_LCP_MS;
    }

    public String describe() {
        String scores = String.format(Locale.ROOT, "performance %s, LCP %.2f s, SEO %s, best practices %s, accessibility %s; "
                        + "targets (performance, SEO, best practices 100, LCP ≤ 1.2 s) %s",
                percent(performance), lcpMillis / 1000, percent(seo), percent(bestPractices), percent(accessibility),
                meetsTargets() ? "met" : "not met");
        return losses.isEmpty() ? scores : scores + "\n  points lost: " + String.join("; ", losses);
    }

    private static String percent(double score) {
        return Double.isNaN(score) ? "?" : String.format(Locale.ROOT, "%.0f", 100 * score);
    }
}
