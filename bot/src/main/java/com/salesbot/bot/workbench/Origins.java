package com.salesbot.bot.workbench;

import io.micronaut.http.HttpRequest;
import java.net.URI;

/**
 * Second CSRF guard next to the token header: a state change whose browser names another origin (Origin header,
 * or Sec-Fetch-Site cross-site) is refused. The origin is the public URL's, else the request's own host.
 */
final class Origins {
    private Origins() {
    }

    static boolean sameOrigin(HttpRequest<?> request, String publicUrl) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null && site.equals("cross-site")) {
            return false;
        }
        String origin = request.getHeaders().get("Origin");
        if (origin == null || origin.isBlank()) {
            return true; // not a browser, or a same-origin GET; the CSRF token still has to match
        }
        String host = request.getHeaders().get("Host");
        try {
            URI o = URI.create(origin);
            String hostPort = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            if (publicUrl != null) {
                URI p = URI.create(publicUrl);
                if (o.getScheme().equals(p.getScheme()) && o.getHost().equalsIgnoreCase(p.getHost())
                        && o.getPort() == p.getPort()) {
                    return true;
                }
            }
            return host != null && hostPort.equalsIgnoreCase(host);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
