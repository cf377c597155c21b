package fr.chambery.cqc.web.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Our style sheets, scripts and images ({@code webapp/resources/cqc/}) under a URL that carries a hash
 * of their content, {@code /assets/{hash}/css/cqc.css}: served by {@link VersionedAssets} with
 * {@code Cache-Control: public, max-age=31536000, immutable}, since a new content gets a new URL. In a
 * page: {@code <link rel="stylesheet" href="#{request.contextPath}#{assets.path('css/cqc.css')}"/>}.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

    static final String ROOT = "/resources/cqc/";
    private static final Pattern ASSET = Pattern.compile("(css|js|img)/[a-z0-9-]+\\.(css|js|svg|png)");

    @Inject
    ServletContext servletContext;

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /** The versioned path of an asset, relative to the context root, e.g. {@code /assets/1a2b3c4d5e6f/css/cqc.css}. */
    public String path(String asset) {
        return "/assets/" + hashOf(asset).orElseThrow(() -> new IllegalArgumentException("no asset " + asset)) + "/" + asset;
    }

    /** The hash of the asset's current content, or empty when there is no such asset. */
    Optional<String> hashOf(String asset) {
        if (!ASSET.matcher(asset).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(hashes.computeIfAbsent(asset, this::hash));
    }

    /** The asset's bytes (only names {@code css|js|img/name.ext}: nothing else is reachable). */
    Optional<byte[]> bytesOf(String asset) {
        if (!ASSET.matcher(asset).matches()) {
            return Optional.empty();
        }
        try (InputStream in = servletContext.getResourceAsStream(ROOT + asset)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String hash(String asset) {
        return bytesOf(asset).map(StaticAssets::fingerprint).orElse(null);
    }

    static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(content), 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
