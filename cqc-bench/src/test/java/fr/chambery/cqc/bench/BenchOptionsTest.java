package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void defaultsToTheDemoOnH2WithThirtyTwoConnections() {
        BenchOptions options = BenchOptions.parse();
        assertThat(options.size()).isEqualTo(DatasetSize.X1);
        assertThat(options.database()).isEqualTo("h2");
        assertThat(options.connections()).isEqualTo(32);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.rnaRows()).isEqualTo(500_000);
        assertThat(options.url()).isEmpty();
        assertThat(options.instances()).isEqualTo(1);
    }

    @Test
    void twoInstancesRunOnPostgresqlWithTheDemo() {
        BenchOptions options = BenchOptions.parse("--instances", "2", "--seconds", "3");
        assertThat(options.instances()).isEqualTo(2);
        assertThat(options.database()).as("the instances share one database").isEqualTo("postgresql");
        assertThat(options.size()).isEqualTo(DatasetSize.X1);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(BenchOptions.parse("x1", "--database", "postgresql", "--instances", "2").instances()).isEqualTo(2);
        assertThat(BenchOptions.parse("--instances", "1").database()).isEqualTo("h2");
    }

    @Test
    void refusesTwoInstancesWithWhatTheClusterCannotRun() {
        assertThatThrownBy(() -> BenchOptions.parse("--instances", "3")).isInstanceOf(BenchUsageException.class)
                .hasMessage("--instances takes 1 or 2 (two instances behind nginx), not « 3 ».");
        assertThatThrownBy(() -> BenchOptions.parse("--instances", "0")).hasMessageStartingWith("--instances takes 1 or 2");
        assertThatThrownBy(() -> BenchOptions.parse("--instances", "deux")).hasMessage("--instances takes a whole number, not « deux ».");
        assertThatThrownBy(() -> BenchOptions.parse("--instances")).hasMessageStartingWith("--instances needs a value.");
        assertThatThrownBy(() -> BenchOptions.parse("--database", "h2", "--instances", "2"))
                .hasMessage("--instances 2 runs on PostgreSQL (the instances share one database), not H2.");
        assertThatThrownBy(() -> BenchOptions.parse("x100", "--instances", "2")).hasMessage("--instances 2 measures the demo (x1), not x100.");
        assertThatThrownBy(() -> BenchOptions.parse("--instances", "2", "--url", "http://localhost:8080/"))
                .hasMessage("--instances 2 starts its own cluster: leave --url out.");
    }

    @Test
    void readsEveryOption() {
        BenchOptions options = BenchOptions.parse("X100", "--database", "postgresql", "--connections", "8", "--seconds", "2",
                "--rna-rows", "0", "--url", "http://localhost:8080");
        assertThat(options.size()).isEqualTo(DatasetSize.X100);
        assertThat(options.database()).isEqualTo("postgresql");
        assertThat(options.connections()).isEqualTo(8);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.rnaRows()).isZero();
        assertThat(options.url()).contains(URI.create("http://localhost:8080/"));
    }

    @Test
    void refusesWhatItDoesNotKnowWithAMessage() {
        assertThatThrownBy(() -> BenchOptions.parse("x7")).isInstanceOf(BenchUsageException.class)
                .hasMessage("Unknown dataset size « x7 »: the sizes are x1, x100.");
        assertThatThrownBy(() -> BenchOptions.parse("--database", "oracle")).isInstanceOf(BenchUsageException.class)
                .hasMessageStartingWith("Unknown database « oracle »: h2 or postgresql.");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds")).hasMessageStartingWith("--seconds needs a value.");
        assertThatThrownBy(() -> BenchOptions.parse("--connections", "beaucoup")).hasMessage("--connections takes a whole number, not « beaucoup ».");
        assertThatThrownBy(() -> BenchOptions.parse("--url", "localhost:8080")).hasMessageContaining("--url takes the server's address");
        assertThatThrownBy(() -> BenchOptions.parse("--vite")).hasMessageStartingWith("Unknown option « --vite ».");
    }
}
