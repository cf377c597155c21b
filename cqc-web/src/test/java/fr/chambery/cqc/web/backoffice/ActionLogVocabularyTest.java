package fr.chambery.cqc.web.backoffice;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import fr.chambery.cqc.core.actionlog.Verb;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every verb of the action log and every kind of resource the core declares is named in both languages,
 * and the log's filter offers every kind: read from {@link Verb}, from every {@link ResourceType} constant of
 * the core's classes and from every {@link LoggedResources} the core deploys, so that a new one cannot show
 * {@code ???admin.log.type.…???} nor be missing from the filter.
 */
class ActionLogVocabularyTest {

    private static final String RESOURCE_TYPE = ResourceType.class.getName().replace('.', '/');
    private static final Path BUNDLES = Path.of("src/main/resources/fr/chambery/cqc/web/i18n");

    @Test
    void everyVerbAndResourceTypeIsNamedInFrenchAndEnglishAndFiltered() throws Exception {
        List<Class<?>> core = coreClasses();
        Set<String> declared = new TreeSet<>();
        List<LoggedResources> features = new ArrayList<>();
        for (Class<?> type : core) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == ResourceType.class && Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    declared.add(((ResourceType) field.get(null)).key());
                }
            }
            if (LoggedResources.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                features.add((LoggedResources) type.getDeclaredConstructor().newInstance());
            }
        }
        List<String> verbs = Arrays.stream(Verb.values()).map(Verb::stored).toList();

        assertThat(verbs).contains("create", "update", "sign_up", "new_version", "discard");
        assertThat(declared).contains("assembly", "document", "document_collection", "membership", "association", "sync_run");
        for (String language : new String[]{"fr", "en"}) {
            Properties bundle = load(language);
            assertThat(verbs).allSatisfy(v -> assertThat(bundle).as(language).containsKey("admin.log.action." + v));
            assertThat(declared).allSatisfy(t -> assertThat(bundle).as(language).containsKey("admin.log.type." + t));
        }
        assertThat(ActionLogBoard.resourceTypes(features)).containsExactlyInAnyOrderElementsOf(declared);
    }

    /**
     * Every class compiled in the core (its classes directory or its jar, as the build puts it on the class
     * path) that names {@link ResourceType}: the others are not loaded, as some need libraries the server provides.
     */
    private static List<Class<?>> coreClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(ResourceType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    if (!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(RESOURCE_TYPE)) {
                        continue;
                    }
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    classes.add(Class.forName(name, false, ResourceType.class.getClassLoader()));
                }
            }
        }
        assertThat(classes).as("the core's classes naming ResourceType").hasSizeGreaterThan(10);
        return classes;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages_" + language + ".properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
