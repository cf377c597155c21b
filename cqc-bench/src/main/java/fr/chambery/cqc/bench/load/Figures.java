package fr.chambery.cqc.bench.load;

/**
 * What the kit measured for one target: latency of sequential requests (p50), then with
 * {@code connections} concurrent connections the throughput and percentiles; errors (non-2xx/304
 * answers and failed requests) over both; SQL statements per request; bytes on the wire; what the
 * answer says about HTTP caching; how many sequential requests the time budget let through (200 at most).
 */
public record Figures(Target target, double sequentialP50, int connections, double requestsPerSecond, double p50, double p95,
                      double p99, int errors, double sqlPerRequest, long bytes, String caching, int sequentialRequests) {

    public static final String HEADER = String.format("%-66s %8s %8s %8s %8s %8s %6s %7s %8s  %s", "request", "seq p50", "rps",
            "p50 ms", "p95 ms", "p99 ms", "errors", "SQL/req", "bytes", "caching");

    public String row() {
        return String.format("%-66s %8.2f %8.0f %8.2f %8.2f %8.2f %6d %7.1f %8d  %s", target.label(), sequentialP50, requestsPerSecond,
                p50, p95, p99, errors, sqlPerRequest, bytes, caching)
                + (sequentialRequests < 200 ? " (" + sequentialRequests + " sequential requests within the time budget)" : "");
    }
}
