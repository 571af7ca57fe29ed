package nl.kabiz.smr.publicregister;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.CoachStatus;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.support.AbstractIntegrationTest;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The public register over HTTP, without login: what the page and the JSON show (and never show), kept current by
 * the procedures (registration, transition deadline, end of registration, modules, Rookvrije Ouders), and bad
 * parameters. The rate limit has its own test ({@link PublicRegisterRateLimitIT}).
 */
@TestPropertySource(properties = "smr.public-register.rate-limit.requests=100000")
class PublicRegisterIT extends AbstractIntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    CoachRegister register;

    @Autowired
    TaskService taskService;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ObjectMapper json;

    // ---- kept current by the procedures

    @Test
    void aCoachRegisteredThroughTheProcedureAppearsWithBasisAndNothingPersonal() throws Exception {
        ObjectNode application = json.createObjectNode();
        application.put("firstName", "Anna").put("lastName", "de Vries-Özdemir")
                .put("email", "anna.devries.prive@example.nl").put("phone", "0687654321")
                .put("dateOfBirth", "1979-11-23").put("postalCode", "3512JK").put("city", "Utrecht")
                .put("educationLevel", "HBO").put("healthcareProfessional", true)
                .put("profession", "praktijkondersteuner").put("bigNumber", "19087654301")
                .put("smrInProfessionalEducation", false).put("training", "Integrale basisopleiding SMR")
                .put("supervisorRegistrationNumber", "SMR-000001");
        application.putObject("epa").put("coachingHours", 40).put("clients", 12).put("clientsLimitedHealthLiteracy", 3)
                .put("intakes", 12).put("integralTrajectories", 8).put("pharmacotherapyTrajectories", 5)
                .put("referrals", 2);
        String reference = registerThroughTheProcedure(application);
        String number = api("caseworker").getForObject("/api/registrations/" + reference, JsonNode.class)
                .get("registrationNumber").asText();

        // by accent-free part of the name, and by postal-code area
        JsonNode page = publicJson("/api/public/coaches?name=ozdem&postalCode=3512");
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        JsonNode coach = page.get("coaches").get(0);
        assertThat(coach.get("registrationNumber").asText()).isEqualTo(number);
        assertThat(coach.get("name").asText()).isEqualTo("Anna de Vries-Özdemir");
        assertThat(coach.get("city").asText()).isEqualTo("Utrecht");
        assertThat(coach.get("postalArea").asText()).isEqualTo("3512");
        assertThat(coach.get("modules")).hasSize(1);
        assertThat(coach.get("modules").get(0).get("code").asText()).isEqualTo("BASIS");
        assertThat(coach.get("modules").get(0).get("since").asText()).isEqualTo(today().toString());
        assertThat(coach.get("status").get("code").asText()).isEqualTo("REGISTERED");
        assertThat(coach.get("status").get("label").asText()).isEqualTo("geregistreerd");
        // exactly the public fields, nothing else
        assertThat(fieldNames(coach)).containsExactlyInAnyOrder("registrationNumber", "name", "city", "postalArea",
                "modules", "status");
        assertThat(publicJson("/api/public/coaches/" + number)).isEqualTo(coach);

        String html = publicPage("/register?name=Vries&need=BASIS").getBody();
        assertThat(html).contains("Anna de Vries-Özdemir", number, "Utrecht", "3512", "geregistreerd", "BASIS");
        // personal fields of this coach (register, application, case, assessment) appear nowhere
        List<String> personal = List.of("anna.devries.prive", "example.nl", "0687654321", "1979-11-23", "23 november 1979",
                "3512JK", "3512 JK", "19087654301", "praktijkondersteuner", reference, "In de praktijk gezien",
                "Integrale basisopleiding", "healthcareProfessional", "userId");
        String jsonText = publicPage("/api/public/coaches?name=anna").getBody()
                + publicPage("/api/public/coaches/" + number).getBody();
        for (String value : personal) {
            assertThat(html).as("page").doesNotContainIgnoringCase(value);
            assertThat(jsonText).as("JSON").doesNotContainIgnoringCase(value);
        }
    }

    @Test
    void aTransitionCoachShowsTheDeadlineUntilTheCaseEnds() {
        LocalDate since = LocalDate.of(2014, 5, 1);
        register.save(coach("SMR-200001", "Bram Bakker", "Zwolle", "8011 AB", since, null,
                List.of(new Coach.CoachModule(Module.BASIS, since, null, null))));
        assertThat(publicJson("/api/public/coaches/SMR-200001").get("status").get("code").asText())
                .isEqualTo("REGISTERED");

        assertThat(api("demo").postForEntity("/api/transition-cases", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        executeJobs();
        LocalDate deadline = LocalDate.parse(api("portal").getForObject("/api/transition-cases/TRANS-SMR-200001",
                JsonNode.class).get("deadline").asText());

        JsonNode status = publicJson("/api/public/coaches/SMR-200001").get("status");
        assertThat(status.get("code").asText()).isEqualTo("IN_TRANSITION");
        assertThat(status.get("transitionUntil").asText()).isEqualTo(deadline.toString());
        assertThat(status.get("label").asText())
                .isEqualTo("geregistreerd, in overgangsregeling tot " + DutchDates.format(deadline));
        assertThat(publicPage("/register?registrationNumber=smr-200001").getBody())
                .contains("geregistreerd, in overgangsregeling tot " + DutchDates.format(deadline));

        // qualifying ends the transition: plain "geregistreerd" again
        register.recordQualification("SMR-200001", "2.6");
        assertThat(publicJson("/api/public/coaches/SMR-200001").get("status").get("code").asText())
                .isEqualTo("REGISTERED");
    }

    @Test
    void anEndedRegistrationShowsAsEndedThenDisappearsAfterTheConfiguredPeriod() {
        moveClockTo(LocalDate.of(2026, 3, 2).atTime(12, 0).atZone(RegisterTime.ZONE).toInstant());
        LocalDate since = LocalDate.of(2016, 1, 4);
        register.save(coach("SMR-200002", "Carla Claes", "Gent aan Zee", "4501", since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"),
                        new Coach.CoachModule(Module.EXTRA_ZWANGER, LocalDate.of(2019, 6, 1), null, "2.6"))));
        register.endRegistration("SMR-200002");

        JsonNode coach = publicJson("/api/public/coaches/SMR-200002");
        assertThat(coach.get("status").get("code").asText()).isEqualTo("ENDED");
        assertThat(coach.get("status").get("endedOn").asText()).isEqualTo("2026-03-02");
        assertThat(coach.get("status").get("label").asText()).isEqualTo("registratie beëindigd op 2 maart 2026");
        // the modules held on the last day, with their start dates
        assertThat(coach.get("modules")).hasSize(2);
        assertThat(publicJson("/api/public/coaches?city=gent+aan+zee").get("totalElements").asInt()).isEqualTo(1);
        assertThat(publicPage("/register?city=Gent+aan+Zee").getBody())
                .contains("registratie beëindigd op 2 maart 2026", "EXTRA-Zwanger, sinds 1 juni 2019");

        // ended-visible-for P1Y: still shown on the last day of that year, gone the day after
        moveClockTo(LocalDate.of(2027, 3, 2).atTime(12, 0).atZone(RegisterTime.ZONE).toInstant());
        assertThat(publicPage("/api/public/coaches/SMR-200002").getStatusCode()).isEqualTo(HttpStatus.OK);
        moveClockTo(LocalDate.of(2027, 3, 3).atTime(12, 0).atZone(RegisterTime.ZONE).toInstant());
        assertThat(publicPage("/api/public/coaches/SMR-200002").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(publicJson("/api/public/coaches?city=gent+aan+zee").get("totalElements").asInt()).isZero();
        assertThat(publicPage("/register?city=Gent+aan+Zee").getBody()).doesNotContain("Carla Claes");
    }

    @Test
    void whatTheSmokerNeedsFindsTheModulesAndRookvrijeOuders() {
        LocalDate since = LocalDate.of(2018, 2, 1);
        register.save(coach("SMR-200003", "Dirk Dekker", "Amersfoort", "3811 AA", since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"),
                        new Coach.CoachModule(Module.EXTRA_ZWANGER, LocalDate.of(2022, 9, 1), null, "2.6"))));
        register.save(coach("SMR-200004", "Eva Evers", "Amersfoort", "3812", since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"),
                        new Coach.CoachModule(Module.EXTRA_PSYCHIATRIE, LocalDate.of(2024, 1, 15), null, "1.0"))));
        register.save(coach("SMR-200005", "Femke Feenstra", "Amersfoort", null, since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"))));
        register.joinRookvrijeOuders("SMR-200003");

        assertThat(numbers("/api/public/coaches?city=Amersfoort"))
                .containsExactly("SMR-200003", "SMR-200004", "SMR-200005");
        assertThat(numbers("/api/public/coaches?city=Amersfoort&need=BASIS"))
                .containsExactly("SMR-200003", "SMR-200004", "SMR-200005");
        assertThat(numbers("/api/public/coaches?city=Amersfoort&need=EXTRA_ZWANGER")).containsExactly("SMR-200003");
        assertThat(numbers("/api/public/coaches?city=Amersfoort&need=extra_psychiatrie")).containsExactly("SMR-200004");
        assertThat(numbers("/api/public/coaches?city=Amersfoort&need=ROOKVRIJE_OUDERS")).containsExactly("SMR-200003");
        assertThat(numbers("/api/public/coaches?postalCode=3811")).containsExactly("SMR-200003");
        assertThat(numbers("/api/public/coaches?postalCode=3812+XY")).containsExactly("SMR-200004");
        assertThat(publicJson("/api/public/coaches/SMR-200003").get("rookvrijeOudersSince").asText())
                .isEqualTo(today().toString());
        String page = publicPage("/register?city=Amersfoort&need=EXTRA_ZWANGER").getBody();
        assertThat(page).contains("Dirk Dekker", "1 coach gevonden voor zwanger of kinderwens", "Rookvrije Ouders, sinds")
                .doesNotContain("Eva Evers");

        // paging: sorted by name, 2 per page
        JsonNode second = publicJson("/api/public/coaches?city=Amersfoort&size=2&page=2");
        assertThat(second.get("totalElements").asInt()).isEqualTo(3);
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
        assertThat(second.get("coaches").get(0).get("name").asText()).isEqualTo("Femke Feenstra");
        assertThat(publicPage("/register?city=Amersfoort&size=2").getBody())
                .contains("Pagina 1 van 2", "Volgende pagina", "page=2");
    }

    @Test
    void anUnknownCoachIsNotFound() {
        ResponseEntity<JsonNode> response = rest.getForEntity("/api/public/coaches/SMR-999999", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("detail").asText()).contains("SMR-999999");
    }

    // ---- bad parameters

    @Test
    void badParametersAreRefusedWith400NamingEachParameter() {
        ResponseEntity<JsonNode> response = rest.getForEntity("/api/public/coaches?postalCode=35&size=51&page=0"
                + "&need=ZWANGER&registrationNumber=123&name=x&city=+.+", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactly("name", "registrationNumber", "city", "postalCode", "need",
                "page", "size");
        assertThat(response.getBody().toString()).contains("is geen postcodegebied");
        assertThat(rest.getForEntity("/api/public/coaches?size=abc", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.getForEntity("/api/public/coaches?page=99999999999", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.getForEntity("/api/public/coaches/not-a-number", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.getForEntity("/api/public/coaches?name=" + "a".repeat(101), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // the page: 400 as well, with the reasons next to the fields
        ResponseEntity<String> page = publicPage("/register?postalCode=abcd&need=ZWANGER");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("Controleer uw zoekopdracht", "Postcodegebied: is geen postcodegebied",
                "aria-invalid=\"true\"");
    }

    @Test
    void theOpenApiDescriptionCoversOnlyThePublicApi() {
        ResponseEntity<JsonNode> doc = rest.getForEntity("/api/public/openapi", JsonNode.class);
        assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fieldNames(doc.getBody().get("paths"))).containsExactlyInAnyOrder("/api/public/coaches",
                "/api/public/coaches/{registrationNumber}");
        assertThat(doc.getBody().get("info").get("title").asText()).contains("Kwaliteitsregister Stoppen met Roken");
        ResponseEntity<String> yaml = rest.getForEntity("/api/public/openapi.yaml", String.class);
        assertThat(yaml.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(yaml.getBody()).contains("/api/public/coaches").doesNotContain("/api/registrations");
    }

    @Test
    void onlyThePublicRegisterAndHealthAnswerWithoutLogin() {
        assertThat(publicPage("/register").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(publicPage("/register/register.css").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(publicPage("/api/public/coaches").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(publicPage("/api/registrations/REG-2026-000001").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(publicPage("/api/coaches/import").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // ---- helpers

    /** Application, documents, document review (case worker) and a positive assessment (supervisor). */
    String registerThroughTheProcedure(ObjectNode application) throws Exception {
        ResponseEntity<JsonNode> created = api("portal").postForEntity("/api/registrations", application, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = created.getBody().get("reference").asText();
        executeJobs();
        upload(reference, "DIPLOMA");
        upload(reference, "TRAINING_CERTIFICATE");
        Task review = task(reference, "userTask_reviewDocuments");
        ObjectNode reviewBody = json.createObjectNode();
        ObjectNode reviewVars = reviewBody.putObject("variables");
        reviewVars.putObject("reviewOutcome").put("value", "COMPLETE");
        reviewVars.putObject("trainingCompleted").put("value", true);
        assertThat(completeTask("caseworker", review, reviewBody).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs(); // the supervisor's assessment request mail, then the task
        Task assessment = task(reference, "userTask_assessCompetencies");
        List<String> codes = List.copyOf(assessments.profile("BASIS", "2.6").codes());
        ObjectNode body = json.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        vars.putObject("sufficientRequirements").put("value", json.writeValueAsString(codes)).put("type", "Json");
        vars.putObject("epaConfirmed").put("value", true);
        vars.putObject("supervisorJudgement").put("value", "POSITIVE");
        vars.putObject("assessmentRemarks").put("value", "In de praktijk gezien.");
        assertThat(completeTask("supervisor", assessment, body).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();
        return reference;
    }

    private void upload(String reference, String type) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return type.toLowerCase() + ".pdf";
            }
        });
        parts.add("type", type);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(api("portal").postForEntity("/api/registrations/" + reference + "/documents",
                new HttpEntity<>(parts, headers), JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    private Task task(String reference, String definitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    static Coach coach(String number, String name, String city, String postalCode, LocalDate since,
            String profileVersion, List<Coach.CoachModule> modules) {
        return new Coach(number, name, number.toLowerCase() + "@example.nl", city, postalCode, since, true,
                CoachStatus.ACTIVE, null, null, profileVersion, profileVersion == null ? null : since, modules);
    }

    JsonNode publicJson(String path) {
        ResponseEntity<JsonNode> response = rest.getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).as("GET %s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    ResponseEntity<String> publicPage(String path) {
        return rest.getForEntity(path, String.class);
    }

    List<String> numbers(String path) {
        return StreamSupport.stream(publicJson(path).get("coaches").spliterator(), false)
                .map(c -> c.get("registrationNumber").asText()).toList();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> fields(ResponseEntity<JsonNode> response) {
        return StreamSupport.stream(response.getBody().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }

    private LocalDate today() {
        return LocalDate.now(RegisterTime.ZONE);
    }
}
