package fr.chambery.cqc.bench.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JvmOptionsTest {

    @Test
    void keepsOneOptionALineWithoutCommentsOrBlankLines() {
        assertThat(JvmOptions.parse("# the heap\n-Xmx384m\n\n   # indented comment\n  -XX:+UseSerialGC  \n"))
                .containsExactly("-Xmx384m", "-XX:+UseSerialGC");
    }

    @Test
    void theProjectsOwnFileGivesOptionsTheJvmTakes() throws IOException {
        assertThat(JvmOptions.read(Path.of("../config/jvm.options"))).isNotEmpty().allMatch(option -> option.startsWith("-X"));
    }
}
