package fr.chambery.cqc.bench.load;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlainCookiesTest {

    @Test
    void aSessionsCookiesGoBackAsABrowserSendsThemEvenAValueWithAColon() throws Exception {
        PlainCookies cookies = new PlainCookies();
        URI page = URI.create("http://localhost:9300/admin/");
        cookies.put(URI.create("http://localhost:9300/login"), Map.of("Set-Cookie", List.of(
                "JSESSIONID=f7a27ed68b97; Path=/; HttpOnly; SameSite=lax", "JSESSIONIDVERSION=2f:1; Path=/; HttpOnly; SameSite=lax")));

        List<String> sent = cookies.get(page, Map.of()).get("Cookie");

        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst()).doesNotContain("$Version", "\"", "$Path")
                .contains("JSESSIONID=f7a27ed68b97", "JSESSIONIDVERSION=2f:1");
    }

    @Test
    void noCookieNoHeader() {
        assertThat(new PlainCookies().get(URI.create("http://localhost:9300/"), Map.of())).isEmpty();
    }
}
