package fr.chambery.cqc.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo's files, under {@code /demo/} on the class path. */
public final class DemoResources {

    private DemoResources() {
    }

    /** Opens a demo file; the caller closes it. */
    public static InputStream open(String name) {
        InputStream in = DemoResources.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + name);
        }
        return in;
    }

    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
