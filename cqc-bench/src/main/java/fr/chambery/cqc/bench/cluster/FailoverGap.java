package fr.chambery.cqc.bench.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What clients saw while an instance was killed under their load: the longest time without a successful
 * answer (between two successes, or between an end of the run and the success nearest to it), how many
 * answers succeeded and how many failed (neither 2xx nor 3xx, or no answer at all).
 */
public record FailoverGap(double longestMillis, long succeeded, long failed) {

    /**
     * From the instants (any clock in nanoseconds) at which successful answers arrived, during a run from
     * {@code startNanos} to {@code endNanos}; a run with no success has the whole run for a gap.
     */
    public static FailoverGap of(List<Long> successNanos, long failed, long startNanos, long endNanos) {
        if (endNanos < startNanos) {
            throw new IllegalArgumentException("the run ends before it starts");
        }
        List<Long> points = new ArrayList<>(successNanos.stream().filter(t -> t >= startNanos && t <= endNanos).toList());
        Collections.sort(points);
        long longest = 0;
        long previous = startNanos;
        for (long point : points) {
            longest = Math.max(longest, point - previous);
            previous = point;
        }
        longest = Math.max(longest, endNanos - previous);
        return new FailoverGap(longest / 1e6, points.size(), failed);
    }

    public String describe() {
        return String.format("longest time without a successful answer: %.0f ms; %d answers succeeded, %d failed", longestMillis,
                succeeded, failed);
    }
}
