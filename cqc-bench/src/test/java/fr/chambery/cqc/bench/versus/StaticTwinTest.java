package fr.chambery.cqc.bench.versus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaticTwinTest {

    @Test
    void servesEachCopyAtItsOwnAddressWithTheApplicationsContentTypeAndItsCompressedBytes() {
        List<StaticTwin.Copy> copies = List.of(new StaticTwin.Copy("text/html;charset=UTF-8", new byte[] {1}, new byte[] {2}),
                new StaticTwin.Copy("application/json", new byte[] {3}, null));
        String conf = StaticTwin.configuration(Path.of("/tmp/twin"), 9599, copies);
        assertThat(conf).contains("listen 127.0.0.1:9599;", "root /tmp/twin/www;", "daemon off;", "access_log off;", "worker_processes 2;",
                "location = /t0 { default_type \"text/html;charset=UTF-8\"; gzip_static on; }",
                "location = /t1 { default_type \"application/json\"; gzip_static on; }");
    }
}
