package fr.chambery.cqc.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options of {@code ./cqc run}, read from {@code config/jvm.options} (one per line, {@code #}
 * comments), so that the kit measures the server as {@code ./cqc run} starts it.
 */
public final class JvmOptions {

    private JvmOptions() {
    }

    public static List<String> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static List<String> parse(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
