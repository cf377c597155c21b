package fr.chambery.cqc.bench.versus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SideBySideTest {

    @Test
    void printsBothThroughputsTheirRatioTheLatenciesAndTheErrorsOfBoth() {
        SideBySide row = new SideBySide("assemblies/bissy", new WrkFigures(12_800, 2.1, 31.5, 0), new WrkFigures(51_200, 0.3, 27.0, 1));
        assertThat(row.ratio()).isEqualTo(0.25);
        assertThat(row.row()).startsWith("assemblies/bissy").contains(" 12800 ", " 51200 ", " 25.0% ", " 2.10 ", " 31.50 ", " 0.30 ", " 27.00 ", " 1 ");
        assertThat(SideBySide.HEADER).contains("app rps", "static rps", "ratio", "p50 ms", "p99 ms", "errors");
    }

    @Test
    void meetsTheTargetsOnlyAtAQuarterOfTheStaticServerWithAP99Within50msAndNoError() {
        WrkFigures statics = new WrkFigures(40_000, 0.3, 20, 0);
        assertThat(new SideBySide("a", new WrkFigures(10_000, 2, 50, 0), statics).meetsTargets()).isTrue();
        assertThat(new SideBySide("a", new WrkFigures(10_000, 2, 50, 0), statics).row()).endsWith("met").doesNotEndWith("not met");
        assertThat(new SideBySide("a", new WrkFigures(9_999, 2, 10, 0), statics).meetsTargets()).as("below a quarter").isFalse();
        assertThat(new SideBySide("a", new WrkFigures(20_000, 2, 50.1, 0), statics).meetsTargets()).as("p99").isFalse();
        assertThat(new SideBySide("a", new WrkFigures(20_000, 2, 10, 3), statics).meetsTargets()).as("errors").isFalse();
        assertThat(new SideBySide("a", new WrkFigures(98, 900, 1130, 0), statics).row()).endsWith("not met").contains(" 0.2% ");
    }

    @Test
    void aStaticServerThatAnsweredNothingGivesARatioOfZeroRatherThanInfinity() {
        assertThat(new SideBySide("a", new WrkFigures(100, 1, 1, 0), new WrkFigures(0, 0, 0, 5)).ratio()).isZero();
    }
}
