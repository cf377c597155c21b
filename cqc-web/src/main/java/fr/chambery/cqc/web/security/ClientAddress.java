package fr.chambery.cqc.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visitor's network address, for the throttles: the connection's peer, unless that peer is one of the
 * load balancers of {@code cqc.http.trusted-proxies}; then the last address of {@code X-Forwarded-For}
 * that none of them added. Behind nginx without it, every visitor would share nginx's address, and one
 * limit; from anyone else, the header is ignored (it is the visitor's to forge).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "cqc.http.trusted-proxies")
    Optional<String> trusted = Optional.empty();

    public ClientAddress() {
    }

    ClientAddress(String trusted) {
        this.trusted = Optional.of(trusted);
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        Set<String> proxies = trusted.stream().flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(address -> !address.isEmpty()).collect(Collectors.toSet());
        if (!proxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
