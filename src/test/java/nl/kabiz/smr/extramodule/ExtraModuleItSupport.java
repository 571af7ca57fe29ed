package nl.kabiz.smr.extramodule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.CoachStatus;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What the EXTRA-module integration tests share: the demo coaches, the portal's form, Tasklist's calls, mails. */
abstract class ExtraModuleItSupport extends AbstractIntegrationTest {

    /** EXTRA-Zwanger 2.6: the BASIS requirements with an addition (DOMAIN.md, issue 10). */
    static final List<String> ZWANGER_ADDITIONS = List.of("1.1", "1.2", "1.3", "1.7", "1.8", "1.9", "1.11", "2.1",
            "2.4", "3.1", "3.2", "4.1", "5.1", "6.3", "7.1", "7.2");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Demo coach registered with BASIS in 2022 (not in transition), and the demo supervisor (user "supervisor"). */
    static final String DEMO_COACH = "SMR-000035";
    static final String DEMO_COACH_NAME = "Hendrik Huisman";
    static final String DEMO_COACH_EMAIL = "hendrik.huisman@voorbeeld.nl";
    static final String SUPERVISOR = "SMR-000001";

    final ObjectMapper json = new ObjectMapper();

    @Autowired
    CoachRegister register;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /**
     * The demo coaches as src/main/resources/demo/coaches.csv has them (the integration tests do not load the demo
     * register): SMR-000035 registered with BASIS in 2022, SMR-000036 in 2024.
     */
    @BeforeEach
    void demoCoaches() {
        coach(DEMO_COACH, DEMO_COACH_NAME, DEMO_COACH_EMAIL, LocalDate.of(2022, 9, 25));
        coach("SMR-000036", "Mirjam Peeters", "mirjam.peeters@voorbeeld.nl", LocalDate.of(2024, 6, 16));
    }

    void coach(String number, String name, String email, LocalDate since) {
        if (register.find(number).isEmpty()) {
            register.save(new Coach(number, name, email, "Amsterdam", null, since, true, CoachStatus.ACTIVE, null,
                    null, "2.6", since, List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"))));
        }
    }

    // ---- helpers

    ResponseEntity<JsonNode> apply(String coach, String module, String supervisor, byte[] certificate, String name) {
        return api("portal").postForEntity("/api/extra-modules", form(coach, module, supervisor, certificate, name),
                JsonNode.class);
    }

    static HttpEntity<MultiValueMap<String, Object>> form(String coach, String module, String supervisor,
            byte[] certificate, String name) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("registrationNumber", coach);
        parts.add("module", module);
        parts.add("supervisorRegistrationNumber", supervisor);
        parts.add("epaSummary", "12 zwangere cliënten begeleid, 4 verwijzingen via de verloskundige.");
        if (certificate != null) {
            parts.add("certificates", new ByteArrayResource(certificate) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    JsonNode view(String ref) {
        ResponseEntity<JsonNode> response = api("caseworker").getForEntity("/api/extra-modules/" + ref, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    static List<String> decisions(JsonNode view) {
        return StreamSupport.stream(view.get("decisions").spliterator(), false)
                .map(d -> d.get("outcome").asText() + " by " + d.get("decidedBy").asText()).toList();
    }

    Task task(String ref, String definitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    ResponseEntity<String> complete(String user, Task task, Map<String, Object> variables) {
        ObjectNode body = json.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        variables.forEach((name, value) -> vars.putObject(name).set("value", json.valueToTree(value)));
        return completeTask(user, task, body);
    }

    /** The supervisor's checklist: the listed requirements sufficient, the EPA confirmed, an overall judgement. */
    ResponseEntity<String> assess(String user, Task task, List<String> sufficient, String judgement) throws Exception {
        ObjectNode body = json.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        vars.putObject("sufficientRequirements").put("value", json.writeValueAsString(sufficient)).put("type", "Json");
        vars.putObject("epaConfirmed").put("value", true);
        vars.putObject("supervisorJudgement").put("value", judgement);
        vars.putObject("assessmentRemarks").put("value", "In de praktijk gezien bij zwangere cliënten.");
        return completeTask(user, task, body);
    }

    static List<String> fields(ResponseEntity<JsonNode> response) {
        assertThat(response.getBody().has("errors")).as("problem with errors: %s", response.getBody()).isTrue();
        return StreamSupport.stream(response.getBody().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }

    /**
     * The text of the one mail to the address with this subject (any subject when null: then the address gets
     * exactly one mail not yet read this way).
     */
    static String onlyMail(String email, String subject) throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            boolean to = Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
            if (to) {
                subjects.add(message.getSubject());
                if (subject == null || subject.equals(message.getSubject())) {
                    texts.add(text(message));
                }
            }
        }
        assertThat(texts).as("mails to %s with subject %s; subjects: %s", email, subject, subjects).hasSize(1);
        return texts.get(0);
    }
}
