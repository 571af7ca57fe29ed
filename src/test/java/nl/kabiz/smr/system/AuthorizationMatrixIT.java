package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.CoachStatus;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every group against every {@code /api} endpoint, the engine REST operations the screens use (Tasklist and
 * Cockpit call the same engine API under {@code /camunda/api/engine}), the dangerous ones of issue 8, and the
 * webapp logins. Each cell is tried for real on live cases and must come out exactly as intended; the table is
 * written to {@code target/authorization-matrix.md} and must equal the one in README.md.
 */
class AuthorizationMatrixIT extends AbstractIntegrationTest {

    /** The columns: who calls. */
    enum Caller {
        ANONYMOUS("anonymous", null), PORTAL("portal (API key)", "portal"), CASEWORKERS("caseworkers", "caseworker"),
        SUPERVISORS("supervisors", "supervisor"), COMMISSION("commission", "commission"),
        OPERATORS("operators", "operator"), ADMIN("camunda-admin", "demo");

        final String label;
        final String user;

        Caller(String label, String user) {
            this.label = label;
            this.user = user;
        }
    }

    enum Outcome { ALLOWED, DENIED, UNCLEAR }

    record Row(String area, String operation, Set<Caller> allowed, Function<Caller, Outcome> attempt) {
    }

    private static final Set<Caller> NOBODY_BUT_ADMIN = EnumSet.of(Caller.ADMIN);
    private static final AtomicInteger APPLICANTS = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.4\n% matrix\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    /** A holder of EXTRA-Zwanger (registered after the transition's reach), who may opt in to Rookvrije Ouders. */
    private static final String ZWANGER_COACH = "SMR-300020";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    CoachRegister register;

    private String registration;
    private String extraModuleCase;
    private String documentId;
    private String engineCase;
    private String timerJob;
    private long bulkStartId;

    @Test
    void everyGroupCanDoExactlyWhatItsScreensNeed() throws Exception {
        setUp();
        List<Row> rows = rows();
        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder("| area | operation |");
        for (Caller caller : Caller.values()) {
            table.append(' ').append(caller.label).append(" |");
        }
        table.append("\n| --- | --- |").append(" :-: |".repeat(Caller.values().length)).append('\n');
        for (Row row : rows) {
            throttle.clear();
            Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
            // the allowed callers last, administrators at the very end: their attempt may change the target
            List<Caller> order = new ArrayList<>(List.of(Caller.values()));
            order.sort((a, b) -> Integer.compare(rank(row, a), rank(row, b)));
            for (Caller caller : order) {
                outcomes.put(caller, row.attempt().apply(caller));
            }
            table.append("| ").append(row.area()).append(" | ").append(row.operation()).append(" |");
            for (Caller caller : Caller.values()) {
                Outcome expected = row.allowed().contains(caller) ? Outcome.ALLOWED : Outcome.DENIED;
                Outcome actual = outcomes.get(caller);
                if (actual != expected) {
                    mismatches.add(row.operation() + " as " + caller.label + ": " + actual + ", intended " + expected);
                }
                table.append(actual == Outcome.ALLOWED ? " ✓ |" : actual == Outcome.DENIED ? " – |" : " ? |");
            }
            table.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authorization-matrix.md"), table);
        System.out.println(table);
        assertThat(mismatches).as("cells that differ from the intended matrix").isEmpty();
        assertThat(Files.readString(Path.of("README.md")))
                .as("README.md shows the authorization matrix exactly as tested (copy target/authorization-matrix.md)")
                .contains(table);
    }

    private static int rank(Row row, Caller caller) {
        return caller == Caller.ADMIN ? 2 : row.allowed().contains(caller) ? 1 : 0;
    }

    // ---- the rows

    private List<Row> rows() {
        Set<Caller> applicants = EnumSet.of(Caller.PORTAL, Caller.CASEWORKERS);
        Set<Caller> caseReaders = EnumSet.of(Caller.PORTAL, Caller.CASEWORKERS, Caller.COMMISSION, Caller.ADMIN);
        Set<Caller> judges = EnumSet.of(Caller.CASEWORKERS, Caller.COMMISSION, Caller.ADMIN);
        Set<Caller> engineReaders = EnumSet.of(Caller.CASEWORKERS, Caller.COMMISSION, Caller.OPERATORS, Caller.ADMIN);
        Set<Caller> people = EnumSet.of(Caller.CASEWORKERS, Caller.SUPERVISORS, Caller.COMMISSION, Caller.OPERATORS,
                Caller.ADMIN);
        String transitionPortal = "TRANS-SMR-300002";
        String transitionExtension = "TRANS-SMR-300003";
        List<Row> rows = new ArrayList<>();
        // application API
        rows.add(new Row("API", "`POST /api/registrations`", applicants,
                c -> http(c, HttpMethod.POST, "/api/registrations", json(application()))));
        rows.add(new Row("API", "`GET /api/registrations/{ref}`", caseReaders,
                c -> http(c, HttpMethod.GET, "/api/registrations/" + registration, null)));
        rows.add(new Row("API", "`POST /api/registrations/{ref}/documents`", applicants,
                c -> http(c, HttpMethod.POST, "/api/registrations/" + registration + "/documents", upload())));
        rows.add(new Row("API", "`GET /api/documents/{id}/content` (no open assessment of the case)", judges,
                c -> http(c, HttpMethod.GET, "/api/documents/" + documentId + "/content", null)));
        rows.add(new Row("API", "`GET /api/cases/{ref}/mails`", judges,
                c -> http(c, HttpMethod.GET, "/api/cases/" + registration + "/mails", null)));
        rows.add(new Row("API", "`POST /api/coaches/import`", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.POST, "/api/coaches/import", csv(coaches(300010, 1)))));
        rows.add(new Row("API", "`PUT /api/coaches/{nr}/user`", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.PUT, "/api/coaches/SMR-000001/user", json("{\"userId\":\"supervisor\"}"))));
        rows.add(new Row("API", "`PUT /api/coaches/{nr}/rookvrije-ouders`", EnumSet.of(Caller.PORTAL),
                c -> http(c, HttpMethod.PUT, "/api/coaches/" + ZWANGER_COACH + "/rookvrije-ouders", null)));
        rows.add(new Row("API", "`DELETE /api/coaches/{nr}/rookvrije-ouders`", EnumSet.of(Caller.PORTAL),
                c -> http(c, HttpMethod.DELETE, "/api/coaches/" + ZWANGER_COACH + "/rookvrije-ouders", null)));
        rows.add(new Row("API", "`POST /api/extra-modules`", EnumSet.of(Caller.PORTAL),
                c -> http(c, HttpMethod.POST, "/api/extra-modules", extraModule("SMR-300003"))));
        rows.add(new Row("API", "`GET /api/extra-modules/{ref}`", caseReaders,
                c -> http(c, HttpMethod.GET, "/api/extra-modules/" + extraModuleCase, null)));
        rows.add(new Row("API", "`POST /api/transition-cases` (bulk start)", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.POST, "/api/transition-cases", null)));
        rows.add(new Row("API", "`GET /api/transition-cases/bulk-starts/{id}`", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.GET, "/api/transition-cases/bulk-starts/" + bulkStartId, null)));
        rows.add(new Row("API", "`GET /api/transition-cases/{ref}`", caseReaders,
                c -> http(c, HttpMethod.GET, "/api/transition-cases/" + transitionPortal, null)));
        rows.add(new Row("API", "`POST /api/transition-cases/{ref}/evidence`", EnumSet.of(Caller.PORTAL),
                c -> http(c, HttpMethod.POST, "/api/transition-cases/" + transitionPortal + "/evidence", evidence())));
        rows.add(new Row("API", "`POST /api/transition-cases/{ref}/extension-requests`", EnumSet.of(Caller.PORTAL),
                c -> http(c, HttpMethod.POST, "/api/transition-cases/" + transitionExtension + "/extension-requests",
                        json("{\"reason\":\"Ziekte van de supervisor\"}"))));
        rows.add(new Row("API", "`GET /actuator/health`", EnumSet.allOf(Caller.class),
                c -> http(c, HttpMethod.GET, "/actuator/health", null)));
        // what Tasklist and Cockpit do
        rows.add(new Row("Tasklist", "`GET /engine-rest/filter` (sees its filter)",
                EnumSet.of(Caller.CASEWORKERS, Caller.SUPERVISORS, Caller.COMMISSION, Caller.ADMIN),
                c -> list(c, "/engine-rest/filter", JsonNode::isEmpty)));
        rows.add(new Row("Tasklist", "`POST /engine-rest/task/{id}/claim` (case workers' task)",
                EnumSet.of(Caller.CASEWORKERS, Caller.ADMIN),
                c -> http(c, HttpMethod.POST, "/engine-rest/task/" + task(Groups.CASEWORKERS, null) + "/claim",
                        json("{\"userId\":\"" + (c.user == null ? "x" : c.user) + "\"}"))));
        rows.add(new Row("Tasklist", "`POST /engine-rest/task/{id}/complete` (case workers' task)",
                EnumSet.of(Caller.CASEWORKERS, Caller.ADMIN),
                c -> http(c, HttpMethod.POST, "/engine-rest/task/" + task(Groups.CASEWORKERS, null) + "/complete",
                        json("{}"))));
        rows.add(new Row("Tasklist", "`POST /engine-rest/task/{id}/complete` (commission task)",
                EnumSet.of(Caller.COMMISSION, Caller.ADMIN),
                c -> http(c, HttpMethod.POST, "/engine-rest/task/" + task(Groups.COMMISSION, null) + "/complete",
                        json("{}"))));
        rows.add(new Row("Tasklist", "`POST /engine-rest/task/{id}/complete` (task assigned to the supervisor)",
                EnumSet.of(Caller.SUPERVISORS, Caller.ADMIN),
                c -> http(c, HttpMethod.POST, "/engine-rest/task/" + task(null, "supervisor") + "/complete",
                        json("{}"))));
        rows.add(new Row("Cockpit", "`GET /engine-rest/process-instance/{id}` (read a case)", engineReaders,
                c -> http(c, HttpMethod.GET, "/engine-rest/process-instance/" + engineCase, null)));
        rows.add(new Row("Cockpit", "`GET /engine-rest/history/process-instance?processInstanceId=` (history)",
                engineReaders,
                c -> list(c, "/engine-rest/history/process-instance?processInstanceId=" + engineCase, JsonNode::isEmpty)));
        rows.add(new Row("Cockpit", "`PUT /engine-rest/job/{id}/retries` (Retry of a failed mail)",
                EnumSet.of(Caller.OPERATORS, Caller.ADMIN),
                c -> http(c, HttpMethod.PUT, "/engine-rest/job/" + timerJob + "/retries", json("{\"retries\":1}"))));
        // what nobody but an administrator may do
        rows.add(new Row("dangerous", "`PUT /engine-rest/task/{id}/variables/coachEmail` (own task)", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.PUT, "/engine-rest/task/" + ownTask(c) + "/variables/coachEmail",
                        json("{\"value\":\"ander@example.nl\",\"type\":\"String\"}"))));
        rows.add(new Row("dangerous", "`PUT /engine-rest/process-instance/{id}/variables/coachEmail`", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.PUT, "/engine-rest/process-instance/" + engineCase + "/variables/coachEmail",
                        json("{\"value\":\"ander@example.nl\",\"type\":\"String\"}"))));
        rows.add(new Row("dangerous", "`POST /engine-rest/job/{id}/execute` (reminder timer)", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.POST, "/engine-rest/job/" + timerJob + "/execute", null)));
        rows.add(new Row("dangerous", "`POST /engine-rest/message` (transitionExtensionRequested)", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.POST, "/engine-rest/message", json("{\"messageName\":"
                        + "\"transitionExtensionRequested\",\"businessKey\":\"TRANS-SMR-300001\"}"))));
        rows.add(new Row("dangerous", "`POST /engine-rest/process-instance/{id}/modification`", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.POST, "/engine-rest/process-instance/" + engineCase + "/modification",
                        json("{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"startBeforeActivity\","
                                + "\"activityId\":\"userTask_confirmEndOfRegistration\"}]}"))));
        rows.add(new Row("dangerous", "`POST /engine-rest/process-definition/key/coachRegistration/start`",
                NOBODY_BUT_ADMIN, c -> http(c, HttpMethod.POST,
                        "/engine-rest/process-definition/key/coachRegistration/start", json("{}"))));
        rows.add(new Row("dangerous", "`POST /engine-rest/user/create`", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.POST, "/engine-rest/user/create", json("{\"profile\":{\"id\":\"intruder"
                        + c.ordinal() + "\"},\"credentials\":{\"password\":\"intruder-secret\"}}"))));
        rows.add(new Row("dangerous", "`DELETE /engine-rest/process-instance/{id}`", NOBODY_BUT_ADMIN,
                c -> http(c, HttpMethod.DELETE, "/engine-rest/process-instance/" + engineCase, null)));
        // webapp logins (the password of the demo user; portal: it has no user)
        for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
            Set<Caller> allowed = switch (app) {
                case "welcome" -> people;
                case "tasklist" -> EnumSet.of(Caller.CASEWORKERS, Caller.SUPERVISORS, Caller.COMMISSION, Caller.ADMIN);
                case "cockpit" -> EnumSet.of(Caller.CASEWORKERS, Caller.OPERATORS, Caller.ADMIN);
                default -> NOBODY_BUT_ADMIN;
            };
            rows.add(new Row("webapp", "log in to " + app.substring(0, 1).toUpperCase() + app.substring(1), allowed,
                    c -> webappLogin(c, app)));
        }
        return rows;
    }

    // ---- live cases to try the operations on

    private void setUp() {
        ResponseEntity<String> imported = api("demo").exchange("/api/coaches/import", HttpMethod.POST,
                csv(coaches(300001, 3)), String.class);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        ResponseEntity<JsonNode> bulk = api("demo").postForEntity("/api/transition-cases", null, JsonNode.class);
        bulkStartId = bulk.getBody().get("id").asLong();
        executeJobs();
        engineCase = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("TRANS-SMR-300001")
                .singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(engineCase).timers().singleResult();
        timerJob = timer.getId();

        LocalDate since = LocalDate.of(2023, 2, 1);
        register.save(new Coach(ZWANGER_COACH, "Coach Zwanger", "zwanger@voorbeeld.nl", "Delft", "2611", since, true,
                CoachStatus.ACTIVE, null, null, "2.6", since, List.of(new Coach.CoachModule(Module.BASIS, since, null,
                        "2.6"), new Coach.CoachModule(Module.EXTRA_ZWANGER, since, null, "2.6"))));

        ResponseEntity<JsonNode> extra = api("portal").exchange("/api/extra-modules", HttpMethod.POST,
                extraModule("SMR-300002"), JsonNode.class);
        assertThat(extra.getStatusCode().value()).as(String.valueOf(extra.getBody())).isEqualTo(201);
        extraModuleCase = extra.getBody().get("reference").asText();

        ResponseEntity<JsonNode> created = api("portal").exchange("/api/registrations", HttpMethod.POST,
                json(application()), JsonNode.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        registration = created.getBody().get("reference").asText();
        ResponseEntity<JsonNode> uploaded = api("portal").exchange("/api/registrations/" + registration + "/documents",
                HttpMethod.POST, upload(), JsonNode.class);
        documentId = uploaded.getBody().get("contentPath").asText().replaceAll(".*/documents/([^/]+)/content", "$1");
        executeJobs();
    }

    private String task(String candidateGroup, String assignee) {
        Task task = taskService.newTask();
        task.setName("Matrixtaak");
        taskService.saveTask(task);
        if (candidateGroup != null) {
            taskService.addCandidateGroup(task.getId(), candidateGroup);
        }
        if (assignee != null) {
            taskService.setAssignee(task.getId(), assignee);
        }
        return task.getId();
    }

    /** A task the caller may work on (a candidate task of their group; the supervisor's own). */
    private String ownTask(Caller caller) {
        return switch (caller) {
            case SUPERVISORS -> task(null, "supervisor");
            case COMMISSION -> task(Groups.COMMISSION, null);
            case OPERATORS -> task(Groups.OPERATORS, null);
            default -> task(Groups.CASEWORKERS, null);
        };
    }

    // ---- calling as a caller

    private TestRestTemplate as(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> rest;
            case PORTAL -> api("portal");
            default -> api(caller.user);
        };
    }

    private Outcome http(Caller caller, HttpMethod method, String path, HttpEntity<?> body) {
        ResponseEntity<String> response = as(caller).exchange(path, method, body, String.class);
        return classify(response.getStatusCode().value(), path + " as " + caller.label + ": " + response.getBody());
    }

    /** A list the engine filters by authorization: allowed when the target is in it. */
    private Outcome list(Caller caller, String path, Predicate<JsonNode> empty) {
        ResponseEntity<JsonNode> response = as(caller).exchange(path, HttpMethod.GET, null, JsonNode.class);
        int status = response.getStatusCode().value();
        if (status == 200) {
            return empty.test(response.getBody()) ? Outcome.DENIED : Outcome.ALLOWED;
        }
        return classify(status, path);
    }

    private static Outcome classify(int status, String what) {
        assertThat(status).as("never 5xx: " + what).isLessThan(500);
        if (status >= 200 && status < 300) {
            return Outcome.ALLOWED;
        }
        if (status == 401 || status == 403 || status == 404) {
            // 404: the engine does not even show the resource to this caller
            return Outcome.DENIED;
        }
        return Outcome.UNCLEAR;
    }

    private Outcome webappLogin(Caller caller, String app) {
        String user = caller == Caller.ANONYMOUS ? "" : caller == Caller.PORTAL ? "portal" : caller.user;
        ResponseEntity<String> response = webappLoginAttempt(user, user, app, new HttpHeaders());
        return classify(response.getStatusCode().value(), "login " + app + " as " + caller.label);
    }

    // ---- bodies

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(body, headers);
    }

    private static String coaches(int first, int count) {
        StringBuilder csv = new StringBuilder(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n");
        for (int i = first; i < first + count; i++) {
            csv.append("SMR-%06d,Coach %d,coach%d@voorbeeld.nl,Delft,2015-03-01,BASIS,true\n".formatted(i, i, i));
        }
        return csv.toString();
    }

    private static String application() {
        return """
                {"firstName": "Jan", "lastName": "Modaal", "email": "matrix%d@example.nl", "phone": "0612345678",
                 "dateOfBirth": "1985-04-12", "postalCode": "3511AB", "city": "Utrecht", "educationLevel": "HBO",
                 "healthcareProfessional": true, "profession": "praktijkondersteuner", "bigNumber": "19012345601",
                 "smrInProfessionalEducation": false, "training": "Integrale basisopleiding SMR",
                 "supervisorRegistrationNumber": "SMR-000001",
                 "epa": {"coachingHours": 40, "clients": 12, "clientsLimitedHealthLiteracy": 3, "intakes": 12,
                         "integralTrajectories": 8, "pharmacotherapyTrajectories": 5, "referrals": 2}}
                """.formatted(APPLICANTS.incrementAndGet());
    }

    private static HttpEntity<MultiValueMap<String, Object>> upload() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", pdf("diploma.pdf"));
        parts.add("type", "DIPLOMA");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    /** An application for EXTRA-Zwanger by the coach, supervised by the demo supervisor. */
    private static HttpEntity<MultiValueMap<String, Object>> extraModule(String coach) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("registrationNumber", coach);
        form.add("module", "EXTRA_ZWANGER");
        form.add("certificates", pdf("certificaat.pdf"));
        form.add("supervisorRegistrationNumber", "SMR-000001");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(form, headers);
    }

    private static HttpEntity<MultiValueMap<String, Object>> evidence() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("certificates", pdf("certificaat.pdf"));
        form.add("supervisorRegistrationNumber", "SMR-000001");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(form, headers);
    }

    private static ByteArrayResource pdf(String name) {
        return new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
