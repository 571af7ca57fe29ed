package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Nobody can lock an account for good: failed logins are throttled per client address and per account with a lock
 * that expires, Camunda's permanent lock is off, and the portal logs in with an API key that no failed login locks.
 * Client addresses are set with X-Forwarded-For (trusted from 127.0.0.1 in the test profile).
 */
class AuthenticationIT extends AbstractIntegrationTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OWNER = "198.51.100.20";

    @Autowired
    LoginThrottle throttle;

    @Autowired
    IdentityService identityService;

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    /** The attack: wrong passwords for the administrator and the portal, over and over, from outside. */
    @Test
    void anOutsiderCannotLockTheAdministratorOrThePortal() {
        int refused = 0;
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpStatus admin = status(basicGet("/api/registrations/REG-2000-000001", "demo", "wrong", ATTACKER));
            HttpStatus portal = status(basicGet("/api/registrations/REG-2000-000001", "portal", "wrong", ATTACKER));
            assertThat(admin).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
            assertThat(portal).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
            refused += admin == HttpStatus.TOO_MANY_REQUESTS ? 1 : 0;
        }
        assertThat(refused).as("the attacker's address is throttled").isGreaterThan(50);
        // the owners still get in, from their own addresses, by Basic, the webapp and the API key
        assertThat(status(basicGet("/api/registrations/REG-2000-000001", "demo", "demo", OWNER)))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(webappLogin("demo", "demo", "cockpit", OWNER)).isEqualTo(HttpStatus.OK);
        assertThat(api("portal").getForEntity("/api/registrations/REG-2000-000001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // and Camunda has not locked the user
        assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    }

    @Test
    void camundasOwnLoginLockIsNeutralised() {
        User karin = newUser("karin", "karin-secret", Groups.CASEWORKERS);
        for (int i = 0; i < 30; i++) {
            assertThat(identityService.checkPassword(karin.getId(), "wrong")).isFalse();
        }
        assertThat(identityService.checkPassword(karin.getId(), "karin-secret")).as("not locked").isTrue();
    }

    @Test
    void aThrottledAddressGets429WithRetryAfterAndOthersAreNotAffected() {
        for (int i = 0; i < 10; i++) {
            assertThat(status(basicGet("/api/cases/X/mails", "caseworker", "wrong", ATTACKER)))
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> throttled = basicGet("/api/cases/X/mails", "caseworker", "caseworker", ATTACKER);
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(throttled.getBody()).contains("Te veel mislukte aanmeldpogingen");
        // a wrong API key from that address is refused too, without checking it
        assertThat(apiKeyGet("/api/registrations/REG-2000-000001", "guess", ATTACKER).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(status(basicGet("/api/cases/X/mails", "caseworker", "caseworker", OWNER)))
                .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void manyAddressesLockAnAccountOnlyForALimitedTime() {
        for (int i = 0; i < 25; i++) {
            basicGet("/api/cases/X/mails", "commission", "wrong", "192.0.2." + (i + 1));
        }
        // refused for the lock duration (LoginThrottleTest shows that it expires), even with the right password
        assertThat(status(basicGet("/api/cases/X/mails", "commission", "commission", OWNER)))
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        throttle.clear(); // the lock duration passes
        assertThat(status(basicGet("/api/cases/X/mails", "commission", "commission", OWNER)))
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theWebappLoginIsThrottledToo() {
        for (int i = 0; i < 10; i++) {
            assertThat(webappLogin("caseworker", "wrong", "tasklist", ATTACKER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(webappLogin("caseworker", "caseworker", "tasklist", ATTACKER))
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(webappLogin("caseworker", "caseworker", "tasklist", OWNER)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void thePortalUsesItsApiKeyOnly() {
        assertThat(apiKeyGet("/api/registrations/REG-2000-000001", "wrong-key", OWNER).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(apiKeyGet("/api/registrations/REG-2000-000001", PORTAL_API_KEY, OWNER).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(apiKeyGet("/engine-rest/task", PORTAL_API_KEY, OWNER).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId("portal").count()).as("no demo user 'portal'").isZero();
    }

    @Test
    void serviceAccountsAreRefusedByEveryWebappAndByBasic() {
        newUser("portallegacy", "legacy-secret", Groups.PORTAL);
        for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
            assertThat(webappLogin("portallegacy", "legacy-secret", app, OWNER)).as(app)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(status(basicGet("/api/registrations/REG-2000-000001", "portallegacy", "legacy-secret", OWNER)))
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(basicGet("/engine-rest/user", "portallegacy", "legacy-secret", OWNER)))
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- helpers

    private User newUser(String id, String password, String group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(id, group);
        }
        return identityService.createUserQuery().userId(id).singleResult();
    }

    private ResponseEntity<String> basicGet(String path, String user, String password, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        headers.set("X-Forwarded-For", address);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> apiKeyGet(String path, String key, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        headers.set("X-Forwarded-For", address);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static HttpStatus status(ResponseEntity<?> response) {
        return HttpStatus.valueOf(response.getStatusCode().value());
    }

    /** A webapp login as the browser does it (CSRF cookie and header), from a client address. */
    HttpStatus webappLogin(String user, String password, String app, String address) {
        HttpHeaders client = new HttpHeaders();
        client.set("X-Forwarded-For", address);
        return status(webappLoginAttempt(user, password, app, client));
    }
}
