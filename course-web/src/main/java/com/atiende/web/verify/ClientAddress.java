package com.atiende.web.verify;

import com.atiende.infrastructure.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address of the client behind a request, for limits per client. Behind a reverse proxy or load balancer every
 * request comes from the proxy, so when the peer is one of ATIENDE_TRUSTED_PROXIES (comma-separated addresses) the
 * client is the last address in X-Forwarded-For that is not itself a trusted proxy. The header is ignored from
 * anyone else: a client could put any address there.
 */
@ApplicationScoped
public class ClientAddress {

    private Set<String> trustedProxies;

    /** For CDI. */
    protected ClientAddress() {
    }

    /** For tests. */
    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Inject
    void configure(Settings settings) {
        trustedProxies = settings.trustedProxies();
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String peer, String forwardedFor) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
