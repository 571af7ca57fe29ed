package nl.kabiz.smr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.support.ReliabilityReport;
import nl.kabiz.smr.support.RowCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated malformed requests against every {@code /api} endpoint (wrong types, missing, duplicated and huge fields,
 * truncated and random bodies, broken multipart, odd paths, wrong content types), each by a caller allowed to use
 * the endpoint: never a 5xx, and a refused request writes no row. The number of requests is
 * {@code -Dsmr.reliability.malformed} (300 in the normal build, 1,000 with {@code -Preliability}); figures go to
 * {@code target/reliability.json}.
 */
class MalformedRequestsIT extends AbstractIntegrationTest {

    private static final int REQUESTS = Integer.getInteger("smr.reliability.malformed", 300);
    private static final String BASIC_DEMO = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes());
    private static final String BASIC_CASEWORKER =
            "Basic " + Base64.getEncoder().encodeToString("caseworker:caseworker".getBytes());

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    private final Random random = new Random(8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String registration;
    private String documentId;
    private long bulkStart;

    /** One generated request. */
    record Attempt(String endpoint, String method, String path, String auth, String contentType, byte[] body) {
    }

    @Test
    void malformedRequestsNeverAnswer5xxAndWriteNothing() throws Exception {
        setUp();
        List<Supplier<Attempt>> generators = generators();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Map<String, Integer>> byEndpoint = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        int accepted = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            Attempt attempt = generators.get(i % generators.size()).get();
            Map<String, Integer> before = RowCounts.of(jdbc);
            int status = send(attempt);
            byStatus.merge(String.valueOf(status), 1, Integer::sum);
            byEndpoint.computeIfAbsent(attempt.endpoint(), k -> new TreeMap<>())
                    .merge(String.valueOf(status), 1, Integer::sum);
            if (status >= 500) {
                serverErrors.add(status + " " + attempt.method() + " " + attempt.path() + " " + preview(attempt.body()));
            }
            if (status >= 400) {
                Map<String, Integer> after = RowCounts.of(jdbc);
                if (!after.equals(before)) {
                    writes.add(status + " " + attempt.method() + " " + attempt.path() + " " + preview(attempt.body()));
                }
            } else {
                accepted++;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("requests", REQUESTS);
        figures.put("endpoints", byEndpoint.size());
        figures.put("status5xx", serverErrors.size());
        figures.put("rejectedThatWroteRows", writes.size());
        figures.put("accepted", accepted);
        figures.put("byStatus", byStatus);
        figures.put("byEndpoint", byEndpoint);
        figures.put("seconds", (System.nanoTime() - t0) / 1_000_000_000.0);
        ReliabilityReport.record("malformedRequests", figures);
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(writes).as("refused requests that wrote rows").isEmpty();
    }

    // ---- live targets

    private void setUp() throws Exception {
        send(new Attempt("setup", "POST", "/api/coaches/import", BASIC_DEMO, "text/csv", (
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n"
                        + "SMR-320001,Coach Een,een@voorbeeld.nl,Delft,2015-03-01,BASIS,true\n"
                        + "SMR-320002,Coach Twee,twee@voorbeeld.nl,Delft,2016-03-01,BASIS,false\n")
                .getBytes(StandardCharsets.UTF_8)));
        bulkStart = json.readTree(raw(new Attempt("setup", "POST", "/api/transition-cases", BASIC_DEMO, null, null))
                .body()).get("id").asLong();
        JsonNode created = json.readTree(raw(new Attempt("setup", "POST", "/api/registrations", "portal",
                "application/json", validApplication().toString().getBytes(StandardCharsets.UTF_8))).body());
        registration = created.get("reference").asText();
        JsonNode doc = json.readTree(raw(new Attempt("setup", "POST", "/api/registrations/" + registration
                + "/documents", "portal", "multipart/form-data; boundary=B", multipart(List.of(
                filePart("file", "d.pdf", PDF), field("type", "DIPLOMA")), "B"))).body());
        documentId = doc.get("contentPath").asText().replaceAll(".*/documents/([^/]+)/content", "$1");
        executeJobs();
    }

    // ---- generators, one per endpoint

    private List<Supplier<Attempt>> generators() {
        List<Supplier<Attempt>> g = new ArrayList<>();
        g.add(() -> jsonAttempt("POST /api/registrations", "/api/registrations", "portal", validApplication()));
        g.add(() -> multipartAttempt("POST /api/registrations/{ref}/documents",
                "/api/registrations/" + registration + "/documents", List.of("file", "type")));
        g.add(() -> pathAttempt("GET /api/registrations/{ref}", "/api/registrations/", registration, "portal"));
        g.add(() -> pathAttempt("GET /api/documents/{id}/content", "/api/documents/", documentId + "/content",
                BASIC_CASEWORKER));
        g.add(() -> pathAttempt("GET /api/cases/{ref}/mails", "/api/cases/", registration + "/mails",
                BASIC_CASEWORKER));
        g.add(() -> csvAttempt());
        g.add(() -> {
            ObjectNode link = json.createObjectNode().put("userId", "supervisor");
            return jsonAttempt("PUT /api/coaches/{nr}/user", "/api/coaches/" + oddNumber() + "/user", BASIC_DEMO, link,
                    "PUT");
        });
        g.add(() -> pathAttempt("GET /api/transition-cases/bulk-starts/{id}", "/api/transition-cases/bulk-starts/",
                String.valueOf(bulkStart), BASIC_DEMO));
        g.add(() -> pathAttempt("GET /api/transition-cases/{ref}", "/api/transition-cases/", "TRANS-SMR-320001",
                "portal"));
        g.add(() -> multipartAttempt("POST /api/transition-cases/{ref}/evidence",
                "/api/transition-cases/TRANS-SMR-320001/evidence",
                List.of("certificates", "supervisorRegistrationNumber", "epaSummary")));
        g.add(() -> jsonAttempt("POST /api/transition-cases/{ref}/extension-requests",
                "/api/transition-cases/TRANS-SMR-320002/extension-requests", "portal",
                json.createObjectNode().put("reason", "Ziekte")));
        g.add(() -> new Attempt("POST /api/transition-cases", "POST", "/api/transition-cases", BASIC_DEMO,
                pick("application/json", "text/plain", "multipart/form-data"), garbage()));
        return g;
    }

    private Attempt jsonAttempt(String endpoint, String path, String auth, ObjectNode valid) {
        return jsonAttempt(endpoint, path, auth, valid, "POST");
    }

    private Attempt jsonAttempt(String endpoint, String path, String auth, ObjectNode valid, String method) {
        ObjectNode body = valid.deepCopy();
        String contentType = "application/json";
        byte[] bytes;
        switch (random.nextInt(9)) {
            case 0 -> { // a field of the wrong type or value
                ObjectNode target = random.nextBoolean() && body.has("epa") ? (ObjectNode) body.get("epa") : body;
                String field = randomField(target);
                target.set(field, oddValue());
                bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> { // a field missing
                body.remove(randomField(body));
                bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> { // a duplicated key
                String field = randomField(body);
                String text = body.toString();
                bytes = text.replaceFirst("\\{", "{\"" + field + "\":" + oddValue() + ",").getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> { // cut off
                byte[] full = body.toString().getBytes(StandardCharsets.UTF_8);
                bytes = java.util.Arrays.copyOf(full, random.nextInt(full.length));
            }
            case 4 -> bytes = garbage();
            case 5 -> { // the right body, the wrong content type
                contentType = pick("text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded");
                bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> bytes = ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 7 -> bytes = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            default -> { // every field odd
                Iterator<String> names = body.fieldNames();
                List<String> all = new ArrayList<>();
                names.forEachRemaining(all::add);
                all.forEach(n -> body.set(n, oddValue()));
                bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return new Attempt(endpoint, method, path, auth, contentType, bytes);
    }

    private Attempt multipartAttempt(String endpoint, String path, List<String> fields) {
        String boundary = "b" + random.nextInt(1_000_000);
        List<byte[]> parts = new ArrayList<>();
        for (String f : fields) {
            parts.add(switch (f) {
                case "file", "certificates" -> filePart(f, "x.pdf", PDF);
                case "type" -> field(f, "DIPLOMA");
                case "supervisorRegistrationNumber" -> field(f, "SMR-000001");
                default -> field(f, "12 intakes");
            });
        }
        String type = "multipart/form-data; boundary=" + boundary;
        byte[] body;
        switch (random.nextInt(8)) {
            case 0 -> { // no boundary
                type = "multipart/form-data";
                body = multipart(parts, boundary);
            }
            case 1 -> { // cut off
                byte[] full = multipart(parts, boundary);
                body = java.util.Arrays.copyOf(full, 1 + random.nextInt(full.length - 1));
            }
            case 2 -> { // too many parts
                List<byte[]> many = new ArrayList<>(parts);
                for (int i = 0; i < 1001; i++) {
                    many.add(field("p" + i, "x"));
                }
                body = multipart(many, boundary);
            }
            case 3 -> { // a file that is not PDF/PNG/JPEG, or empty
                List<byte[]> bad = new ArrayList<>();
                for (String f : fields) {
                    bad.add(f.equals("file") || f.equals("certificates")
                            ? filePart(f, pick("x.exe", "x.pdf", ""), random.nextBoolean() ? garbage() : new byte[0])
                            : field(f, f.equals("type") ? pick("PASPOORT", "", "diploma") : pick("SMR-999999", "", "x")));
                }
                body = multipart(bad, boundary);
            }
            case 4 -> { // a required part missing
                List<byte[]> fewer = new ArrayList<>(parts);
                fewer.remove(0);
                body = multipart(fewer, boundary);
            }
            case 5 -> { // odd text values
                List<byte[]> odd = new ArrayList<>();
                odd.add(parts.get(0));
                for (String f : fields.subList(1, fields.size())) {
                    odd.add(field(f, oddText()));
                }
                body = multipart(odd, boundary);
            }
            case 6 -> body = garbage();
            default -> { // broken part headers
                body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(0)
                        + "\"; filename=\"" + "a".repeat(random.nextInt(3000)) + "\r\n\r\n%PDF-1.4\r\n--" + boundary)
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return new Attempt(endpoint, "POST", path, "portal", type, body);
    }

    private Attempt csvAttempt() {
        String header = "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n";
        String body = switch (random.nextInt(6)) {
            case 0 -> header + "SMR-32x001,A,b,c,2015-02-30,BASIS;XYZ,maybe\n";
            case 1 -> header + "\"SMR-320009,Onafgesloten,quote@x.nl,Delft,2015-01-01,BASIS,true\n";
            case 2 -> "a,b,c\n1,2,3\n";
            case 3 -> header + "SMR-320010," + "n".repeat(5000) + ",x@y.nl,Delft,2015-01-01,BASIS,true\n";
            case 4 -> new String(garbage(), StandardCharsets.ISO_8859_1);
            default -> header + "SMR-320011,Coach,x@y.nl,Delft,2999-01-01,BASIS,true\n";
        };
        return new Attempt("POST /api/coaches/import", "POST", "/api/coaches/import", BASIC_DEMO,
                pick("text/csv", "text/csv", "application/json"), body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Attempt pathAttempt(String endpoint, String prefix, String valid, String auth) {
        String odd = pick("x", "REG-2000-999999", "TRANS-SMR-999999", "%00", "%25", "..%2f..%2fetc", "'%20OR%201=1--",
                "a".repeat(3000), "%F0%9F%98%80", "-1", "99999999999999999999", "%2e%2e", "REG-" + valid);
        String suffix = valid.contains("/") ? valid.substring(valid.indexOf('/')) : "";
        return new Attempt(endpoint, pick("GET", "GET", "DELETE", "PATCH"), prefix + odd + suffix, auth, null, null);
    }

    // ---- values

    private JsonNode oddValue() {
        return switch (random.nextInt(12)) {
            case 0 -> json.getNodeFactory().numberNode(12345);
            case 1 -> json.getNodeFactory().numberNode(1.5);
            case 2 -> json.getNodeFactory().booleanNode(true);
            case 3 -> json.getNodeFactory().textNode("12");
            case 4 -> json.getNodeFactory().nullNode();
            case 5 -> json.createArrayNode().add(1).add("a");
            case 6 -> json.createObjectNode().put("a", 1);
            case 7 -> json.getNodeFactory().textNode("x".repeat(10_000));
            case 8 -> json.getNodeFactory().textNode("");
            case 9 -> json.getNodeFactory().textNode("1985-04-12T10:00:00Z");
            case 10 -> json.getNodeFactory().numberNode(-99999999999L);
            default -> json.getNodeFactory().textNode(oddText());
        };
    }

    private String oddText() {
        return pick("\u0000\u0001", "😀".repeat(50), "<script>alert(1)</script>", "' OR 1=1 --", " ", "é".repeat(500),
                "SMR-999999", "x".repeat(70_000));
    }

    private String oddNumber() {
        return pick("SMR-999999", "SMR-000001", "x", "SMR-00000%31", "smr-000001");
    }

    private String randomField(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.get(random.nextInt(names.size()));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private byte[] garbage() {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private ObjectNode validApplication() {
        ObjectNode body = json.createObjectNode();
        body.put("firstName", "Jan").put("lastName", "Modaal").put("email", "gen" + random.nextInt() + "@example.nl")
                .put("phone", "0612345678").put("dateOfBirth", "1985-04-12").put("postalCode", "3511AB")
                .put("city", "Utrecht").put("educationLevel", "HBO").put("healthcareProfessional", true)
                .put("profession", "praktijkondersteuner").put("bigNumber", "19012345601")
                .put("smrInProfessionalEducation", false).put("training", "Integrale basisopleiding SMR")
                .put("supervisorRegistrationNumber", "SMR-000001");
        body.putObject("epa").put("coachingHours", 40).put("clients", 12).put("clientsLimitedHealthLiteracy", 3)
                .put("intakes", 12).put("integralTrajectories", 8).put("pharmacotherapyTrajectories", 5)
                .put("referrals", 2);
        return body;
    }

    private static final byte[] PDF = "%PDF-1.4\n% gen\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    private static byte[] field(String name, String value) {
        return ("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] filePart(String name, String fileName, byte[] content) {
        byte[] head = ("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + content.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return all;
    }

    private static byte[] multipart(List<byte[]> parts, String boundary) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(part);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String preview(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.ISO_8859_1);
        return text.replaceAll("[^\\x20-\\x7e]", "?");
    }

    // ---- sending

    private int send(Attempt attempt) throws Exception {
        return raw(attempt).statusCode();
    }

    private HttpResponse<String> raw(Attempt attempt) throws Exception {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + attempt.path()));
        } catch (IllegalArgumentException notAUri) {
            // a path the client refuses to send counts as refused
            return new StatusOnly(400);
        }
        request.timeout(Duration.ofSeconds(60));
        if ("portal".equals(attempt.auth())) {
            request.header("X-Api-Key", PORTAL_API_KEY);
        } else {
            request.header("Authorization", attempt.auth());
        }
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        request.method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record StatusOnly(int statusCode) implements HttpResponse<String> {
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public String body() { return ""; }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
