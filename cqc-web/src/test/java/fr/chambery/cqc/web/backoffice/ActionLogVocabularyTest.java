package fr.chambery.cqc.web.backoffice;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action and kind of resource that the core writes to the action log is named in both languages
 * and offered by the log's filter: read from the core's {@code log.record(actor, action, type, …)} calls,
 * so that a new one cannot show {@code ???admin.log.type.…???}.
 */
class ActionLogVocabularyTest {

    private static final Path CORE = Path.of("../cqc-core/src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/fr/chambery/cqc/web/i18n");
    private static final Pattern RECORD = Pattern.compile("log\\.record\\(\\s*[\\w.]+\\s*,\\s*([^,]+?)\\s*,\\s*(\"\\w+\"|RESOURCE)\\s*,");
    private static final Pattern RESOURCE = Pattern.compile("String RESOURCE = \"(\\w+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"(\\w+)\"");

    @Test
    void everyLoggedActionAndResourceTypeIsNamedInFrenchAndEnglishAndFiltered() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher resource = RESOURCE.matcher(source);
                String constant = resource.find() ? resource.group(1) : null;
                Matcher call = RECORD.matcher(source);
                while (call.find()) {
                    LITERAL.matcher(call.group(1)).results().forEach(m -> actions.add(m.group(1)));
                    types.add(call.group(2).equals("RESOURCE") ? constant : call.group(2).replace("\"", ""));
                }
            }
        }
        assertThat(actions).contains("create", "update", "sign_up", "new_version");
        assertThat(types).doesNotContainNull().contains("assembly", "document", "membership", "association");
        for (String language : new String[]{"fr", "en"}) {
            Properties bundle = load(language);
            assertThat(actions).allSatisfy(a -> assertThat(bundle).as(language).containsKey("admin.log.action." + a));
            assertThat(types).allSatisfy(t -> assertThat(bundle).as(language).containsKey("admin.log.type." + t));
        }
        assertThat(ActionLogBoard.RESOURCE_TYPES).containsExactlyInAnyOrderElementsOf(types);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages_" + language + ".properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
