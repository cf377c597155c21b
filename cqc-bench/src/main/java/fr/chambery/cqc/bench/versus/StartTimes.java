package fr.chambery.cqc.bench.versus;

import java.util.List;
import java.util.stream.Collectors;

/** Seconds from launch to {@code /health/ready} over several starts, and their median (target: ≤ {@value #TARGET_SECONDS} s). */
public record StartTimes(List<Double> seconds) {

    public static final double TARGET_SECONDS = 15;

    public StartTimes {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("no start measured");
        }
        seconds = List.copyOf(seconds);
    }

    public double median() {
        List<Double> sorted = seconds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public String describe() {
        return String.format("start to ready: median %.1f s over %d starts (%s)%s", median(), seconds.size(),
                seconds.stream().map(s -> String.format("%.1f", s)).collect(Collectors.joining(", ")),
                median() <= TARGET_SECONDS ? "; target ≤ 15 s met" : "; target ≤ 15 s not met");
    }
}
