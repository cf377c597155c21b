package fr.chambery.cqc.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's own figures, read from MicroProfile Metrics: SQL statements and writes, heap in use. */
public final class ServerMetrics {

    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    public ServerMetrics(URI base) {
        this.base = base;
    }

    public long sqlStatements() {
        return (long) read("application", "cqc_sql_statements");
    }

    public long sqlWrites() {
        return (long) read("application", "cqc_sql_writes");
    }

    public long heapUsedBytes() {
        return (long) read("base", "memory_usedHeap_bytes");
    }

    private double read(String scope, String name) {
        try {
            String text = client.send(HttpRequest.newBuilder(base.resolve("/metrics?scope=" + scope)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*})?\\s+([0-9.Ee+-]+)").matcher(text);
            if (!value.find()) {
                throw new IllegalStateException("The server publishes no " + name + " metric at /metrics?scope=" + scope + ".");
            }
            return Double.parseDouble(value.group(2));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
