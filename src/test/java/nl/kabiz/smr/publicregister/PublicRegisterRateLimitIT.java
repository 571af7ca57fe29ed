package nl.kabiz.smr.publicregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * The anonymous endpoints are limited per client address: page and API share one bucket; beyond it 429 with
 * Retry-After. Plain JDK HTTP client: Apache HttpClient (behind TestRestTemplate) would wait for Retry-After and
 * retry by itself.
 */
@TestPropertySource(properties = {"smr.public-register.rate-limit.requests=5",
        "smr.public-register.rate-limit.period=PT1H"})
class PublicRegisterRateLimitIT extends AbstractIntegrationTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void beyondTheLimitTheAnswerIs429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/public/coaches").statusCode()).isEqualTo(200);
        }
        assertThat(get("/register").statusCode()).isEqualTo(200);
        // a refused (400) request counts too
        assertThat(get("/api/public/coaches?size=0").statusCode()).isEqualTo(400);

        HttpResponse<String> api = get("/api/public/coaches");
        assertThat(api.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
        // 5 per hour, refilled gradually: one request back after 12 minutes
        assertThat(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow())).isBetween(600L, 720L);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":429", "Te veel verzoeken");

        HttpResponse<String> page = get("/register?name=jansen");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Te veel verzoeken");
        assertThat(get("/api/public/openapi").statusCode()).isEqualTo(429);
        assertThat(get("/api/public/coaches/SMR-000001").statusCode()).isEqualTo(429);

        // the rest of the application is not limited by it
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(api("caseworker").getForEntity("/api/registrations/REG-2026-999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
