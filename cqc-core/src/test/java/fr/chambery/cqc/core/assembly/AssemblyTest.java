package fr.chambery.cqc.core.assembly;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AssemblyTest {

    private static Assembly assembly(String slug) {
        return new Assembly(slug, "Titre " + slug, AssemblyTexts.builder().subtitle("s").build(), Instant.parse("2021-05-17T08:00:00Z"));
    }

    @Test
    void nestsToAnyDepthAndKnowsItsAncestorsFromTheTop() {
        Assembly city = assembly("ville");
        Assembly cqc = assembly("cqc");
        Assembly bissy = assembly("bissy");
        Assembly group = assembly("groupe-mobilites");
        cqc.moveUnder(city);
        bissy.moveUnder(cqc);
        group.moveUnder(bissy);

        assertThat(group.ancestors()).containsExactly(city, cqc, bissy);
        assertThat(city.ancestors()).isEmpty();
    }

    @Test
    void refusesToBecomeItsOwnAncestor() {
        Assembly cqc = assembly("cqc");
        Assembly bissy = assembly("bissy");
        Assembly group = assembly("groupe");
        bissy.moveUnder(cqc);
        group.moveUnder(bissy);

        assertThatIllegalArgumentException().isThrownBy(() -> cqc.moveUnder(cqc));
        assertThatIllegalArgumentException().isThrownBy(() -> cqc.moveUnder(group));
        assertThat(cqc.parent()).isEmpty();
    }

    @Test
    void isVisibleOnlyWhenItAndAllItsAncestorsArePublished() {
        Assembly cqc = assembly("cqc");
        Assembly bissy = assembly("bissy");
        bissy.moveUnder(cqc);
        bissy.publish(Instant.now());
        assertThat(bissy.isVisibleToPublic()).isFalse();

        cqc.publish(Instant.now());
        assertThat(bissy.isVisibleToPublic()).isTrue();

        bissy.unpublish();
        assertThat(bissy.isVisibleToPublic()).isFalse();
    }

    @Test
    void durationIsIndefiniteUntilAnEndIsSet() {
        Assembly cqc = assembly("cqc");
        assertThat(cqc.isIndefinite()).isTrue();
        cqc.lastUntil(LocalDate.of(2026, 12, 31));
        assertThat(cqc.isIndefinite()).isFalse();
        assertThat(cqc.duration()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void requiresAReadableSlugAndATitle() {
        AssemblyTexts texts = AssemblyTexts.builder().build();
        Instant now = Instant.now();
        assertThatIllegalArgumentException().isThrownBy(() -> new Assembly("Bissy", "Bissy", texts, now));
        assertThatIllegalArgumentException().isThrownBy(() -> new Assembly("../bissy", "Bissy", texts, now));
        assertThatIllegalArgumentException().isThrownBy(() -> new Assembly("bissy--x", "Bissy", texts, now));
        assertThatIllegalArgumentException().isThrownBy(() -> new Assembly("bissy", " ", texts, now));
        assertThat(new Assembly("chambery-le-vieux", "Chambéry-le-Vieux", texts, now).slug()).isEqualTo("chambery-le-vieux");
    }

    @Test
    void participationIsNeverNull() {
        assertThat(assembly("cqc").participation().scope()).isNull();
    }

    @Test
    void referenceIsAssignedOnce() {
        Assembly cqc = assembly("cqc");
        cqc.assignReference(new Reference("chbry-ASSE-2021-05-1"));
        assertThat(cqc.reference()).contains(new Reference("chbry-ASSE-2021-05-1"));
        assertThatIllegalStateException().isThrownBy(() -> cqc.assignReference(new Reference("chbry-ASSE-2021-05-2")));
    }

    @Test
    void richTextIsSanitizedOnTheWayIn() {
        AssemblyTexts texts = AssemblyTexts.builder()
                .description("<h3>🙋 Qui peut participer ?</h3><p onclick=\"steal()\">Tou·tes<script>alert(1)</script></p>")
                .build();
        assertThat(texts.description())
                .isEqualTo("<h3>&#x1f64b; Qui peut participer ?</h3><p>Tou·tes</p>");
    }

    @Test
    void twoUnstoredSpacesAreDistinctEvenUnderTheSameSlug() {
        Assembly first = assembly("bissy");
        Assembly second = assembly("bissy");

        assertThat(first).isEqualTo(first).isNotEqualTo(second);
        assertThat(new java.util.HashSet<>(java.util.List.of(first, second))).hasSize(2);
    }
}
