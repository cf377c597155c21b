package fr.chambery.cqc.bench.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What an answer says about HTTP caching, in a few words for the table: compression, validators
 * ({@code ETag}, {@code Last-Modified}) and whether a conditional request is answered 304, and the
 * {@code Cache-Control} it carries, and whether the server's cache of rendered pages answered it ({@code X-Cache}).
 */
final class CachingProbe {

    private CachingProbe() {
    }

    static String of(LoadDriver driver, Target target) {
        try {
            HttpResponse<byte[]> first = driver.send(target, List.of());
            List<String> facts = new ArrayList<>();
            first.headers().firstValue("Content-Encoding").ifPresent(facts::add);
            var etag = first.headers().firstValue("ETag");
            var modified = first.headers().firstValue("Last-Modified");
            if (etag.isPresent()) {
                int status = driver.send(target, List.of("If-None-Match", etag.get())).statusCode();
                facts.add("ETag→" + status);
            }
            if (modified.isPresent()) {
                int status = driver.send(target, List.of("If-Modified-Since", modified.get())).statusCode();
                facts.add("Last-Modified→" + status);
            }
            facts.add(first.headers().firstValue("Cache-Control").map(c -> "Cache-Control: " + c).orElse("no Cache-Control"));
            first.headers().firstValue("X-Cache").ifPresent(c -> facts.add("rendered pages' cache: " + c));
            return String.join(", ", facts);
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
