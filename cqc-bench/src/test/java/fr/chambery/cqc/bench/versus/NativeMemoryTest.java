package fr.chambery.cqc.bench.versus;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NativeMemoryTest {

    @Test
    void readsTheCommittedPartsOfARealJava25Summary() throws IOException {
        NativeMemory memory = NativeMemory.parse(WrkFiguresTest.resource("nmt-summary.txt"));
        assertThat(memory.totalKb()).isEqualTo(478534);
        assertThat(memory.heapKb()).isEqualTo(393216);
        assertThat(memory.metaspaceKb()).as("Metaspace 7912 + Class 1344").isEqualTo(7912 + 1344);
        assertThat(memory.codeCacheKb()).isEqualTo(8474);
        assertThat(memory.threadsKb()).isEqualTo(970);
        assertThat(memory.threads()).isEqualTo(19);
        assertThat(memory.directBuffersKb()).as("Other").isEqualTo(10);
        assertThat(memory.gcKb()).isEqualTo(45393);
        assertThat(memory.sharedClassesKb()).isEqualTo(13908);
        assertThat(memory.heapKb() + memory.metaspaceKb() + memory.codeCacheKb() + memory.threadsKb() + memory.directBuffersKb()
                + memory.gcKb() + memory.sharedClassesKb() + memory.restKb()).isEqualTo(memory.totalKb());
    }

    @Test
    void describesTheResidentMemoryAndEachPartInMegabytes() throws IOException {
        NativeMemory memory = NativeMemory.parse(WrkFiguresTest.resource("nmt-summary.txt"));
        assertThat(memory.describe(600L * 1024 * 1024)).startsWith("resident memory (RSS) 600 MB; JVM committed 467 MB: heap 384, metaspace 9, ")
                .contains("code cache 8", "threads 0 (19)", "direct buffers 0", "GC 44", "shared classes 13");
    }

    @Test
    void refusesWhatIsNotASummaryAndSaysWhy() {
        assertThatThrownBy(() -> NativeMemory.parse("12345:\nNative memory tracking is not enabled\n"))
                .hasMessageContaining("-XX:NativeMemoryTracking=summary").hasMessageContaining("not enabled");
    }
}
