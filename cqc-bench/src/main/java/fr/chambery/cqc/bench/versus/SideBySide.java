package fr.chambery.cqc.bench.versus;

/**
 * One page measured twice in the same run, the application then nginx serving its very bytes: the
 * application's throughput as a share of the static server's, and its latency against the targets of
 * issue 16 ({@value #TARGET_RATIO} of the static server's requests per second, p99 ≤ {@value #TARGET_P99_MS} ms).
 */
public record SideBySide(String label, WrkFigures app, WrkFigures twin) {

    public static final double TARGET_RATIO = 0.25;
    public static final double TARGET_P99_MS = 50;

    public static final String HEADER = String.format("%-52s %9s %10s %7s %8s %8s %8s %8s %7s  %s", "request", "app rps", "static rps",
            "ratio", "p50 ms", "p99 ms", "st. p50", "st. p99", "errors", "targets (≥ 25 %, p99 ≤ 50 ms)");

    /** The application's requests per second over the static server's. */
    public double ratio() {
        return twin.requestsPerSecond() == 0 ? 0 : app.requestsPerSecond() / twin.requestsPerSecond();
    }

    public boolean meetsTargets() {
        return ratio() >= TARGET_RATIO && app.p99() <= TARGET_P99_MS && app.errors() == 0;
    }

    public String row() {
        return String.format("%-52s %9.0f %10.0f %6.1f%% %8.2f %8.2f %8.2f %8.2f %7d  %s", label, app.requestsPerSecond(),
                twin.requestsPerSecond(), 100 * ratio(), app.p50(), app.p99(), twin.p50(), twin.p99(), app.errors() + twin.errors(),
                meetsTargets() ? "met" : "not met");
    }
}
