package nl.kabiz.smr.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
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

/**
 * A registration through HTTP, as the portal, the case worker, the supervisor and the commission do it: the API,
 * uploads, every task completed through the engine's REST API as the right demo user, the Dutch emails, the coach in
 * the register; the refusal, commission and "niet in behandeling" paths; and bad input.
 */
class RegistrationApiIT extends AbstractIntegrationTest {

    static final AtomicInteger APPLICANTS = new AtomicInteger();
    static final byte[] PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    CoachRegister register;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    // ---- full runs

    @Test
    void aCompleteApplicationEndsWithTheCoachInTheRegister() throws Exception {
        ObjectNode application = application("HBO");
        ResponseEntity<JsonNode> created = api("portal").postForEntity("/api/registrations", application, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String ref = created.getBody().get("reference").asText();
        assertThat(ref).matches("REG-\\d{4}-\\d{6}");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/registrations/" + ref);
        assertThat(created.getBody().get("status").asText()).isEqualTo("RECEIVED");

        String email = application.get("email").asText();
        executeJobs();
        assertThat(subjectsTo(email)).containsExactly("Uw aanvraag voor registratie is ontvangen (" + ref + ")");
        assertThat(text(mailsTo(email).get(0))).contains("Beste Jan Modaal", ref);

        JsonNode uploaded = upload("portal", ref, "DIPLOMA", "diploma.pdf", PDF).getBody();
        upload("portal", ref, "TRAINING_CERTIFICATE", "certificaat.pdf", PDF);
        JsonNode view = get(ref);
        assertThat(view.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(view.get("statusLabel").asText()).isEqualTo("Documenten worden gecontroleerd");
        assertThat(view.get("trainingRoute").asText()).isEqualTo("TAILORED");
        assertThat(view.get("documents")).hasSize(2);
        assertThat(view.get("decisionDueDate").asText()).isEqualTo(LocalDate.now().plusDays(56).toString());
        String contentPath = uploaded.get("contentPath").asText();
        assertThat(view.get("documents").get(0).get("contentPath").asText()).isEqualTo(contentPath);

        // the review form's link opens the document for the case worker
        ResponseEntity<byte[]> document = api("caseworker").getForEntity(contentPath, byte[].class);
        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getBody()).isEqualTo(PDF);
        Task review = task(ref, "userTask_reviewDocuments");
        assertThat(review.getDueDate()).isNotNull();
        String documentsVariable = runtimeService.getVariable(review.getProcessInstanceId(), "documents").toString();
        assertThat(documentsVariable).contains(contentPath, "Diploma", "diploma.pdf");

        // a supervisor or the portal cannot do the case worker's review
        assertThat(complete("supervisor", review, Map.of("reviewOutcome", "COMPLETE")).getStatusCode().value())
                .isIn(403, 404);
        assertThat(complete("portal", review, Map.of("reviewOutcome", "COMPLETE")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete("caseworker", review, Map.of("reviewOutcome", "COMPLETE", "trainingCompleted", true))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs(); // the supervisor's assessment request mail, then the task

        Task assessment = task(ref, "userTask_assessCompetencies");
        assertThat(assessment.getAssignee()).isEqualTo("supervisor");
        assertThat(get(ref).get("status").asText()).isEqualTo("ASSESSMENT");
        // the supervisor may open the documents of the case they assess
        assertThat(api("supervisor").getForEntity(contentPath, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // a case worker cannot judge in the supervisor's place
        assertThat(assess("caseworker", assessment, "POSITIVE").getStatusCode().value()).isIn(403, 404);
        assertThat(assess("supervisor", assessment, "POSITIVE").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        executeJobs();
        view = get(ref);
        assertThat(view.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(view.get("statusLabel").asText()).isEqualTo("Ingeschreven in het register");
        String number = view.get("registrationNumber").asText();
        assertThat(number).matches("SMR-\\d{6}");
        Coach coach = register.find(number).orElseThrow();
        assertThat(coach.name()).isEqualTo("Jan Modaal");
        assertThat(coach.email()).isEqualTo(application.get("email").asText());
        assertThat(coach.isActive()).isTrue();
        assertThat(coach.profileVersion()).isEqualTo("2.6");
        assertThat(coach.holds(nl.kabiz.smr.coach.Module.BASIS, LocalDate.now())).isTrue();
        assertThat(assessments.forCase(ref)).hasSize(1);
        assertThat(subjectsTo(email)).containsExactly(
                "Uw aanvraag voor registratie is ontvangen (" + ref + ")",
                "U bent ingeschreven in het Kwaliteitsregister Stoppen met Roken");
        assertThat(text(mailsTo(email).get(1))).contains(number);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
        assertThat(decision(ref)).containsEntry("outcome", "REGISTERED")
                .containsEntry("decided_by", "regeltabel registrationEligibility").containsEntry("objection_text", null);

        // a closed case takes no more documents; the same person may apply again
        assertThat(upload("portal", ref, "OTHER", "extra.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void incompleteDocumentsSuspendTheHandlingPeriodUntilTheCoachUploads() throws Exception {
        ObjectNode application = application("WO");
        String ref = submit(application);
        executeJobs();
        Task review = task(ref, "userTask_reviewDocuments");
        assertThat(complete("caseworker", review, Map.of("reviewOutcome", "INCOMPLETE",
                "missingDocuments", "Kopie van uw WO-diploma")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // the case waits for the coach from the review's completion on, before the request mail's job has run
        assertThat(get(ref).get("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
        assertThat(get(ref).get("handlingSuspended").asBoolean()).isTrue();
        executeJobs();
        JsonNode waiting = get(ref);
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
        assertThat(waiting.get("statusLabel").asText()).isEqualTo("Wacht op aanvulling van documenten");
        assertThat(waiting.get("missingDocuments").asText()).isEqualTo("Kopie van uw WO-diploma");
        assertThat(waiting.get("openDeadline").isNull()).isFalse();
        assertThat(waiting.get("handlingSuspended").asBoolean()).isTrue();
        LocalDate dueBefore = LocalDate.parse(waiting.get("decisionDueDate").asText());
        MimeMessage incomplete = mailsTo(application.get("email").asText()).get(1);
        assertThat(incomplete.getSubject()).isEqualTo("Uw aanvraag is nog niet compleet (" + ref + ")");
        assertThat(text(incomplete)).contains("Kopie van uw WO-diploma");

        moveClockBy(Duration.ofDays(10));
        assertThat(upload("portal", ref, "DIPLOMA", "wo-diploma.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode resumed = get(ref);
        assertThat(resumed.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(resumed.get("daysSuspended").asInt()).isEqualTo(10);
        assertThat(LocalDate.parse(resumed.get("decisionDueDate").asText())).isEqualTo(dueBefore.plusDays(10));
        assertThat(resumed.has("openDeadline")).isFalse();
        Task second = task(ref, "userTask_reviewDocuments");
        assertThat(second.getDueDate().toInstant()).isAfter(review.getDueDate().toInstant().plus(Duration.ofDays(9)));
    }

    @Test
    void documentsThatNeverComeCloseTheCaseAsNotConsidered() throws Exception {
        ObjectNode application = application("MBO-4");
        String ref = submit(application);
        executeJobs();
        complete("caseworker", task(ref, "userTask_reviewDocuments"),
                Map.of("reviewOutcome", "INCOMPLETE", "missingDocuments", "EPA-portfolio"));
        executeJobs();
        moveClockBy(Duration.ofDays(14).plusHours(1));
        executeJobs();
        moveClockBy(Duration.ofDays(14));
        executeJobs();
        assertThat(get(ref).get("status").asText()).isEqualTo("NOT_CONSIDERED");
        assertThat(get(ref).get("statusLabel").asText()).isEqualTo("Niet in behandeling genomen");
        assertThat(subjectsTo(application.get("email").asText())).containsExactly(
                "Uw aanvraag voor registratie is ontvangen (" + ref + ")",
                "Uw aanvraag is nog niet compleet (" + ref + ")",
                "Herinnering: stuur de ontbrekende documenten (" + ref + ")",
                "Uw aanvraag is niet in behandeling genomen (" + ref + ")");
        assertThat(upload("portal", ref, "OTHER", "te-laat.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // decided by the case worker whose review asked for the documents, against the coach
        assertThat(decision(ref)).containsEntry("outcome", "NOT_CONSIDERED").containsEntry("decided_by", "caseworker")
                .extractingByKey("objection_text").isNotNull();
        assertThat(decidedByOnTheCase(ref)).isEqualTo("caseworker");
    }

    @Test
    void educationBelowMbo4IsRefusedWithTheObjectionRoute() throws Exception {
        ObjectNode application = application("MBO-3");
        String ref = submit(application);
        executeJobs();
        complete("caseworker", task(ref, "userTask_reviewDocuments"),
                Map.of("reviewOutcome", "COMPLETE", "trainingCompleted", true));
        executeJobs();
        assess("supervisor", task(ref, "userTask_assessCompetencies"), "POSITIVE");
        executeJobs();
        JsonNode view = get(ref);
        assertThat(view.get("status").asText()).isEqualTo("REFUSED");
        assertThat(view.get("decisionReason").asText()).contains("MBO-4");
        MimeMessage refusal = mailsTo(application.get("email").asText()).get(1);
        assertThat(refusal.getSubject()).isEqualTo("Besluit over uw aanvraag voor registratie (" + ref + ")");
        assertThat(text(refusal)).contains("lager dan MBO-4").contains("binnen 6 weken");
        assertThat(view.has("registrationNumber")).isFalse();
        assertThat(decision(ref)).containsEntry("outcome", "REFUSED")
                .containsEntry("decided_by", "regeltabel registrationEligibility")
                .extractingByKey("objection_text").asString().contains("binnen 6 weken");
        assertThat(decidedByOnTheCase(ref)).isEqualTo("regeltabel registrationEligibility");
    }

    @Test
    void aForeignDiplomaIsDecidedByTheCommission() throws Exception {
        ObjectNode application = application("FOREIGN");
        String ref = submit(application);
        executeJobs();
        complete("caseworker", task(ref, "userTask_reviewDocuments"),
                Map.of("reviewOutcome", "COMPLETE", "trainingCompleted", true));
        executeJobs();
        assess("supervisor", task(ref, "userTask_assessCompetencies"), "POSITIVE");
        Task commission = task(ref, "userTask_decideByCommission");
        assertThat(get(ref).get("status").asText()).isEqualTo("COMMISSION");
        Map<String, Object> decision = Map.of("commissionDecision", "REJECT",
                "commissionReason", "Het buitenlandse diploma is niet gelijkwaardig aan MBO-4.");
        assertThat(complete("caseworker", commission, decision).getStatusCode().value()).isIn(403, 404);
        assertThat(complete("commission", commission, decision).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();
        assertThat(get(ref).get("status").asText()).isEqualTo("REFUSED");
        assertThat(subjectsTo(application.get("email").asText())).containsExactly(
                "Uw aanvraag voor registratie is ontvangen (" + ref + ")",
                "Besluit over uw aanvraag voor registratie (" + ref + ")");
        assertThat(text(mailsTo(application.get("email").asText()).get(1))).contains("niet gelijkwaardig aan MBO-4");
        // the person who decided, not a role
        assertThat(decision(ref)).containsEntry("outcome", "REFUSED").containsEntry("decided_by", "commission");
        assertThat(decidedByOnTheCase(ref)).isEqualTo("commission");
    }

    // ---- bad input

    @Test
    void missingFieldsAreNamedAndNothingIsStored() {
        ResponseEntity<JsonNode> response = api("portal").postForEntity("/api/registrations",
                json.createObjectNode().put("firstName", "Jan"), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).contains("lastName", "email", "phone", "dateOfBirth", "postalCode", "city",
                "educationLevel", "healthcareProfessional", "smrInProfessionalEducation", "training",
                "supervisorRegistrationNumber", "epa").doesNotContain("firstName");
    }

    @Test
    void malformedFieldsAreNamed() {
        ObjectNode application = application("HBO");
        application.put("bigNumber", "1901234560");
        application.put("email", "geen-adres");
        application.put("postalCode", "35111AB");
        application.put("educationLevel", "MBO-5");
        ((ObjectNode) application.get("epa")).put("clients", -1);
        ResponseEntity<JsonNode> response = api("portal").postForEntity("/api/registrations", application, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactlyInAnyOrder("bigNumber", "email", "postalCode", "educationLevel",
                "epa.clients");
        assertNothingStoredFor(application.get("email").asText());
    }

    @Test
    void anUnknownSupervisorIsRefusedOnItsField() {
        ObjectNode application = application("HBO");
        application.put("supervisorRegistrationNumber", "SMR-999999");
        ResponseEntity<JsonNode> response = api("portal").postForEntity("/api/registrations", application, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactly("supervisorRegistrationNumber");
        assertNothingStoredFor(application.get("email").asText());
    }

    @Test
    void anImplausibleDateOfBirthIsRefused() {
        ObjectNode application = application("HBO");
        application.put("dateOfBirth", LocalDate.now().minusYears(12).toString());
        ResponseEntity<JsonNode> response = api("portal").postForEntity("/api/registrations", application, JsonNode.class);
        assertThat(fields(response)).containsExactly("dateOfBirth");
    }

    @Test
    void aSecondOpenApplicationForTheSameEmailIsAConflict() {
        ObjectNode application = application("HBO");
        submit(application);
        application.put("email", application.get("email").asText().toUpperCase());
        ResponseEntity<JsonNode> again = api("caseworker").postForEntity("/api/registrations", application, JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration_application WHERE LOWER(email) = ?",
                Integer.class, application.get("email").asText().toLowerCase())).isEqualTo(1);
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        String ref = submit(application("HBO"));
        ResponseEntity<JsonNode> text = upload("portal", ref, "DIPLOMA", "diploma.pdf",
                "dit is geen pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThat(upload("portal", ref, "DIPLOMA", "groot.pdf", large).getStatusCode())
                .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        ResponseEntity<JsonNode> badType = upload("portal", ref, "PASPOORT", "pas.pdf", PDF);
        assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badType)).containsExactly("type");
        assertThat(get(ref).get("documents")).isEmpty();
        assertThat(upload("portal", "REG-2000-999999", "DIPLOMA", "d.pdf", PDF).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyThePortalAndCaseWorkersApply() {
        assertThat(api("supervisor").postForEntity("/api/registrations", application("HBO"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("commission").getForEntity("/api/registrations/REG-2000-999999", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api("supervisor").getForEntity("/api/registrations/REG-2000-999999", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // ---- helpers

    /** The example body, with a fresh email address per applicant. */
    ObjectNode application(String educationLevel) {
        ObjectNode body = json.createObjectNode();
        body.put("firstName", "Jan").put("lastName", "Modaal")
                .put("email", "jan.modaal+" + APPLICANTS.incrementAndGet() + "@example.nl")
                .put("phone", "0612345678").put("dateOfBirth", "1985-04-12").put("postalCode", "3511AB")
                .put("city", "Utrecht").put("educationLevel", educationLevel).put("healthcareProfessional", true)
                .put("profession", "praktijkondersteuner").put("bigNumber", "19012345601")
                .put("smrInProfessionalEducation", false).put("training", "Integrale basisopleiding SMR")
                .put("supervisorRegistrationNumber", "SMR-000001");
        body.putObject("epa").put("coachingHours", 40).put("clients", 12).put("clientsLimitedHealthLiteracy", 3)
                .put("intakes", 12).put("integralTrajectories", 8).put("pharmacotherapyTrajectories", 5)
                .put("referrals", 2);
        return body;
    }

    String submit(ObjectNode application) {
        ResponseEntity<JsonNode> created = api("portal").postForEntity("/api/registrations", application, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("reference").asText();
    }

    JsonNode get(String ref) {
        ResponseEntity<JsonNode> response = api("caseworker").getForEntity("/api/registrations/" + ref, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    ResponseEntity<JsonNode> upload(String user, String ref, String type, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        parts.add("type", type);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return api(user).postForEntity("/api/registrations/" + ref + "/documents", new HttpEntity<>(parts, headers),
                JsonNode.class);
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

    /** Completes the supervisor's checklist: every requirement of the profile sufficient, the EPA confirmed. */
    ResponseEntity<String> assess(String user, Task task, String judgement) throws Exception {
        List<String> codes = List.copyOf(assessments.profile("BASIS", "2.6").codes());
        ObjectNode body = json.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        vars.putObject("sufficientRequirements").put("value", json.writeValueAsString(codes)).put("type", "Json");
        vars.putObject("epaConfirmed").put("value", true);
        vars.putObject("supervisorJudgement").put("value", judgement);
        vars.putObject("assessmentRemarks").put("value", "In de praktijk gezien.");
        return completeTask(user, task, body);
    }

    /** The mails received by one address, in order (other tests' cases may send mail in between). */
    static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<String> subjectsTo(String email) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage message : mailsTo(email)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }


    static List<String> fields(ResponseEntity<JsonNode> response) {
        assertThat(response.getBody().has("errors")).as("problem with errors: %s", response.getBody()).isTrue();
        return java.util.stream.StreamSupport.stream(response.getBody().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }

    /** The case's one decision in {@code case_decision}. */
    Map<String, Object> decision(String ref) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT outcome, decided_by, objection_text"
                + " FROM case_decision WHERE case_reference = ?", ref);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = new java.util.HashMap<>();
        rows.get(0).forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return row;
    }

    String decidedByOnTheCase(String ref) {
        return jdbc.queryForObject("SELECT decided_by FROM registration_application WHERE reference = ?",
                String.class, ref);
    }

    void assertNothingStoredFor(String email) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration_application WHERE email = ?",
                Integer.class, email)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("coachRegistration")
                .variableValueEquals("coachEmail", email).count()).isZero();
    }
}
