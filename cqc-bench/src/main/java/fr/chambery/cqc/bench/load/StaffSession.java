package fr.chambery.cqc.bench.load;

import fr.chambery.cqc.bench.BenchUsageException;
import fr.chambery.cqc.core.account.SecondFactor;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Signs the driver's session client in to the back office with the sign-in form (password and TOTP code). */
public final class StaffSession {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private StaffSession() {
    }

    public static void signIn(LoadDriver driver, String email, String password, String totpSecret) throws IOException, InterruptedException {
        HttpResponse<String> form = driver.sessionClient().send(HttpRequest.newBuilder(driver.base().resolve("/login"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.put("email", email);
        fields.put("password", password);
        fields.put("code", SecondFactor.codeAt(totpSecret, Instant.now()));
        fields.put("submit", "Se connecter");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        driver.sessionClient().send(HttpRequest.newBuilder(driver.base().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<byte[]> admin = driver.send(Target.backOffice("admin/"), java.util.List.of());
        if (admin.statusCode() != 200 || admin.body().length == 0) {
            throw new BenchUsageException("Could not sign in to the back office as " + email + " (admin/ answered "
                    + admin.statusCode() + " with " + admin.body().length + " bytes).");
        }
    }
}
