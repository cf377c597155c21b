package fr.chambery.cqc.bench.sync;

/** One run of the directory sync as the kit saw it: its outcome and counts, the SQL writes it cost, the heap's peak. */
public record SyncFigures(String label, String state, long millis, int processed, int created, int updated, int unchanged,
                          int unlisted, int rejected, long sqlWrites, long heapPeakBytes) {

    public static final String HEADER = String.format("%-34s %9s %8s %9s %8s %8s %9s %8s %8s %10s %9s", "directory sync", "state",
            "seconds", "records", "created", "updated", "unchanged", "unlisted", "rejected", "SQL writes", "heap peak");

    public String row() {
        return String.format("%-34s %9s %8.1f %9d %8d %8d %9d %8d %8d %10d %6d MB", label, state, millis / 1000.0, processed, created,
                updated, unchanged, unlisted, rejected, sqlWrites, heapPeakBytes / (1024 * 1024));
    }
}
