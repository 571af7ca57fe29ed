package nl.kabiz.smr.extramodule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachStatus;
import nl.kabiz.smr.coach.Module;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * EXTRA-module applications over HTTP (issue 10): a registered demo coach applies for EXTRA-Zwanger, is assessed by a
 * supervisor who holds the module on exactly its 16 additions, is approved (the module in the register with profile
 * version and day, and in the public register), and opts in to Rookvrije Ouders; bad fields, an unknown coach, a
 * module without a published profile and a coach whose BASIS ended. Every mail read is checked for names and long
 * Dutch dates.
 */
class ExtraModuleApplicationIT extends ExtraModuleItSupport {

    @Test
    void aDemoCoachGetsExtraZwangerAssessedOnItsSixteenAdditionsAndOptsInToRookvrijeOuders() throws Exception {
        // the demo supervisor holds EXTRA-Zwanger (rule table extraModuleSupervisor: accepted without the commission)
        register.grantModule(SUPERVISOR, Module.EXTRA_ZWANGER, "2.6");
        String today = RegisterTime.longDate(LocalDate.now(clock));

        ResponseEntity<JsonNode> created = apply(DEMO_COACH, "EXTRA_ZWANGER", SUPERVISOR, PDF, "certificaat.pdf");
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String ref = created.getBody().get("reference").asText();
        assertThat(ref).isEqualTo("EXTRA-ZWANGER-" + DEMO_COACH + "-1");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/extra-modules/" + ref);
        // a second application while this one runs
        ResponseEntity<JsonNode> twice = apply(DEMO_COACH, "EXTRA_ZWANGER", SUPERVISOR, PDF, "certificaat.pdf");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().get("detail").asText()).isEqualTo("U heeft al een lopende aanvraag voor EXTRA-Zwanger.");

        executeJobs();
        String received = onlyMail(DEMO_COACH_EMAIL, "Uw aanvraag voor EXTRA-Zwanger is ontvangen (" + ref + ")");
        assertThat(received).startsWith("Beste " + DEMO_COACH_NAME + ",").contains("op " + today + " uw aanvraag")
                .contains(SUPERVISOR);
        assertThat(view(ref).get("status").asText()).isEqualTo("DOCUMENT_REVIEW");

        Task review = task(ref, "userTask_reviewDocuments");
        assertThat(review.getName()).isEqualTo("Documenten EXTRA-module controleren: " + DEMO_COACH_NAME + " (" + ref + ")");
        assertThat(complete("supervisor", review, Map.of("reviewOutcome", "COMPLETE")).getStatusCode().value())
                .isIn(403, 404);
        assertThat(complete("caseworker", review, Map.of("reviewOutcome", "COMPLETE")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();

        Task assessment = task(ref, "userTask_assessCompetencies");
        assertThat(assessment.getAssignee()).isEqualTo("supervisor");
        // the form shows exactly the 16 additions of EXTRA-Zwanger 2.6, with their full texts
        JsonNode rows = json.readTree(runtimeService.getVariable(assessment.getProcessInstanceId(),
                "requirementJudgements").toString());
        assertThat(StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("code").asText()).toList())
                .containsExactlyElementsOf(ZWANGER_ADDITIONS);
        assertThat(rows.get(6).get("text").asText()).isNotBlank();
        JsonNode inAssessment = view(ref);
        assertThat(inAssessment.get("status").asText()).isEqualTo("ASSESSMENT");
        assertThat(inAssessment.get("profileVersion").asText()).isEqualTo("2.6");
        assertThat(inAssessment.hasNonNull("assessmentReminderAt")).isTrue();
        String request = onlyMail(register.find(SUPERVISOR).orElseThrow().email(), null);
        assertThat(request).startsWith("Beste Sanne Supervisor,").contains(DEMO_COACH_NAME).contains("2.6 (Aanvullende competenties EXTRA-Zwanger")
                .contains(RegisterTime.longDate(assessment.getDueDate()));

        assertThat(assess("supervisor", assessment, ZWANGER_ADDITIONS, "POSITIVE").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();

        // approved on the rules: the module in the register with its profile version and day
        Coach coach = register.find(DEMO_COACH).orElseThrow();
        assertThat(coach.module(Module.EXTRA_ZWANGER)).hasValueSatisfying(m -> {
            assertThat(m.profileVersion()).isEqualTo("2.6");
            assertThat(m.validFrom()).isEqualTo(LocalDate.now(clock));
        });
        assertThat(assessments.forCase(ref)).singleElement().satisfies(a -> {
            assertThat(a.judgements().keySet()).containsExactlyInAnyOrderElementsOf(ZWANGER_ADDITIONS);
        });
        JsonNode approved = view(ref);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("grantedOn").asText()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(decisions(approved)).containsExactly("ELIGIBLE by regeltabel extraModuleEligibility",
                "DOCUMENTS_COMPLETE by caseworker", "SUPERVISOR_ACCEPTED by regeltabel extraModuleSupervisor",
                "APPROVED by regeltabel extraModuleOutcome");
        String approval = onlyMail(DEMO_COACH_EMAIL, "EXTRA-Zwanger is toegekend (" + ref + ")");
        assertThat(approval).startsWith("Beste " + DEMO_COACH_NAME + ",").contains("Vanaf " + today)
                .contains("profielversie 2.6").contains("Rookvrije Ouders").contains(DEMO_COACH);

        // the public register shows the module
        JsonNode shown = rest.getForEntity("/api/public/coaches/" + DEMO_COACH, JsonNode.class).getBody();
        assertThat(StreamSupport.stream(shown.get("modules").spliterator(), false)
                .filter(m -> m.get("code").asText().equals("EXTRA_ZWANGER")).map(m -> m.get("since").asText()))
                .containsExactly(LocalDate.now(clock).toString());

        // the coach opts in to Rookvrije Ouders
        ResponseEntity<JsonNode> joined = api("portal").exchange("/api/coaches/" + DEMO_COACH + "/rookvrije-ouders",
                HttpMethod.PUT, null, JsonNode.class);
        assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(joined.getBody().get("participating").asBoolean()).isTrue();

        // holding the module: a new application is refused
        ResponseEntity<JsonNode> again = apply(DEMO_COACH, "EXTRA_ZWANGER", SUPERVISOR, PDF, "certificaat.pdf");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).startsWith("U heeft EXTRA-Zwanger al (sinds " + today);
    }

    @Test
    void badFieldsAnUnknownCoachAndAModuleWithoutAPublishedProfileStartNoCase() {
        ResponseEntity<JsonNode> empty = apply("", "BASIS", "SMR-12", null, null);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(empty)).containsExactly("registrationNumber", "module", "certificates",
                "supervisorRegistrationNumber");

        ResponseEntity<JsonNode> text = apply("SMR-000036", "EXTRA_ZWANGER", SUPERVISOR,
                "geen pdf".getBytes(StandardCharsets.UTF_8), "certificaat.pdf");
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(fields(text)).containsExactly("certificates");

        ResponseEntity<JsonNode> unknown = apply("SMR-999999", "EXTRA_ZWANGER", SUPERVISOR, PDF, "certificaat.pdf");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).isEqualTo("Onbekend registratienummer: SMR-999999");
        assertThat(api("portal").getForEntity("/api/extra-modules/EXTRA-ZWANGER-SMR-999999-1", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // EXTRA-Psychiatrie ships as a draft: refused at the API with a Dutch reason, no case
        ResponseEntity<JsonNode> draft = apply("SMR-000036", "EXTRA_PSYCHIATRIE", SUPERVISOR, PDF, "certificaat.pdf");
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(draft.getBody().get("detail").asText()).isEqualTo("Voor EXTRA-Psychiatrie is nog geen"
                + " competentieprofiel vastgesteld. U kunt deze module aanvragen zodra de Kwaliteitscommissie de eisen"
                + " heeft gepubliceerd.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM extra_module_application WHERE registration_number"
                + " IN ('SMR-000036', 'SMR-999999')", Integer.class)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("extraModuleApplication")
                .processInstanceBusinessKeyLike("%SMR-000036%").count()).isZero();
        // the portal's endpoint: not for staff
        assertThat(api("caseworker").exchange("/api/extra-modules", HttpMethod.POST,
                form("SMR-000036", "EXTRA_ZWANGER", SUPERVISOR, PDF, "c.pdf"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCoachWhoseBasisEndedIsRefusedWithTheReasonAndTheObjectionRoute() throws Exception {
        LocalDate since = LocalDate.of(2016, 4, 1);
        register.save(new Coach("SMR-600101", "Els Einde", "els.einde@example.nl", "Gouda", "2801", since, true,
                CoachStatus.ACTIVE, null, null, "2.6", LocalDate.of(2023, 5, 1),
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"))));
        register.endRegistration("SMR-600101", "Termijn van de overgangsregeling verstreken");
        String today = RegisterTime.longDate(LocalDate.now(clock));

        ResponseEntity<JsonNode> created = apply("SMR-600101", "EXTRA_ZWANGER", SUPERVISOR, PDF, "certificaat.pdf");
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String ref = created.getBody().get("reference").asText();
        executeJobs();

        JsonNode refused = view(ref);
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.hasNonNull("closedAt")).isTrue();
        JsonNode decision = refused.get("decisions").get(0);
        assertThat(decision.get("decidedBy").asText()).isEqualTo("regeltabel extraModuleEligibility");
        assertThat(decision.get("reason").asText()).contains("geen actieve BASIS-registratie");
        assertThat(decision.get("objectionText").asText()).contains("bezwaar");
        String mail = onlyMail("els.einde@example.nl", "Uw aanvraag voor EXTRA-Zwanger is afgewezen (" + ref + ")");
        assertThat(mail).startsWith("Beste Els Einde,").contains("op " + today + " beoordeeld")
                .contains("geen actieve BASIS-registratie").contains("bezwaar");
        assertThat(register.find("SMR-600101").orElseThrow().module(Module.EXTRA_ZWANGER)).isEmpty();
    }

}
