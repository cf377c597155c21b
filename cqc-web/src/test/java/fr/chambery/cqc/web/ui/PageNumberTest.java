package fr.chambery.cqc.web.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumberTest {

    @Test
    void readsAPageNumberAndFallsBackToTheFirstPage() {
        assertThat(PageNumber.of("3")).isEqualTo(3);
        assertThat(PageNumber.of(" 2 ")).isEqualTo(2);
        assertThat(PageNumber.of(null)).isEqualTo(1);
        assertThat(PageNumber.of("")).isEqualTo(1);
        assertThat(PageNumber.of("deux")).isEqualTo(1);
        assertThat(PageNumber.of("-4")).isEqualTo(1);
        assertThat(PageNumber.of("99999999")).isEqualTo(PageNumber.LAST);
    }
}
