package fr.chambery.cqc.bench.versus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run measured: requests per second, the 50th and 99th percentiles of latency (ms), and
 * errors (answers other than 2xx/3xx, and socket errors: connect, read, write, timeout).
 */
public record WrkFigures(double requestsPerSecond, double p50, double p99, long errors) {

    private static final Pattern RATE = Pattern.compile("(?m)^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Reads wrk's output (run with {@code --latency}); refuses output that holds no rate or no distribution. */
    public static WrkFigures parse(String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalArgumentException("wrk printed no Requests/sec:\n" + output);
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new WrkFigures(Double.parseDouble(rate.group(1)), percentile(output, "50"), percentile(output, "99"), errors);
    }

    /** A line of wrk's latency distribution, {@code 99%   47.90ms}, in milliseconds. */
    private static double percentile(String output, String percent) {
        Matcher line = Pattern.compile("(?m)^\\s+" + percent + "%\\s+([0-9.]+)(us|ms|s|m)\\s*$").matcher(output);
        if (!line.find()) {
            throw new IllegalArgumentException("wrk printed no " + percent + "% latency (was it run with --latency?):\n" + output);
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }
}
