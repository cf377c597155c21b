package fr.chambery.cqc.bench.versus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JVM's memory goes, from its Native Memory Tracking summary ({@code jcmd PID VM.native_memory
 * summary}, the JVM started with {@code -XX:NativeMemoryTracking=summary}): committed kilobytes per
 * category. Direct byte buffers are counted under {@code Other}; metaspace is the {@code Metaspace} and
 * {@code Class} categories together.
 */
public record NativeMemory(long totalKb, Map<String, Long> committedKb, int threads) {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern CATEGORY = Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern THREADS = Pattern.compile("\\(threads #(\\d+)\\)");

    public static NativeMemory parse(String summary) {
        Matcher total = TOTAL.matcher(summary);
        if (!total.find()) {
            throw new IllegalArgumentException("not a Native Memory Tracking summary (is the JVM started with "
                    + "-XX:NativeMemoryTracking=summary?):\n" + summary.lines().limit(5).reduce("", (a, b) -> a + b + "\n"));
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        Matcher category = CATEGORY.matcher(summary);
        while (category.find()) {
            categories.put(category.group(1).strip(), Long.parseLong(category.group(3)));
        }
        Matcher threads = THREADS.matcher(summary);
        return new NativeMemory(Long.parseLong(total.group(2)), Map.copyOf(categories), threads.find() ? Integer.parseInt(threads.group(1)) : 0);
    }

    /** Asks a running JVM (started with {@code -XX:NativeMemoryTracking=summary}) through {@code jcmd}. */
    public static NativeMemory of(long pid) throws java.io.IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return parse(output);
    }

    public long heapKb() {
        return kb("Java Heap");
    }

    public long metaspaceKb() {
        return kb("Metaspace") + kb("Class");
    }

    public long codeCacheKb() {
        return kb("Code");
    }

    public long threadsKb() {
        return kb("Thread");
    }

    public long directBuffersKb() {
        return kb("Other");
    }

    public long gcKb() {
        return kb("GC");
    }

    public long sharedClassesKb() {
        return kb("Shared class space");
    }

    /** What the named parts leave: symbols, the compiler's arenas, internal tables… */
    public long restKb() {
        return totalKb - heapKb() - metaspaceKb() - codeCacheKb() - threadsKb() - directBuffersKb() - gcKb() - sharedClassesKb();
    }

    private long kb(String name) {
        return committedKb.getOrDefault(name, 0L);
    }

    /** One line, in MB, with the resident memory the system counts beside what the JVM committed. */
    public String describe(long residentBytes) {
        return String.format("resident memory (RSS) %d MB; JVM committed %d MB: heap %d, metaspace %d, code cache %d, threads %d (%d), "
                        + "GC %d, direct buffers %d, shared classes %d, the rest %d", residentBytes / (1024 * 1024), totalKb / 1024,
                heapKb() / 1024, metaspaceKb() / 1024, codeCacheKb() / 1024, threadsKb() / 1024, threads, gcKb() / 1024,
                directBuffersKb() / 1024, sharedClassesKb() / 1024, restKb() / 1024);
    }
}
