package nl.kabiz.smr.extramodule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.competency.ProfileCatalog;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Publishing EXTRA-Psychiatrie is data, not code (issue 10): the same application that {@link ExtraModuleApplicationIT}
 * sees refused (draft profile) runs through to approval once a published profile file is in the profiles directory
 * and {@code smr.competency.in-force.EXTRA_PSYCHIATRIE} names it. The demo supervisor does not hold the new module
 * (nobody does yet): the commission approves them as supervisor (rule table extraModuleSupervisor).
 */
class ExtraModulePsychiatrieIT extends ExtraModuleItSupport {

    /** The published test profile: three requirements, version 1.0. */
    static final List<String> PSYCHIATRIE_CODES = List.of("1.2", "1.9", "3.4");

    @DynamicPropertySource
    static void publishPsychiatrie(DynamicPropertyRegistry registry) {
        try {
            Path directory = Files.createTempDirectory("profiles-");
            try (InputStream in = ExtraModulePsychiatrieIT.class.getResourceAsStream(
                    "/profiles/extra-psychiatrie-published/EXTRA_PSYCHIATRIE-1.0.json")) {
                Files.copy(in, directory.resolve("EXTRA_PSYCHIATRIE-1.0.json"));
            }
            registry.add("smr.competency.profiles-directory", directory::toString);
            registry.add("smr.competency.in-force.EXTRA_PSYCHIATRIE", () -> "1.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    ProfileCatalog profiles;

    @Test
    void aPsychiatrieApplicationRunsThroughOnceItsProfileIsPublished() throws Exception {
        assertThat(profiles.publishedInForce("EXTRA_PSYCHIATRIE")).isTrue();
        String today = RegisterTime.longDate(LocalDate.now(clock));
        ResponseEntity<JsonNode> created = apply("SMR-000036", "EXTRA_PSYCHIATRIE", SUPERVISOR, PDF, "certificaat.pdf");
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String ref = created.getBody().get("reference").asText();
        assertThat(ref).isEqualTo("EXTRA-PSYCHIATRIE-SMR-000036-1");
        executeJobs();
        assertThat(onlyMail("mirjam.peeters@voorbeeld.nl", "Uw aanvraag voor EXTRA-Psychiatrie is ontvangen (" + ref
                + ")")).startsWith("Beste Mirjam Peeters,").contains("op " + today + " uw aanvraag");

        complete("caseworker", task(ref, "userTask_reviewDocuments"), Map.of("reviewOutcome", "COMPLETE"));
        executeJobs();
        // the supervisor does not hold EXTRA-Psychiatrie: the commission decides whether they may assess
        Task approval = task(ref, "userTask_approveSupervisor");
        assertThat(view(ref).get("status").asText()).isEqualTo("COMMISSION");
        assertThat(complete("caseworker", approval, Map.of("commissionDecision", "APPROVE", "commissionReason",
                "Ervaren met cliënten met psychiatrische comorbiditeit")).getStatusCode().value()).isIn(403, 404);
        assertThat(complete("commission", approval, Map.of("commissionDecision", "APPROVE", "commissionReason",
                "Ervaren met cliënten met psychiatrische comorbiditeit")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();

        Task assessment = task(ref, "userTask_assessCompetencies");
        assertThat(assessment.getAssignee()).isEqualTo("supervisor");
        JsonNode rows = json.readTree(runtimeService.getVariable(assessment.getProcessInstanceId(),
                "requirementJudgements").toString());
        assertThat(StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("code").asText()).toList())
                .containsExactlyElementsOf(PSYCHIATRIE_CODES);
        assertThat(assess("supervisor", assessment, PSYCHIATRIE_CODES, "POSITIVE").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeJobs();

        assertThat(register.find("SMR-000036").orElseThrow().module(Module.EXTRA_PSYCHIATRIE))
                .hasValueSatisfying(m -> {
                    assertThat(m.profileVersion()).isEqualTo("1.0");
                    assertThat(m.validFrom()).isEqualTo(LocalDate.now(clock));
                });
        JsonNode approved = view(ref);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decisions(approved)).containsExactly("ELIGIBLE by regeltabel extraModuleEligibility",
                "DOCUMENTS_COMPLETE by caseworker", "TO_COMMISSION by regeltabel extraModuleSupervisor",
                "SUPERVISOR_APPROVED by commission", "SUPERVISOR_ACCEPTED by regeltabel extraModuleSupervisor",
                "APPROVED by regeltabel extraModuleOutcome");
        String mail = onlyMail("mirjam.peeters@voorbeeld.nl", "EXTRA-Psychiatrie is toegekend (" + ref + ")");
        assertThat(mail).startsWith("Beste Mirjam Peeters,").contains("Vanaf " + today).contains("profielversie 1.0")
                .doesNotContain("Rookvrije Ouders");
    }
}
