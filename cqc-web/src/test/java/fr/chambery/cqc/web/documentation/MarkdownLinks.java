package fr.chambery.cqc.web.documentation;

import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relative links of Markdown files, checked as GitHub would follow them: the file must exist and,
 * for a {@code #fragment}, the Markdown file it names must have a heading with that anchor. Anchors are
 * GitHub's (commonmark's heading-anchor extension: lower case, spaces to '-', punctuation dropped,
 * accents kept, {@code -1}, {@code -2} for repeated headings).
 */
final class MarkdownLinks {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    /** Every broken relative link of these files, one line each: the file, the link and what is wrong. */
    List<String> brokenIn(List<Path> files) {
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            for (Element link : html(file).select("a[href], img[src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                problem(file, target).ifPresent(p -> broken.add(file + ": " + target + " — " + p));
            }
        }
        return broken;
    }

    /** The anchors GitHub gives the headings of a Markdown file. */
    Set<String> anchorsOf(Path file) {
        return anchors.computeIfAbsent(file.toAbsolutePath().normalize(), f -> html(f).select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> h.id()).filter(id -> !id.isEmpty()).collect(Collectors.toSet()));
    }

    private java.util.Optional<String> problem(Path file, String target) {
        if (target.isEmpty() || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return java.util.Optional.empty(); // http:, https:, mailto: are not this project's files
        }
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String fragment = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        Path resolved = path.isEmpty() ? file : file.toAbsolutePath().getParent().resolve(path).normalize();
        if (!Files.exists(resolved)) {
            return java.util.Optional.of("no such file " + resolved);
        }
        if (fragment != null && resolved.toString().endsWith(".md") && !anchorsOf(resolved).contains(fragment)) {
            return java.util.Optional.of("no heading with the anchor #" + fragment + " in " + resolved.getFileName()
                    + " (its anchors: " + anchorsOf(resolved) + ")");
        }
        return java.util.Optional.empty();
    }

    private static Document html(Path file) {
        try {
            return Jsoup.parse(RENDERER.render(PARSER.parse(Files.readString(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
