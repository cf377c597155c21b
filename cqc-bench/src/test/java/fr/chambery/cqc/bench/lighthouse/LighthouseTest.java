package fr.chambery.cqc.bench.lighthouse;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LighthouseTest {

    @Test
    void npmInstallsThePinnedVersionForNode20IntoTheKitsOwnFolder() {
        assertThat(Lighthouse.installCommand(Path.of("target/lighthouse")))
                .containsExactly("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", "target/lighthouse", "lighthouse@12.8.2");
    }

    @Test
    void auditsThePageAsAPhoneInHeadlessChromiumAndWritesAJsonReport() {
        Lighthouse lighthouse = new Lighthouse(Path.of("target/lighthouse"), "/usr/bin/chromium");
        assertThat(lighthouse.command(URI.create("http://localhost:9500/assemblies/bissy"), Path.of("report.json")))
                .contains("http://localhost:9500/assemblies/bissy", "--output=json", "--output-path=report.json",
                        "--only-categories=performance,seo,best-practices,accessibility")
                .noneMatch(option -> option.startsWith("--form-factor") || option.startsWith("--preset"));
        assertThat(lighthouse.environment()).containsEntry("PUPPETEER_SKIP_DOWNLOAD", "true")
                .containsEntry("CHROME_PATH", "/usr/bin/chromium");
    }
}
