package fr.chambery.cqc.bench.versus;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The load generator of the side-by-side comparison: wrk (Debian's {@code wrk}), a C program that
 * costs the two cores far less than a Java client, so that the static server's figure is the server's.
 * Two threads, {@code connections} keep-alive connections, {@code Accept-Encoding: gzip} as a browser.
 */
public final class Wrk {

    private final int connections;
    private final Duration duration;

    public Wrk(int connections, Duration duration) {
        this.connections = connections;
        this.duration = duration;
    }

    /** Its connections and duration, for the table's title. */
    String describe() {
        return connections + " connections, " + duration.toSeconds() + " s a page after a warm-up run of the same length";
    }

    /** Whether wrk is installed. */
    public static boolean available() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command line for one run against one address. */
    List<String> command(URI address, String accept) {
        return new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s", "--latency",
                "-H", "Accept: " + accept, "-H", "Accept-Encoding: gzip", address.toString()));
    }

    public WrkFigures run(URI address, String accept) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(command(address, accept)).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed on " + address + ":\n" + output);
        }
        return WrkFigures.parse(output);
    }
}
