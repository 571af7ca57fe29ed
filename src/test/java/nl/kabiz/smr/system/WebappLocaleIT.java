package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The running application serves our Dutch webapp files instead of the webjar's (WebappLocaleTest checks their
 * content): the login page needs them before anyone is logged in, so they answer without authentication.
 */
class WebappLocaleIT extends AbstractIntegrationTest {

    @Test
    void servesTheDutchWebappFiles() {
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            assertThat(get("/camunda/app/" + app + "/scripts/config.js"))
                    .contains("availableLocales: ['nl']", "fallbackLocale: 'nl'", "'../smr/webapp-texts-nl'");
            assertThat(get("/camunda/app/" + app + "/locales/nl.json")).contains("\"months\"", "\"januari\"");
            assertThat(get("/camunda/app/" + app + "/styles/user-styles.css")).contains(".ce-eol-banner");
        }
        assertThat(get("/camunda/app/tasklist/locales/nl.json")).contains("\"CLAIM_TASK\": \"Oppakken\"");
        assertThat(get("/camunda/app/tasklist/scripts/form-js-nl.js"))
                .contains("'Field is required.': 'Dit veld is verplicht.'", "FLATPICKR_NL");
        assertThat(get("/camunda/app/smr/webapp-texts-nl.js")).contains("'Actions': 'Acties'");
    }

    private String get(String path) {
        ResponseEntity<String> response = rest.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
