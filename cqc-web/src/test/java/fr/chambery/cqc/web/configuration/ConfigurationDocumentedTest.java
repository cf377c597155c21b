package fr.chambery.cqc.web.configuration;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every configuration key the application defines is documented in config/, and the examples use only those. */
class ConfigurationDocumentedTest {

    private static final Path DEFAULTS = Path.of("src/main/resources/META-INF/microprofile-config.properties");
    private static final Path CONFIG = Path.of("../config");

    @Test
    void everyDefaultKeyIsDocumented() throws IOException {
        String readme = Files.readString(CONFIG.resolve("README.md"));
        assertThat(load(DEFAULTS).stringPropertyNames())
                .isNotEmpty()
                .allSatisfy(key -> assertThat(readme).contains("`" + key + "`"));
    }

    @Test
    void theProductionExampleSetsOnlyKnownKeys() throws IOException {
        Properties defaults = load(DEFAULTS);
        Properties production = load(CONFIG.resolve("production.properties"));
        assertThat(production.stringPropertyNames()).allSatisfy(key -> assertThat(defaults).containsKey(key));
        assertThat(production.getProperty("cqc.demo.enabled")).isEqualTo("false");
        assertThat(production).doesNotContainKey("cqc.datasource.password");
    }

    @Test
    void theClusterProfileSetsOnlyKnownKeys() throws IOException {
        Properties defaults = load(DEFAULTS);
        assertThat(load(CONFIG.resolve("cluster/cluster.properties")).stringPropertyNames())
                .isNotEmpty().allSatisfy(key -> assertThat(defaults).containsKey(key));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
