package fr.chambery.cqc.bench.lighthouse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LighthouseScoresTest {

    private static String report() throws IOException {
        try (InputStream in = LighthouseScoresTest.class.getResourceAsStream("assembly-page.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheFourCategoriesAndTheLargestContentfulPaintOfAMobileReport() throws IOException {
        LighthouseScores scores = LighthouseScores.parse(report());

        assertThat(scores.formFactor()).isEqualTo("mobile");
        assertThat(scores.performance()).isEqualTo(1);
        assertThat(scores.seo()).isEqualTo(1);
        assertThat(scores.bestPractices()).isEqualTo(1);
        assertThat(scores.accessibility()).isEqualTo(1);
        assertThat(scores.lcpMillis()).isEqualTo(1095.8166);
        assertThat(scores.meetsTargets()).isTrue();
        assertThat(scores.describe()).startsWith("performance 100, LCP 1.10 s, SEO 100, best practices 100, accessibility 100; "
                + "targets (performance, SEO, best practices 100, LCP ≤ 1.2 s) met");
    }

    @Test
    void listsTheWeightedAuditsThatCostPointsAndNotThoseThatWeighNothing() throws IOException {
        LighthouseScores scores = LighthouseScores.parse(report());

        assertThat(scores.losses()).containsExactly("performance: first-contentful-paint 0.99 (1.1 s)",
                "performance: speed-index 0.96 (2.8 s)");
    }

    @Test
    void aMissingMetaDescriptionOrASlowPaintMissesTheTargets() throws IOException {
        String withoutDescription = report().replaceFirst("(\"title\": \"SEO\",\\s*\"score\": )1", "$10.9")
                .replaceFirst("(\"meta-description\": \\{[^}]*\"score\": )1", "$10");
        LighthouseScores noDescription = LighthouseScores.parse(withoutDescription);
        assertThat(noDescription.seo()).isEqualTo(0.9);
        assertThat(noDescription.losses()).contains("seo: meta-description 0.00");
        assertThat(noDescription.meetsTargets()).isFalse();

        LighthouseScores slow = LighthouseScores.parse(report().replace("1095.8166", "1600"));
        assertThat(slow.meetsTargets()).isFalse();
        assertThat(slow.describe()).contains("LCP 1.60 s").contains("not met");
    }

    @Test
    void aCategoryLighthouseCouldNotScoreIsShownAsUnknown() throws IOException {
        LighthouseScores scores = LighthouseScores.parse(report().replaceFirst("(\"title\": \"Accessibility\",\\s*\"score\": )1", "$1null"));
        assertThat(scores.describe()).contains("accessibility ?");
    }
}
