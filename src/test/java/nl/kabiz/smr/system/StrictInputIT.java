package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.support.RowCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lenient or malformed input is refused with a 4xx naming the field (Dutch), never converted and stored, never a
 * 5xx or a closed connection; and nothing is written (the findings, one by one).
 */
class StrictInputIT extends AbstractIntegrationTest {

    private static final String CASE = "TRANS-SMR-310001";
    private static String registration;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void cases() {
        if (registration == null || jdbc.queryForObject("SELECT COUNT(*) FROM registration_application"
                + " WHERE reference = ?", Integer.class, registration) == 0) {
            api("demo").postForEntity("/api/coaches/import", csv(
                    "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n"
                            + "SMR-310001,Coach Strikt,strikt@voorbeeld.nl,Delft,2015-03-01,BASIS,true\n"), String.class);
            api("demo").postForEntity("/api/transition-cases", null, String.class);
            JsonNode created = api("portal").postForObject("/api/registrations", jsonEntity(application(0)),
                    JsonNode.class);
            registration = created.get("reference").asText();
            executeJobs();
        }
    }

    @Test
    void aDuplicatedKeyIsRefusedOnItsField() {
        String body = application(1).replace("\"educationLevel\": \"HBO\"",
                "\"educationLevel\": \"HBO\", \"educationLevel\": \"MBO-2\"");
        assertRefused(() -> post("/api/registrations", body), 400, "educationLevel");
        String nested = application(2).replace("\"clients\": 12", "\"clients\": 12, \"clients\": 13");
        assertRefused(() -> post("/api/registrations", nested), 400, "epa.clients");
    }

    @Test
    void wrongJsonTypesAreRefusedOnTheirField() throws Exception {
        Map<String, String[]> cases = Map.of(
                "firstName", new String[] {"\"firstName\": \"Jan\"", "\"firstName\": 12345"},
                "dateOfBirth", new String[] {"\"dateOfBirth\": \"1985-04-12\"", "\"dateOfBirth\": 12345"},
                "healthcareProfessional", new String[] {"\"healthcareProfessional\": true",
                        "\"healthcareProfessional\": 12345"},
                "smrInProfessionalEducation", new String[] {"\"smrInProfessionalEducation\": false",
                        "\"smrInProfessionalEducation\": \"false\""},
                "epa.coachingHours", new String[] {"\"coachingHours\": 40", "\"coachingHours\": \"12\""},
                "epa.clients", new String[] {"\"clients\": 12", "\"clients\": 1.5"});
        int i = 10;
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String body = application(i++).replace(c.getValue()[0], c.getValue()[1]);
            assertThat(body).as(c.getKey()).isNotEqualTo(application(i - 1));
            assertRefused(() -> post("/api/registrations", body), 400, c.getKey());
        }
        String dateTime = application(30).replace("\"1985-04-12\"", "\"1985-04-12T10:00:00\"");
        assertRefused(() -> post("/api/registrations", dateTime), 400, "dateOfBirth");
        String dateTimeZ = application(31).replace("\"1985-04-12\"", "\"1985-04-12T10:00:00Z\"");
        assertRefused(() -> post("/api/registrations", dateTimeZ), 400, "dateOfBirth");
        // and the strict reader still takes the correct body
        assertThat(post("/api/registrations", application(32)).statusCode()).isEqualTo(201);
    }

    @Test
    void evidenceNamingAnUnknownSupervisorIsRefused() {
        String boundary = "grens123";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"certificates\"; filename=\"c.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"supervisorRegistrationNumber\"\r\n\r\n"
                + "SMR-999999\r\n--" + boundary + "--\r\n";
        assertRefused(() -> send("POST", "/api/transition-cases/" + CASE + "/evidence",
                "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.ISO_8859_1)), 400,
                "supervisorRegistrationNumber");
    }

    @Test
    void malformedMultipartIsA400OnUploadAndEvidence() {
        for (String path : List.of("/api/registrations/" + registration + "/documents",
                "/api/transition-cases/" + CASE + "/evidence")) {
            String valid = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--b0undary\r\n"
                    + "Content-Disposition: form-data; name=\"type\"\r\n\r\nDIPLOMA\r\n--b0undary--\r\n";
            byte[] bytes = valid.getBytes(StandardCharsets.ISO_8859_1);
            // no boundary
            assertRefused(() -> send("POST", path, "multipart/form-data", bytes), 400, "body");
            // cut off after 60 bytes
            assertRefused(() -> send("POST", path, "multipart/form-data; boundary=b0undary",
                    java.util.Arrays.copyOf(bytes, 60)), 400, "body");
            // 1,001 parts
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 1001; i++) {
                many.append("--b0undary\r\nContent-Disposition: form-data; name=\"p").append(i)
                        .append("\"\r\n\r\nx\r\n");
            }
            many.append("--b0undary--\r\n");
            assertRefused(() -> send("POST", path, "multipart/form-data; boundary=b0undary",
                    many.toString().getBytes(StandardCharsets.ISO_8859_1)), 400, "body");
        }
    }

    @Test
    void aBodyOverTheLimitGetsAnAnswerNotAClosedConnection() throws Exception {
        long size = 60L * 1024 * 1024;
        for (String type : List.of("multipart/form-data; boundary=b0undary", "application/json")) {
            String path = type.startsWith("multipart") ? "/api/registrations/" + registration + "/documents"
                    : "/api/registrations";
            Map<String, Integer> before = RowCounts.of(jdbc);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Api-Key", PORTAL_API_KEY).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> zeros(size)), size))
                    .timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type).isEqualTo(413);
            assertThat(response.body()).contains("De aanvraag is te groot");
            assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        }
    }

    @Test
    void theErrorPageAndOddPathsNeverAnswer500() throws Exception {
        assertThat(send("GET", "/error", null, null).statusCode()).isEqualTo(404);
        assertThat(rest.getForEntity("/error", String.class).getStatusCode().value()).isEqualTo(404);
        for (String odd : List.of("/camunda/..;/engine-rest/user", "/api/..;/engine-rest/user",
                "/api/registrations/%2e%2e%2fx", "/camunda/app/%2e%2e/api", "/api//registrations")) {
            HttpResponse<String> answer = sendRaw("GET", odd);
            assertThat(answer.statusCode()).as(odd + ": " + answer.body()).isBetween(400, 499);
        }
    }

    @Test
    void anUnknownCaseIs404Everywhere() throws Exception {
        for (String path : List.of("/api/cases/REG-2000-999999/mails", "/api/registrations/REG-2000-999999",
                "/api/transition-cases/TRANS-SMR-999999", "/api/documents/00000000-0000-0000-0000-000000000000/content")) {
            assertThat(api("demo").getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(404);
        }
        assertThat(post("/api/transition-cases/TRANS-SMR-999999/extension-requests", "{\"reason\":\"ziek\"}")
                .statusCode()).isEqualTo(404);
    }

    // ---- helpers

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** The call is refused with the status, naming the field, and nothing is written. */
    private void assertRefused(Call call, int status, String field) {
        Map<String, Integer> before = RowCounts.of(jdbc);
        try {
            HttpResponse<String> response = call.send();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            JsonNode problem = json.readTree(response.body());
            assertThat(StreamSupport.stream(problem.get("errors").spliterator(), false)
                    .map(e -> e.get("field").asText())).as(response.body()).contains(field);
            assertThat(problem.get("errors").get(0).get("reason").asText()).isNotBlank();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(RowCounts.of(jdbc)).as("nothing written").isEqualTo(before);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Api-Key", PORTAL_API_KEY).timeout(Duration.ofSeconds(60));
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request line sent as is (no client normalises the path). */
    private HttpResponse<String> sendRaw(String method, String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic ZGVtbzpkZW1v\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(answer.substring(9, 12));
            return new RawResponse(status, answer);
        }
    }

    private record RawResponse(int statusCode, String body) implements HttpResponse<String> {
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    static String application(int n) {
        return """
                {"firstName": "Jan", "lastName": "Modaal", "email": "strikt%d@example.nl", "phone": "0612345678",
                 "dateOfBirth": "1985-04-12", "postalCode": "3511AB", "city": "Utrecht", "educationLevel": "HBO",
                 "healthcareProfessional": true, "profession": "praktijkondersteuner", "bigNumber": "19012345601",
                 "smrInProfessionalEducation": false, "training": "Integrale basisopleiding SMR",
                 "supervisorRegistrationNumber": "SMR-000001",
                 "epa": {"coachingHours": 40, "clients": 12, "clientsLimitedHealthLiteracy": 3, "intakes": 12,
                         "integralTrajectories": 8, "pharmacotherapyTrajectories": 5, "referrals": 2}}
                """.formatted(n);
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<String> jsonEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
