package fr.chambery.cqc.payara;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayaraProcessTest {

    @Test
    void startsTheWarAtTheRootWithItsPropertiesAndOptions() {
        PayaraProcess.Launch launch = PayaraProcess.of(Path.of("micro.jar"), Path.of("cqc.war"))
                .heap("256m").tmpDir(Path.of("tmp"))
                .systemProperties(Map.of("cqc.data-dir", "/data"))
                .options("--systemproperties", "production.properties");

        assertThat(launch.command(9150)).endsWith("-Xmx256m", "-Djava.io.tmpdir=tmp", "-Dcqc.data-dir=/data",
                "-jar", "micro.jar", "--nocluster", "--port", "9150", "--deploy", "cqc.war", "--contextroot", "/",
                "--systemproperties", "production.properties");
    }

    @Test
    void refusesToStartWhatIsNotBuilt(@TempDir Path dir) {
        assertThatThrownBy(() -> PayaraProcess.of(dir.resolve("payara-micro.jar"), dir.resolve("cqc.war")).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not built").hasMessageContaining("payara-micro.jar");
    }

    @Test
    void aProcessThatStopsWhileStartingFailsAtOnceWithItsOutput(@TempDir Path dir) throws Exception {
        Path notAJar = Files.writeString(dir.resolve("payara-micro.jar"), "not a jar");
        Path war = Files.writeString(dir.resolve("cqc.war"), "not a war");

        long before = System.nanoTime();
        assertThatThrownBy(() -> PayaraProcess.of(notAJar, war).log(dir.resolve("out.log")).readyWithin(Duration.ofMinutes(2)).start())
                .isInstanceOf(PayaraProcess.NotReadyException.class)
                .hasMessageContaining("stopped while starting")
                .hasMessageContaining("out.log")
                .hasMessageContaining("jarfile");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("not the whole timeout").isLessThan(Duration.ofSeconds(30));
    }
}
