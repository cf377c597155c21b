package fr.chambery.cqc.core.assembly;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReferenceTest {

    @Test
    void isBuiltLikeDecidimsReferenceGenerator() {
        assertThat(Reference.ofAssembly("chbry", YearMonth.of(2021, 5), 1).value()).isEqualTo("chbry-ASSE-2021-05-1");
    }

    @Test
    void neitherPadsTheIdNorCountsPerSpace() {
        assertThat(Reference.ofAssembly("chbry", YearMonth.of(2024, 11), 1234).value()).isEqualTo("chbry-ASSE-2024-11-1234");
    }

    @Test
    void needsAStoredIdAndAPlainPrefix() {
        assertThatIllegalArgumentException().isThrownBy(() -> Reference.ofAssembly("chbry", YearMonth.of(2021, 5), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Reference.ofAssembly("ch-bry", YearMonth.of(2021, 5), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Reference.ofAssembly("", YearMonth.of(2021, 5), 1));
    }
}
