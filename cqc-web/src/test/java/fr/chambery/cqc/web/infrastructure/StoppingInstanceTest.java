package fr.chambery.cqc.web.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A stopping instance turns new requests away with a 503 that touches nothing; a running one lets them through. */
class StoppingInstanceTest {

    private final List<String> calls = new ArrayList<>();
    private final StringWriter body = new StringWriter();

    @Test
    void onceStoppingANewRequestIsAnswered503WithoutReachingTheApplication() throws Exception {
        StoppingInstance filter = filter();
        filter.stop.begin();
        boolean[] passedOn = {false};

        filter.doFilter(request(), response(), (FilterChain) (req, res) -> passedOn[0] = true);

        assertThat(passedOn[0]).isFalse();
        assertThat(calls).containsExactly("setStatus 503", "setHeader Retry-After 5", "setHeader Connection close",
                "setContentType text/plain;charset=UTF-8");
        assertThat(body.toString()).contains("renvoyez votre demande");
        assertThat(filter.stop.stopping()).isTrue();
    }

    @Test
    void aRunningInstanceLetsEveryRequestThrough() throws Exception {
        StoppingInstance filter = filter();
        boolean[] passedOn = {false};

        filter.doFilter(request(), response(), (FilterChain) (req, res) -> passedOn[0] = true);

        assertThat(passedOn[0]).isTrue();
        assertThat(calls).isEmpty();
    }

    private static StoppingInstance filter() {
        StoppingInstance filter = new StoppingInstance();
        filter.stop = new GracefulStop();
        return filter;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> null);
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body, true);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getWriter" -> writer;
                    case "setStatus", "setContentType" -> {
                        calls.add(method.getName() + " " + args[0]);
                        yield null;
                    }
                    case "setHeader" -> {
                        calls.add("setHeader " + args[0] + " " + args[1]);
                        yield null;
                    }
                    default -> null;
                });
    }
}
