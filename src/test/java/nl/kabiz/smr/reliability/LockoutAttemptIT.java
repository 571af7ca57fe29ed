package nl.kabiz.smr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.support.ReliabilityReport;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The lockout attempt: anonymous {@code curl -u portal:wrong} and {@code -u demo:wrong} every 2 s for
 * 6 minutes (180 rounds, run back to back: the throttle's window is 15 minutes, so compressing time only makes the
 * attack stronger). Afterwards the administrator and the portal still work for their owners.
 */
class LockoutAttemptIT extends AbstractIntegrationTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.66";

    @Autowired
    IdentityService identityService;

    @Test
    void theAccountsStillWorkForTheirOwners() {
        Map<String, Integer> attackAnswers = new TreeMap<>();
        for (int round = 0; round < 180; round++) {
            for (String user : new String[] {"portal", "demo"}) {
                int status = get("/api/registrations/REG-2000-000001", user, "wrong", ATTACKER);
                attackAnswers.merge(String.valueOf(status), 1, Integer::sum);
            }
        }
        int admin = get("/api/registrations/REG-2000-000001", "demo", "demo", OWNER);
        HttpHeaders key = new HttpHeaders();
        key.set("X-Api-Key", PORTAL_API_KEY);
        key.set("X-Forwarded-For", OWNER);
        int portal = rest.exchange("/api/registrations/REG-2000-000001", HttpMethod.GET, new HttpEntity<>(key),
                String.class).getStatusCode().value();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("attempts", 360);
        figures.put("answersToTheAttacker", attackAnswers);
        figures.put("administratorAfterwards", admin);
        figures.put("portalAfterwards", portal);
        figures.put("camundaLockedUser", !identityService.checkPassword("demo", "demo"));
        ReliabilityReport.record("lockoutAttempt", figures);
        assertThat(admin).as("administrator (404: no such case, but logged in)").isEqualTo(404);
        assertThat(portal).as("portal by API key").isEqualTo(404);
        assertThat(attackAnswers).containsOnlyKeys("401", "429");
        assertThat(attackAnswers.get("429")).isGreaterThan(300);
    }

    private int get(String path, String user, String password, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        headers.set("X-Forwarded-For", address);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
    }
}
