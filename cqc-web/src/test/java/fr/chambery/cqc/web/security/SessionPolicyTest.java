package fr.chambery.cqc.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The 12-hour limit of a signed-in session, whatever the activity (the 30 minutes idle are web.xml's). */
class SessionPolicyTest {

    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object> attributes = new HashMap<>();

    @Test
    void aSessionSignedInTwelveHoursAgoEndsAndTheUserSignsInAgain() throws Exception {
        attributes.put(SessionPolicy.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(12)).minusSeconds(1));
        boolean[] passedOn = {false};

        new SessionPolicy().doFilter(request(), response(), (FilterChain) (req, res) -> passedOn[0] = true);

        assertThat(passedOn[0]).isFalse();
        assertThat(calls).containsExactly("invalidate", "logout", "sendRedirect /cqc/login?expiree");
    }

    @Test
    void aYoungerSessionGoesOn() throws Exception {
        attributes.put(SessionPolicy.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(11)));
        boolean[] passedOn = {false};

        new SessionPolicy().doFilter(request(), response(), (FilterChain) (req, res) -> passedOn[0] = true);

        assertThat(passedOn[0]).isTrue();
        assertThat(calls).isEmpty();
    }

    private HttpServletRequest request() {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "invalidate" -> { calls.add("invalidate"); yield null; }
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> session;
                    case "getContextPath" -> "/cqc";
                    case "logout" -> { calls.add("logout"); yield null; }
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendRedirect")) {
                        calls.add("sendRedirect " + args[0]);
                    }
                    return null;
                });
    }
}
