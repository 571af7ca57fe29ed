package nl.kabiz.smr.publicregister;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the anonymous public register per client address (a bucket4j token bucket per address, refilled
 * gradually): beyond {@code smr.public-register.rate-limit.requests} per {@code period} the answer is 429 with
 * {@code Retry-After} in seconds. Buckets live in memory, per instance, and are forgotten after a period without
 * requests (by then they are full again). Behind a reverse proxy the client address is the proxy's unless
 * {@code server.forward-headers-strategy} is set (see README).
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** More addresses than this at once: the least recently seen are forgotten (memory bound). */
    static final int MAX_CLIENTS = 100_000;

    private final PublicRegisterSettings.RateLimit limit;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(PublicRegisterSettings.RateLimit limit) {
        this.limit = limit;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.period()).maximumSize(MAX_CLIENTS).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = "Te veel verzoeken vanaf uw adres. Probeer het over " + seconds + " seconden opnieuw.";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:smr:problem:too-many-requests\",\"title\":\"Too Many Requests\","
                    + "\"status\":429,\"detail\":\"" + message + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }
}
