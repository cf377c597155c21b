package fr.chambery.cqc.web.production;

import fr.chambery.cqc.payara.PayaraProcess;

import java.nio.file.Path;

/** The war this module packages, on the Payara Micro it downloads, its output in {@code target/{name}-payara.log}. */
final class PackagedApplication {

    private PackagedApplication() {
    }

    static PayaraProcess.Launch launch(String name) {
        return PayaraProcess.of(Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
                        Path.of(System.getProperty("cqc.war", "target/cqc.war")))
                .tmpDir(Path.of(System.getProperty("cqc.tmpdir", "target/tmp")))
                .log(Path.of("target", name + "-payara.log"));
    }
}
