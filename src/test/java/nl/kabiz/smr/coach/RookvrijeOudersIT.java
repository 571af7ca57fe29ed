package nl.kabiz.smr.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rookvrije Ouders over the API (issue 10): the portal opts a holder of EXTRA-Zwanger in and out
 * ({@code PUT/DELETE /api/coaches/{nr}/rookvrije-ouders}), the public register shows it, only holders can opt in,
 * and the end of the BASIS registration ends EXTRA-Zwanger and Rookvrije Ouders, recorded with day and reason.
 */
class RookvrijeOudersIT extends AbstractIntegrationTest {

    @Autowired
    CoachRegister register;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHolderOfExtraZwangerOptsInAndOutAndThePublicRegisterFollows() {
        LocalDate today = LocalDate.now(clock);
        coach("SMR-600001", "Zwanger Holder", true);

        ResponseEntity<JsonNode> joined = call(HttpMethod.PUT, "SMR-600001");
        assertThat(joined.getStatusCode()).as("%s", joined.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(joined.getBody().get("participating").asBoolean()).isTrue();
        assertThat(joined.getBody().get("since").asText()).isEqualTo(today.toString());
        // PUT is idempotent: the same answer, the first day kept, one period recorded
        moveClockBy(java.time.Duration.ofDays(2));
        ResponseEntity<JsonNode> again = call(HttpMethod.PUT, "SMR-600001");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("since").asText()).isEqualTo(today.toString());
        assertThat(register.rookvrijeOudersHistory("SMR-600001")).hasSize(1);

        assertThat(publicCoach("SMR-600001").get("rookvrijeOudersSince").asText()).isEqualTo(today.toString());
        assertThat(numbers("/api/public/coaches?city=Kinderdijk&need=ROOKVRIJE_OUDERS")).containsExactly("SMR-600001");

        ResponseEntity<JsonNode> left = call(HttpMethod.DELETE, "SMR-600001");
        assertThat(left.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(left.getBody().get("participating").asBoolean()).isFalse();
        assertThat(left.getBody().get("since").asText()).isEqualTo(today.toString());
        assertThat(left.getBody().get("until").asText()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(left.getBody().get("endReason").asText()).isEqualTo(CoachRegister.LEFT_BY_CHOICE);
        assertThat(publicCoach("SMR-600001").path("rookvrijeOudersSince").isNull()
                || publicCoach("SMR-600001").path("rookvrijeOudersSince").isMissingNode()).isTrue();
        assertThat(numbers("/api/public/coaches?city=Kinderdijk&need=ROOKVRIJE_OUDERS")).isEmpty();
        // DELETE is idempotent too
        ResponseEntity<JsonNode> leftAgain = call(HttpMethod.DELETE, "SMR-600001");
        assertThat(leftAgain.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(leftAgain.getBody().get("participating").asBoolean()).isFalse();
        assertThat(leftAgain.getBody().hasNonNull("until")).isFalse();
    }

    @Test
    void onlyHoldersOfExtraZwangerMayOptInAndUnknownNumbersAre404() {
        coach("SMR-600002", "Basis Only", false);
        ResponseEntity<JsonNode> refused = call(HttpMethod.PUT, "SMR-600002");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("Alleen een coach met een geldige aantekening EXTRA-Zwanger kan deelnemen aan Rookvrije"
                        + " Ouders; SMR-600002 heeft die niet");
        assertThat(register.rookvrijeOudersHistory("SMR-600002")).isEmpty();

        for (String unknown : List.of("SMR-999999", "smr-600002", "onzin")) {
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE)) {
                ResponseEntity<JsonNode> response = call(method, unknown);
                assertThat(response.getStatusCode()).as(method + " " + unknown).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(response.getBody().get("detail").asText()).startsWith("Onbekend registratienummer");
            }
        }
        // the portal's endpoint: not for staff, not anonymous
        assertThat(api("caseworker").exchange(path("SMR-600002"), HttpMethod.PUT, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange(path("SMR-600002"), HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void whenBasisEndsExtraZwangerAndRookvrijeOudersEndWithItAndOptingInIsRefused() {
        coach("SMR-600003", "Einde Basis", true);
        assertThat(call(HttpMethod.PUT, "SMR-600003").getStatusCode()).isEqualTo(HttpStatus.OK);
        LocalDate joined = LocalDate.now(clock);
        moveClockBy(java.time.Duration.ofDays(10));
        LocalDate today = LocalDate.now(clock);

        CoachRegister.EndedRegistration ended = register.endRegistration("SMR-600003",
                "Termijn van de overgangsregeling verstreken");

        String reason = "Vervallen met de BASIS-registratie: Termijn van de overgangsregeling verstreken";
        assertThat(ended.endedLabels()).containsExactly("EXTRA-Zwanger", "Rookvrije Ouders");
        assertThat(ended.rookvrijeOuders()).isEqualTo(new RookvrijeOuders(joined, today, reason));
        assertThat(jdbc.queryForObject("SELECT end_reason FROM coach_module WHERE registration_number = 'SMR-600003'"
                + " AND module = 'EXTRA_ZWANGER'", String.class)).isEqualTo(reason);
        assertThat(jdbc.queryForObject("SELECT valid_until FROM rookvrije_ouders_participation"
                + " WHERE registration_number = 'SMR-600003'", LocalDate.class)).isEqualTo(today);
        // the public register shows the ended registration without Rookvrije Ouders
        JsonNode shown = publicCoach("SMR-600003");
        assertThat(shown.get("status").get("code").asText()).isEqualTo("ENDED");
        assertThat(shown.path("rookvrijeOudersSince").isNull() || shown.path("rookvrijeOudersSince").isMissingNode())
                .isTrue();

        ResponseEntity<JsonNode> refused = call(HttpMethod.PUT, "SMR-600003");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("EXTRA-Zwanger");
    }

    private void coach(String number, String name, boolean extraZwanger) {
        LocalDate since = LocalDate.of(2016, 4, 1);
        List<Coach.CoachModule> modules = extraZwanger
                ? List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"),
                        new Coach.CoachModule(Module.EXTRA_ZWANGER, LocalDate.of(2021, 9, 1), null, "2.6"))
                : List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"));
        register.save(new Coach(number, name, number.toLowerCase() + "@example.nl", "Kinderdijk", "2961", since, true,
                CoachStatus.ACTIVE, null, null, "2.6", LocalDate.of(2023, 5, 1), modules));
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String number) {
        return api("portal").exchange(path(number), method, null, JsonNode.class);
    }

    private static String path(String number) {
        return "/api/coaches/" + number + "/rookvrije-ouders";
    }

    private JsonNode publicCoach(String number) {
        ResponseEntity<JsonNode> response = rest.getForEntity("/api/public/coaches/" + number, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private List<String> numbers(String path) {
        return StreamSupport.stream(rest.getForEntity(path, JsonNode.class).getBody().get("coaches").spliterator(),
                false).map(c -> c.get("registrationNumber").asText()).toList();
    }
}
