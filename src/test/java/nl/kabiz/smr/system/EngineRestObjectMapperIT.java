package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Both JAX-RS applications of the engine REST API ask {@link EngineRestObjectMapper} for their mapper (not Camunda's
 * {@code JacksonConfigurator}, which builds a new one per lookup): {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}, through which Tasklist lists a filter's tasks.
 */
class EngineRestObjectMapperIT extends AbstractIntegrationTest {

    @Test
    void engineRestAsksTheSharedMapper() {
        long before = EngineRestObjectMapper.lookups();
        ResponseEntity<String> version = api("caseworker").getForEntity("/engine-rest/version", String.class);
        assertThat(version.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(version.getBody()).contains("\"version\":\"7.24.0\"");
        assertThat(EngineRestObjectMapper.lookups()).isGreaterThan(before);
    }

    @Test
    void tasklistsEngineApiAsksTheSharedMapper() {
        HttpHeaders session = webappSession("caseworker", "tasklist");
        long before = EngineRestObjectMapper.lookups();
        ResponseEntity<String> filters = rest.exchange("/camunda/api/engine/engine/default/filter?resourceType=Task",
                HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(filters.getBody()).contains("\"name\":\"Dossiers KABIZ\"");
        assertThat(EngineRestObjectMapper.lookups()).isGreaterThan(before);
    }
}
