package nl.kabiz.smr.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. The API and the engine REST API use HTTP Basic against Camunda's identity service
 * (roles from group membership), the portal its API key; the Camunda webapps do their own session login.
 * Failed logins of every kind are throttled ({@link LoginThrottle}). Anything else is refused.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService, ApiKeySettings apiKeys,
            LoginThrottle throttle) throws Exception {
        BasicAuthenticationEntryPoint basicEntryPoint = new BasicAuthenticationEntryPoint();
        basicEntryPoint.setRealmName("Kwaliteitsregister SMR");
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            if (failure instanceof LoginThrottledException throttled) {
                ProblemResponses.throttled(response, throttled.retryAfter());
            } else {
                basicEntryPoint.commence(request, response, failure);
            }
        };
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .requestMatchers(path("/api/public/**")).permitAll()
                        .requestMatchers(path("/actuator/**")).hasAuthority(Groups.authority(Groups.ADMIN))
                        // the engine API is for the people who work in Tasklist and Cockpit, not for the portal
                        .requestMatchers(path("/engine-rest/**")).hasAnyAuthority(
                                Groups.authority(Groups.CASEWORKERS), Groups.authority(Groups.SUPERVISORS),
                                Groups.authority(Groups.COMMISSION), Groups.authority(Groups.OPERATORS),
                                Groups.authority(Groups.ADMIN))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                // stateless Basic authentication: no cookie is trusted for a change, so no CSRF token is needed
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http, LoginThrottle throttle, IdentityService identityService)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // the Camunda webapps check their own session login and CSRF token
                        .requestMatchers(path("/camunda/**"), path("/"), path("/error"), path("/favicon.ico")).permitAll()
                        // the public register page and its stylesheet (issue 11)
                        .requestMatchers(path("/register"), path("/register/**")).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // throttled webapp login; no webapp for service accounts
                .addFilterBefore(new WebappLoginFilter(throttle, identityService), AuthorizationFilter.class)
                // /error is where errors are rendered, not a page to ask for (it would answer 500)
                .addFilterBefore(new DirectErrorRequestFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /** A URL the firewall refuses ({@code ..;}, encoded slashes, ...) is a 400 with a Dutch problem, never a 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(response, HttpStatus.BAD_REQUEST,
                "rejected-url", "Dit adres wordt niet geaccepteerd");
    }

    /**
     * Path matchers independent of Spring MVC: the engine REST API and the webapps are other servlets, which
     * MVC-based matchers do not see.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
