package nl.kabiz.smr.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the Camunda webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}): the
 * same throttle as HTTP Basic, and service accounts (group {@code portal}) are refused by every webapp, Welcome
 * included.
 */
class WebappLoginFilter extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]*");

    private final LoginThrottle throttle;
    private final IdentityService identityService;

    WebappLoginFilter(LoginThrottle throttle, IdentityService identityService) {
        this.throttle = throttle;
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LOGIN.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String userId = request.getParameter("username");
        Optional<Duration> refusal = throttle.refusal(address, userId);
        if (refusal.isPresent()) {
            ProblemResponses.throttled(response, refusal.get());
            return;
        }
        if (userId != null && !userId.isBlank()
                && identityService.createGroupQuery().groupMember(userId).groupId(Groups.PORTAL).count() > 0) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "forbidden",
                    "Service-accounts hebben geen toegang tot de webapplicaties");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(address, userId);
        } else if (response.getStatus() == HttpStatus.OK.value()) {
            throttle.succeeded(userId);
        }
    }
}
