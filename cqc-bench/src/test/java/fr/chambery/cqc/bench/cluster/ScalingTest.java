package fr.chambery.cqc.bench.cluster;

import fr.chambery.cqc.bench.versus.WrkFigures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScalingTest {

    @Test
    void theGainIsTwoInstancesThroughputOverOnes() {
        Scaling scaling = new Scaling("assemblies/bissy", new WrkFigures(2000, 5, 30, 0), new WrkFigures(2500, 4, 40, 3));
        assertThat(scaling.gain()).isCloseTo(1.25, within(1e-9));
        assertThat(new Scaling("x", new WrkFigures(0, 0, 0, 5), new WrkFigures(10, 1, 1, 0)).gain()).as("one instance answered nothing")
                .isZero();
    }

    @Test
    void aRowGivesBothRunsTheGainAndTheErrorsOfBoth() {
        String row = new Scaling("assemblies/bissy", new WrkFigures(2000, 5, 30, 1), new WrkFigures(1800, 4.5, 41.25, 2)).row();
        assertThat(row).startsWith("assemblies/bissy ").contains(" 2000 ", " 5.00 ", " 30.00 ", " 1800 ", " 4.50 ", " 41.25 ", " 0.90x ")
                .endsWith(" 3");
        assertThat(row).hasSameSizeAs(Scaling.HEADER);
    }
}
