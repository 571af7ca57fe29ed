package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The task forms as Tasklist submits them ({@code POST .../task/{id}/submit-form}, JSON lists typed Json), the task
 * cards, and the mails people read: the failures of issue 7, each shown here.
 */
class TaskFormsIT extends AbstractIntegrationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final byte[] PDF = "%PDF-1.4\n% document\n%%EOF".getBytes();

    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    FilterService filterService;
    @Autowired
    AssessmentService assessments;

    @Test
    void aRegistrationThroughItsFormsReadsAsAPersonExpects() throws Exception {
        String ref = apply("Jan", "Modaal", "jan.modaal@example.nl");
        upload(ref, "DIPLOMA", "diploma.pdf");
        executeJobs();

        // the task says whose it is, and is due by its own type's period (5 days for a document review)
        Task review = task(ref, "userTask_reviewDocuments");
        assertThat(review.getName()).isEqualTo("Documenten controleren: Jan Modaal (" + ref + ")");
        assertThat(review.getDescription()).contains("Jan Modaal", ref, "Registratie nieuwe coach");
        assertThat(review.getDueDate().toInstant().atZone(AMSTERDAM).toLocalDate())
                .isEqualTo(LocalDate.now(AMSTERDAM).plusDays(5));
        assertThat(review.getDueDate().toInstant().atZone(AMSTERDAM).getHour()).isEqualTo(17);

        // incomplete: the mail carries the deadline the API reports, as a long Dutch date
        assertThat(submit("caseworker", review, Map.of("reviewOutcome", "INCOMPLETE", "trainingCompleted", false,
                "missingDocuments", "Het certificaat van de integrale basisopleiding")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();
        JsonNode waiting = api("caseworker").getForObject("/api/registrations/" + ref, JsonNode.class);
        LocalDate deadline = OffsetDateTime.parse(waiting.get("openDeadline").asText()).atZoneSameInstant(AMSTERDAM)
                .toLocalDate();
        String incomplete = text(mail("jan.modaal@example.nl", "Uw aanvraag is nog niet compleet"));
        assertThat(incomplete).contains("uiterlijk " + RegisterTime.longDate(deadline) + ".")
                .contains("https://portaal.kwaliteitsregister-smr.nl/zaken/" + ref)
                .doesNotContain("Uiterlijk .").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        // the second round shows what was asked, and which document is new
        upload(ref, "TRAINING_CERTIFICATE", "certificaat.pdf");
        executeJobs();
        Task second = task(ref, "userTask_reviewDocuments");
        assertThat(runtimeService.getVariable(second.getProcessInstanceId(), "previousRequest"))
                .isEqualTo("Het certificaat van de integrale basisopleiding");
        JsonNode documents = json.readTree(runtimeService.getVariable(second.getProcessInstanceId(), "documents")
                .toString());
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("isNew").asBoolean()).isFalse();
        assertThat(documents.get(1).get("isNew").asBoolean()).isTrue();
        assertThat(submit("caseworker", second, Map.of("reviewOutcome", "COMPLETE", "trainingCompleted", true))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();

        // the supervisor is told at once, with the task's due date and a link to Tasklist
        Task assessment = task(ref, "userTask_assessCompetencies");
        assertThat(assessment.getName()).contains("Jan Modaal", ref);
        String request = text(mail("supervisor@demo.kwaliteitsregister-smr.nl", "Verzoek om beoordeling van Jan Modaal"));
        assertThat(request).contains("/camunda/app/tasklist/default/#/?searchQuery=", ref)
                .contains("vóór " + RegisterTime.longDate(assessment.getDueDate()) + ".");

        // an inconsistent assessment: a Dutch message on the form, 400, the task stays open
        ArrayNode rows = (ArrayNode) json.readTree(runtimeService.getVariable(assessment.getProcessInstanceId(),
                "requirementJudgements").toString());
        assertThat(rows).hasSize(27);
        rows.forEach(row -> ((ObjectNode) row).put("judgement", "SUFFICIENT"));
        ((ObjectNode) rows.get(3)).put("judgement", "INSUFFICIENT").put("remark", "Niet gezien in de praktijk");
        // Tasklist sends only a row's fields (judgement, remark), not the code the row was prepared with
        ArrayNode asTasklistSends = json.createArrayNode();
        rows.forEach(row -> asTasklistSends.addObject().put("judgement", row.get("judgement").asText())
                .put("remark", row.path("remark").asText()));
        ResponseEntity<JsonNode> refused = submitForm("supervisor", assessment, Map.of(
                "requirementJudgements", jsonValue(asTasklistSends), "allRequirementsSufficient", plain(false),
                "epaConfirmed", plain(true), "supervisorJudgement", plain("POSITIVE")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).startsWith("De beoordeling is niet consistent")
                .contains(rows.get(3).get("code").asText()).doesNotContain("Cannot submit");
        assertThat(task(ref, "userTask_assessCompetencies")).isNotNull();
        assertThat(assessments.forCase(ref)).isEmpty();

        // all sufficient in one step, as Tasklist sends the untouched list
        rows.forEach(row -> ((ObjectNode) row).put("judgement", ""));
        ((ObjectNode) rows.get(3)).put("remark", "Goed gezien bij een zwangere cliënt");
        assertThat(submitForm("supervisor", assessment, Map.of("requirementJudgements", jsonValue(rows),
                "allRequirementsSufficient", plain(true), "epaConfirmed", plain(true),
                "supervisorJudgement", plain("POSITIVE"), "assessmentRemarks", plain("Prima coach")))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();
        assertThat(assessments.forCase(ref)).singleElement().satisfies(a -> {
            assertThat(a.allSufficient()).isTrue();
            assertThat(a.judgements()).hasSize(27);
            assertThat(a.requirementRemarks().get(rows.get(3).get("code").asText()))
                    .isEqualTo("Goed gezien bij een zwangere cliënt");
        });
        assertThat(api("caseworker").getForObject("/api/registrations/" + ref, JsonNode.class).get("status").asText())
                .isEqualTo("REGISTERED");
    }

    @Test
    void theCommissionReadsEveryShortfallAndEveryJudgementInDutch() throws Exception {
        String ref = apply("Els", "Visser", "els.visser@example.nl", 10, 3);
        upload(ref, "DIPLOMA", "diploma.pdf");
        executeJobs();
        submit("caseworker", task(ref, "userTask_reviewDocuments"),
                Map.of("reviewOutcome", "COMPLETE", "trainingCompleted", true));
        executeJobs();
        Task assessment = task(ref, "userTask_assessCompetencies");
        assertThat(submitForm("supervisor", assessment, Map.of("allRequirementsSufficient", plain(true),
                "epaConfirmed", plain(true), "supervisorJudgement", plain("POSITIVE"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();
        Task commission = task(ref, "userTask_decideByCommission");
        String pi = commission.getProcessInstanceId();
        assertThat(runtimeService.getVariable(pi, "epaShortfall"))
                .isEqualTo("te weinig coachingsuren (minimum 40); te weinig intakes (minimum 10)");
        assertThat(runtimeService.getVariable(pi, "supervisorJudgementLabel")).isEqualTo("positief");
        JsonNode rows = json.readTree(runtimeService.getVariable(pi, "assessmentRows").toString());
        assertThat(rows).hasSize(27);
        assertThat(rows.get(0).get("judgementLabel").asText()).isEqualTo("voldoende");
        assertThat(runtimeService.getVariable(pi, "assessmentOverview").toString())
                .contains("positief", "Alle eisen van BASIS 2.6 voldoende");
    }

    @Test
    void aSecondTransitionAssessmentThroughTheFormIsAcceptedAndExtensionDatesAreReadAsTyped() throws Exception {
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(api("demo").postForEntity("/api/coaches/import", new HttpEntity<>(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n"
                        + "SMR-200001,Ria Overgang,ria@example.nl,Zwolle,2015-03-01,BASIS,true\n"
                        + "SMR-200002,Piet Verlenging,piet@example.nl,Utrecht,2013-01-24,BASIS,false\n", csv),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api("demo").postForEntity("/api/transition-cases", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        executeJobs();

        // the start letter gives the deadline the API reports, as a long Dutch date; no ISO date
        LocalDate deadline = LocalDate.parse(api("portal").getForObject("/api/transition-cases/TRANS-SMR-200002",
                JsonNode.class).get("deadline").asText());
        String start = text(mail("piet@example.nl", "Overgangsregeling"));
        assertThat(start).contains("Uw uiterste datum is " + RegisterTime.longDate(deadline) + ".")
                .contains("sinds 24 januari 2013").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        // round 1: evidence, review, a negative assessment
        evidence("TRANS-SMR-200001");
        submit("caseworker", task("TRANS-SMR-200001", "userTask_reviewEvidence"), Map.of("evidenceReview",
                "COMPLETE", "referToCommission", false, "reviewRemarks", "Certificaat module 3 graag opnieuw"));
        executeJobs();
        assertThat(submitForm("supervisor", task("TRANS-SMR-200001", "userTask_assessCompetencies"), Map.of(
                "allRequirementsSufficient", plain(false), "requirementJudgements", jsonValue(judged("INSUFFICIENT")),
                "epaConfirmed", plain(false), "supervisorJudgement", plain("NEGATIVE"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();

        // round 2: the previous request is shown; the supervisor's form is accepted (no Null-typed leftovers)
        evidence("TRANS-SMR-200001");
        Task review = task("TRANS-SMR-200001", "userTask_reviewEvidence");
        assertThat(runtimeService.getVariable(review.getProcessInstanceId(), "previousReviewRemarks"))
                .isEqualTo("Certificaat module 3 graag opnieuw");
        // the form's document list (casework FormDocumentList): the new certificate marked, the earlier one shown
        JsonNode documents = json.readTree(runtimeService.getVariable(review.getProcessInstanceId(), "documents")
                .toString());
        assertThat(documents).hasSize(2);
        assertThat(documents.findValuesAsText("isNew")).containsExactlyInAnyOrder("true", "false");
        submit("caseworker", review, Map.of("evidenceReview", "COMPLETE", "referToCommission", false,
                "reviewRemarks", "Compleet"));
        executeJobs();
        ResponseEntity<JsonNode> assessed = submitForm("supervisor",
                task("TRANS-SMR-200001", "userTask_assessCompetencies"), Map.of(
                        "allRequirementsSufficient", plain(false), "requirementJudgements", jsonValue(judged("SUFFICIENT")),
                        "epaConfirmed", plain(true), "supervisorJudgement", plain("POSITIVE")));
        assertThat(assessed.getStatusCode()).as(String.valueOf(assessed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();
        assertThat(api("portal").getForObject("/api/transition-cases/TRANS-SMR-200001", JsonNode.class)
                .get("status").asText()).isEqualTo("QUALIFIED");

        // an extension: a malformed date and one past the maximum are refused in Dutch; a typed Dutch date is kept
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        assertThat(api("portal").postForEntity("/api/transition-cases/TRANS-SMR-200002/extension-requests",
                new HttpEntity<>("{\"reason\":\"Langdurig ziek\"}", jsonHeaders), JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        Task decision = task("TRANS-SMR-200002", "userTask_decideExtension");
        for (String typed : List.of("05/31/2030", "31-02-2030", "2029-01-01")) {
            ResponseEntity<JsonNode> refused = submit("commission", decision, Map.of("extensionDecision", "GRANT",
                    "newDeadline", typed, "extensionDecisionReason", "Ziek geweest"));
            assertThat(refused.getStatusCode()).as(typed).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("field").asText()).isEqualTo("newDeadline");
            assertThat(refused.getBody().get("message").asText()).as(typed).doesNotContain("Cannot");
        }
        String tooLate = deadline.plusYears(1).plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
        assertThat(submit("commission", decision, Map.of("extensionDecision", "GRANT", "newDeadline", tooLate,
                "extensionDecisionReason", "Ziek geweest")).getBody().get("message").asText())
                .contains("te ver weg", RegisterTime.longDate(deadline.plusYears(1)));
        LocalDate granted = deadline.plusMonths(6);
        assertThat(submit("commission", decision, Map.of("extensionDecision", "GRANT",
                "newDeadline", granted.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                "extensionDecisionReason", "Ziek geweest")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();
        assertThat(api("portal").getForObject("/api/transition-cases/TRANS-SMR-200002", JsonNode.class)
                .get("deadline").asText()).isEqualTo(granted.toString());
        assertThat(mail("piet@example.nl", "Verlenging overgangstermijn toegekend tot " + RegisterTime.longDate(granted)))
                .isNotNull();
    }

    @Test
    void everyFilterShowsTheCoachAndTheCaseSortedByDueDate() {
        for (Filter filter : filterService.createFilterQuery().list()) {
            assertThat(filter.getProperties().get("variables")).as(filter.getName())
                    .isEqualTo(List.of(Map.of("name", "coachName", "label", "Coach"),
                            Map.of("name", "caseReference", "label", "Zaak")));
            org.camunda.bpm.engine.impl.TaskQueryImpl query = filter.getQuery();
            assertThat(query.getOrderingProperties()).as(filter.getName())
                    .anyMatch(p -> p.getQueryProperty().getName().contains("DUE_DATE"));
        }
    }

    // ---- helpers

    private String apply(String first, String last, String email) {
        return apply(first, last, email, 40, 12);
    }

    private String apply(String first, String last, String email, int coachingHours, int intakes) {
        ObjectNode body = json.createObjectNode();
        body.put("firstName", first).put("lastName", last).put("email", email)
                .put("phone", "0612345678").put("dateOfBirth", "1985-04-12").put("postalCode", "3511AB")
                .put("city", "Utrecht").put("educationLevel", "HBO").put("healthcareProfessional", true)
                .put("profession", "praktijkondersteuner").put("bigNumber", "19012345601")
                .put("smrInProfessionalEducation", false).put("training", "Integrale basisopleiding SMR")
                .put("supervisorRegistrationNumber", "SMR-000001");
        body.putObject("epa").put("coachingHours", coachingHours).put("clients", 12)
                .put("clientsLimitedHealthLiteracy", 3).put("intakes", intakes).put("integralTrajectories", 8)
                .put("pharmacotherapyTrajectories", 5).put("referrals", 2);
        ResponseEntity<JsonNode> created = api("portal").postForEntity("/api/registrations", body, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("reference").asText();
    }

    private void upload(String ref, String type, String fileName) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        parts.add("type", type);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(api("portal").postForEntity("/api/registrations/" + ref + "/documents",
                new HttpEntity<>(parts, headers), JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    private void evidence(String ref) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("certificates", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return "certificaat.pdf";
            }
        });
        form.add("supervisorRegistrationNumber", "SMR-000001");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> response = api("portal").postForEntity("/api/transition-cases/" + ref + "/evidence",
                new HttpEntity<>(form, headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
        executeJobs();
    }

    /** Every BASIS 2.6 requirement judged the same, as the form's list. */
    private ArrayNode judged(String judgement) {
        ArrayNode rows = json.createArrayNode();
        for (String code : assessments.profileInForce("BASIS").codes()) {
            rows.addObject().put("code", code).put("judgement", judgement).put("remark", "");
        }
        return rows;
    }

    private Task task(String ref, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key).singleResult();
    }

    private ResponseEntity<JsonNode> submit(String user, Task task, Map<String, Object> values) {
        Map<String, ObjectNode> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, plain(value)));
        return submitForm(user, task, variables);
    }

    /** As Tasklist sends a Camunda Form: primitives as plain values, lists and objects as typed Json strings. */
    private ResponseEntity<JsonNode> submitForm(String user, Task task, Map<String, ObjectNode> variables) {
        ObjectNode body = json.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        variables.forEach(vars::set);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api(user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
                new HttpEntity<>(body.toString(), headers), JsonNode.class);
    }

    private ObjectNode plain(Object value) {
        ObjectNode node = json.createObjectNode();
        node.set("value", json.valueToTree(value));
        return node;
    }

    private ObjectNode jsonValue(JsonNode value) {
        ObjectNode node = json.createObjectNode();
        node.put("value", value.toString()).put("type", "Json");
        return node;
    }

    private static MimeMessage mail(String to, String subjectStart) throws Exception {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(to))
                    && message.getSubject().startsWith(subjectStart)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + to + " starting '" + subjectStart + "'");
    }

}
