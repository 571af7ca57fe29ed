package nl.kabiz.smr.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the KABIZ coach portal does over {@code /api} as user {@code portal} (applications, uploads, transition
 * evidence and extension requests), the administrator's CSV import and bulk start, and status reads. The bodies
 * follow RegistrationApiIT and TransitionIT.
 */
public class CoachPortal {

    private static final AtomicInteger APPLICANTS = new AtomicInteger();
    static final byte[] PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    private final Function<String, TestRestTemplate> api;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code api}: the integration test's client per demo user (the portal with its API key, others with Basic). */
    public CoachPortal(Function<String, TestRestTemplate> api) {
        this.api = api;
    }

    private TestRestTemplate as(String user) {
        return api.apply(user);
    }

    // ---- registration

    /** An application as in the README's example, with a fresh email address; returns the case reference. */
    public Applicant apply(String firstName, String lastName, String educationLevel) {
        String email = (firstName + "." + lastName).toLowerCase().replace(' ', '-') + "+" + APPLICANTS.incrementAndGet()
                + "@example.nl";
        ObjectNode body = json.createObjectNode();
        body.put("firstName", firstName).put("lastName", lastName).put("email", email)
                .put("phone", "0612345678").put("dateOfBirth", "1985-04-12").put("postalCode", "3511AB")
                .put("city", "Utrecht").put("educationLevel", educationLevel).put("healthcareProfessional", true)
                .put("profession", "praktijkondersteuner").put("bigNumber", "19012345601")
                .put("smrInProfessionalEducation", false).put("training", "Integrale basisopleiding SMR")
                .put("supervisorRegistrationNumber", "SMR-000001");
        body.putObject("epa").put("coachingHours", 40).put("clients", 12).put("clientsLimitedHealthLiteracy", 3)
                .put("intakes", 12).put("integralTrajectories", 8).put("pharmacotherapyTrajectories", 5)
                .put("referrals", 2);
        ResponseEntity<JsonNode> created = as("portal").postForEntity("/api/registrations", body, JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return new Applicant(created.getBody().get("reference").asText(), firstName + " " + lastName, email);
    }

    public record Applicant(String reference, String name, String email) {
    }

    /** Uploads a PDF document of the given type to a registration. */
    public void upload(String reference, String type, String fileName) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file(fileName));
        parts.add("type", type);
        ResponseEntity<JsonNode> response = as("portal").postForEntity("/api/registrations/" + reference + "/documents",
                multipart(parts), JsonNode.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    public JsonNode registration(String reference) {
        ResponseEntity<JsonNode> response = as("caseworker").getForEntity("/api/registrations/" + reference, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    // ---- transition

    /** Imports coaches (CSV rows without header) as the administrator and bulk-starts their transition cases. */
    public void importAndStartTransition(String csvRows) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        String csv = "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n" + csvRows;
        ResponseEntity<JsonNode> imported = as("demo").postForEntity("/api/coaches/import",
                new HttpEntity<>(csv, headers), JsonNode.class);
        assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> started = as("demo").postForEntity("/api/transition-cases", null, JsonNode.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.ACCEPTED);
    }

    /** Evidence for a transition case: one certificate, supervisor SMR-000001, an EPA summary. */
    public JsonNode submitEvidence(String reference) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("certificates", file("certificaat-basis-2.6.pdf"));
        form.add("supervisorRegistrationNumber", "SMR-000001");
        form.add("epaSummary", "12 intakes, 30 begeleidingsgesprekken");
        ResponseEntity<JsonNode> response = as("portal").postForEntity("/api/transition-cases/" + reference + "/evidence",
                multipart(form), JsonNode.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    public JsonNode requestExtension(String reference, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = as("portal").postForEntity(
                "/api/transition-cases/" + reference + "/extension-requests",
                new HttpEntity<>(json.createObjectNode().put("reason", reason).toString(), headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
        return response.getBody();
    }

    public JsonNode transitionCase(String reference) {
        ResponseEntity<JsonNode> response = as("caseworker").getForEntity("/api/transition-cases/" + reference, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static ByteArrayResource file(String fileName) {
        return new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
