package fr.chambery.cqc.bench;

import fr.chambery.cqc.bench.dataset.DatasetSize;
import fr.chambery.cqc.bench.dataset.DatasetSlice;
import fr.chambery.cqc.bench.dataset.DatasetSlices;
import fr.chambery.cqc.bench.dataset.SpaceSlugs;
import fr.chambery.cqc.bench.load.SameRun;
import fr.chambery.cqc.bench.load.Target;
import fr.chambery.cqc.bench.load.Targets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's shell (Bench, its tables, its load driver, its nginx and Lighthouse comparisons, its server and sync
 * measures) names no component: no slice's component key, class or package, and no word of the addresses only a
 * slice asks for (its pages' path segments, such as its lists and its API resources, and its same-run table's
 * name), in any string. Each component's
 * requests are declared by its slice; the generator is held to the same by {@code DatasetGeneratorTest}.
 */
class KitNamesNoComponentTest {

    private static final Path KIT = Path.of("src/main/java/fr/chambery/cqc/bench");
    private static final List<String> SHELL = List.of("", "load", "versus", "lighthouse", "server", "sync", "cluster");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void noStringOfTheShellNamesAComponentOrAnAddressOnlyASliceAsksFor() throws IOException {
        Set<String> words = componentWords();
        assertThat(words).as("the words of the components' own addresses and keys")
                .contains("meetings", "documents", "associations", "fabrique", "programme", "subjects", "membership");
        for (Path source : shellSources()) {
            List<String> literals = literals(Files.readString(source));
            for (String word : words) {
                Pattern named = Pattern.compile("(?<![\\p{L}_-])" + Pattern.quote(word) + "(?![\\p{L}_-])", Pattern.CASE_INSENSITIVE);
                assertThat(literals).as("%s names « %s »", source.getFileName(), word).noneMatch(l -> named.matcher(l).find());
            }
        }
    }

    @Test
    void theShellImportsNoSliceAndNoComponentsPackage() throws IOException {
        for (Path source : shellSources()) {
            String code = Files.readString(source);
            for (DatasetSlice slice : DatasetSlices.all()) {
                String feature = slice.getClass().getPackageName().substring(slice.getClass().getPackageName().lastIndexOf('.') + 1);
                assertThat(code).as(source.getFileName().toString()).doesNotContain(slice.getClass().getSimpleName())
                        .doesNotContain("fr.chambery.cqc.bench.dataset." + feature + ".")
                        .doesNotContain("fr.chambery.cqc.core." + feature + ".");
            }
        }
    }

    @Test
    void theShellSourcesAreFoundAndBenchIsAmongThem() throws IOException {
        assertThat(shellSources()).extracting(p -> p.getFileName().toString())
                .contains("Bench.java", "Comparison.java", "MeasuredTargets.java", "CoreTargets.java", "StaticComparison.java", "LoadDriver.java");
    }

    /**
     * The slices' component keys, and the path segments of their addresses (at x100, the richest size) that no
     * address of the core's has: what would name a component if the shell held it.
     */
    private static Set<String> componentWords() {
        SpaceSlugs slugs = new SpaceSlugs(DatasetSize.X100.counts());
        Set<String> core = segments(CoreTargets.of(slugs));
        Set<String> words = new TreeSet<>();
        for (DatasetSlice slice : DatasetSlices.all()) {
            words.add(slice.declaration().componentKey());
            segments(slice.targets(slugs)).stream().filter(s -> !core.contains(s)).forEach(words::add);
        }
        return words;
    }

    private static Set<String> segments(Targets targets) {
        Set<String> segments = new TreeSet<>();
        Stream.of(targets.atEverySize(), targets.whenGenerated(), targets.besideStatic()).flatMap(List::stream).map(Target::path)
                .forEach(path -> segments.addAll(List.of(path.split("\\?", 2)[0].split("/"))));
        targets.sameRun().stream().map(SameRun::title).forEach(title -> segments.add(title.split(":")[0].toLowerCase()));
        segments.remove("");
        return segments;
    }

    private static List<String> literals(String code) {
        List<String> literals = new ArrayList<>();
        Matcher m = LITERAL.matcher(code.replaceAll("(?m)^\\s*(//|\\*|/\\*\\*).*$", ""));
        while (m.find()) {
            literals.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return literals;
    }

    private static List<Path> shellSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String pkg : SHELL) {
            try (Stream<Path> files = Files.list(KIT.resolve(pkg))) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
            }
        }
        return sources;
    }
}
