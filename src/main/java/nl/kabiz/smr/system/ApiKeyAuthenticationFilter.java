package nl.kabiz.smr.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The KABIZ portal, a machine client, authenticates with its own key in {@code X-Api-Key}, compared with the
 * configured SHA-256 hash in constant time. The key is not a Camunda user: login attempts against the user store
 * cannot lock it, and it opens no webapp. Wrong keys count as failed logins of the client address.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    /** The principal name the portal's requests run under (recorded as "submitted by"). */
    static final String PORTAL_PRINCIPAL = "portal";

    private final byte[] keyHash;
    private final LoginThrottle throttle;

    ApiKeyAuthenticationFilter(ApiKeySettings settings, LoginThrottle throttle) {
        this.keyHash = settings.portalKeyHash();
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Optional<Duration> refusal = throttle.refusal(address, null);
        if (refusal.isPresent()) {
            ProblemResponses.throttled(response, refusal.get());
            return;
        }
        if (keyHash == null || !MessageDigest.isEqual(keyHash, sha256(request.getHeader(HEADER)))) {
            throttle.failed(address, null);
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Onbekende API-sleutel");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                PORTAL_PRINCIPAL, null, List.of(new SimpleGrantedAuthority(Groups.authority(Groups.PORTAL)))));
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
