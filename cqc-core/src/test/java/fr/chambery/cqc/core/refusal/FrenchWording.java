package fr.chambery.cqc.core.refusal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The French sentence a person reads for a refusal, taken from the interface's bundle (in cqc-web, the one
 * place refusals are worded) by the rule of {@code RefusalMessages}: the core's tests assert the text, not
 * only the key.
 */
public final class FrenchWording {

    private static final Path BUNDLE = Path.of("../cqc-web/src/main/resources/fr/chambery/cqc/web/i18n/messages_fr.properties");
    private static final Properties FRENCH = load();

    private FrenchWording() {
    }

    public static String of(Refusal refusal) {
        String pattern = FRENCH.getProperty(refusal.key());
        if (pattern == null) {
            throw new AssertionError("No French sentence for " + refusal.key() + " in " + BUNDLE);
        }
        Object[] arguments = refusal.arguments().stream().map(a -> a instanceof Refusal inner ? of(inner) : a).toArray();
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(arguments);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
