package fr.chambery.cqc.bench.cluster;

import fr.chambery.cqc.bench.versus.WrkFigures;

/**
 * One page measured through nginx in front of one instance, then in front of two, in the same run: both
 * throughputs, the gain of the second instance and the latencies.
 */
public record Scaling(String label, WrkFigures one, WrkFigures two) {

    public static final String HEADER = String.format("%-52s %10s %8s %8s %10s %8s %8s %7s %7s", "request", "1 inst rps", "p50 ms",
            "p99 ms", "2 inst rps", "p50 ms", "p99 ms", "gain", "errors");

    /** Two instances' requests per second over one instance's: 1.0 is no gain. */
    public double gain() {
        return one.requestsPerSecond() == 0 ? 0 : two.requestsPerSecond() / one.requestsPerSecond();
    }

    public String row() {
        return String.format("%-52s %10.0f %8.2f %8.2f %10.0f %8.2f %8.2f %6.2fx %7d", label, one.requestsPerSecond(), one.p50(), one.p99(),
                two.requestsPerSecond(), two.p50(), two.p99(), gain(), one.errors() + two.errors());
    }
}
