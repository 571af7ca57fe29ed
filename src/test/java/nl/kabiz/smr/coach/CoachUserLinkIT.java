package nl.kabiz.smr.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Without the demo profile's shortcut, an administrator links a supervisor's Camunda login to their coach record
 * ({@code PUT /api/coaches/{nr}/user}); the supervisor lookup then finds them.
 */
class CoachUserLinkIT extends AbstractIntegrationTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    SupervisorDirectory supervisors;

    @Test
    void anAdministratorLinksASupervisorsLoginToTheirCoachRecord() {
        api("demo").exchange("/api/coaches/import", HttpMethod.POST, csv(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n"
                        + "SMR-330001,Jan de Vries,jdv@voorbeeld.nl,Delft,2015-03-01,BASIS,true\n"
                        + "SMR-330002,Piet Klaas,pk@voorbeeld.nl,Delft,2015-03-01,BASIS,true\n"), String.class);
        user("jdevries", Groups.SUPERVISORS);
        user("kees", Groups.COMMISSION);
        assertThat(supervisors.find("SMR-330001")).isEmpty();

        ResponseEntity<JsonNode> linked = link("demo", "SMR-330001", "{\"userId\":\"jdevries\"}");
        assertThat(linked.getStatusCode().value()).isEqualTo(200);
        assertThat(linked.getBody().get("userId").asText()).isEqualTo("jdevries");
        assertThat(supervisors.find("SMR-330001")).hasValueSatisfying(c -> assertThat(c.userId()).isEqualTo("jdevries"));

        assertThat(field(link("demo", "SMR-330001", "{\"userId\":\"kees\"}"), 400)).isEqualTo("userId");
        assertThat(field(link("demo", "SMR-330001", "{\"userId\":\"nobody\"}"), 400)).isEqualTo("userId");
        assertThat(field(link("demo", "SMR-330001", "{}"), 400)).isEqualTo("userId");
        assertThat(link("demo", "SMR-999999", "{\"userId\":\"jdevries\"}").getStatusCode().value()).isEqualTo(404);
        assertThat(link("demo", "SMR-330002", "{\"userId\":\"jdevries\"}").getStatusCode().value()).isEqualTo(409);
        assertThat(link("caseworker", "SMR-330002", "{\"userId\":\"jdevries\"}").getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<JsonNode> link(String user, String number, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api(user).exchange("/api/coaches/" + number + "/user", HttpMethod.PUT, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private static String field(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        return response.getBody().get("errors").get(0).get("field").asText();
    }

    private void user(String id, String group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword(id + "-secret");
            identityService.saveUser(user);
            identityService.createMembership(id, group);
        }
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(body, headers);
    }
}
