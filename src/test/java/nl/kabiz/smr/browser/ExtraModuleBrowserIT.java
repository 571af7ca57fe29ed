package nl.kabiz.smr.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kabiz.smr.browser.Mails.Mail;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.CoachStatus;
import nl.kabiz.smr.coach.Module;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
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
 * An EXTRA-Zwanger application through Tasklist (issue 10): the case worker reviews the certificate, the commission
 * approves a supervisor who does not hold the module, the supervisor assesses the 16 additions of EXTRA-Zwanger 2.6 in
 * the shared form, and the module is granted; the coach's emails are Dutch with long dates.
 */
class ExtraModuleBrowserIT extends AbstractBrowserIT {

    static final String COACH = "SMR-000035";
    static final String EMAIL = "hendrik.huisman@voorbeeld.nl";
    static final byte[] PDF = "%PDF-1.4\n% certificaat\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private final SoftAssertions mailChecks = new SoftAssertions();

    @Autowired
    CoachRegister register;

    @Autowired
    Clock clock;

    @AfterEach
    void mailsWereDutch() {
        mailChecks.assertAll();
    }

    @Test
    void reviewSupervisorApprovalAndAssessmentOnTheSixteenAdditionsEndInTheRegister() {
        LocalDate since = LocalDate.of(2022, 9, 25);
        register.save(new Coach(COACH, "Hendrik Huisman", EMAIL, "Amsterdam", null, since, false, CoachStatus.ACTIVE,
                null, null, "2.6", since, List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"))));
        String ref = apply();
        executeJobs();

        // case worker: the certificate is in order
        tasklist.login("caseworker").selectFilter(TasklistTexts.FILTER_CASEWORKERS)
                .openTask("Documenten EXTRA-module controleren", ref).claim();
        assertThat(tasklist.taskPaneText()).contains("certificaat-zwanger.pdf");
        tasklist.form().choose("Uitkomst van de controle", "In orde");
        browser().assertDutchScreen("review");
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        // commission: the demo supervisor does not hold EXTRA-Zwanger (rule table extraModuleSupervisor)
        tasklist.login("commission").selectFilter(TasklistTexts.FILTER_COMMISSION)
                .openTask("Supervisor zonder de module goedkeuren", ref).claim();
        assertThat(tasklist.taskPaneText()).contains("heeft deze EXTRA-module zelf niet");
        tasklist.form().choose("Besluit", "Goedkeuren")
                .type("Reden", "Ruime ervaring met zwangere cliënten in de eerste lijn.");
        browser().assertDutchScreen("supervisor-approval");
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        // supervisor: the 16 additions of EXTRA-Zwanger 2.6, each with its full text; all sufficient
        tasklist.login("supervisor").selectFilter(TasklistTexts.FILTER_SUPERVISOR)
                .openTask("Competenties EXTRA-module beoordelen", ref);
        TaskForm form = tasklist.form();
        for (String code : List.of("1.1", "1.11", "6.3", "7.2")) {
            form.item(code);
        }
        assertThat(tasklist.taskPaneText()).doesNotContain("1.4 ").doesNotContain("5.2 ");
        assessEverythingSufficient(FormLabels.Assessment.POSITIVE);
        browser().assertDutchScreen("assessment");
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        JsonNode approved = api("portal").getForObject("/api/extra-modules/" + ref, JsonNode.class);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(register.find(COACH).orElseThrow().module(Module.EXTRA_ZWANGER))
                .hasValueSatisfying(m -> assertThat(m.profileVersion()).isEqualTo("2.6"));
        Mail granted = Mails.one(greenMail.getReceivedMessages(), EMAIL, "EXTRA-Zwanger is toegekend");
        assertThat(granted.text()).contains("Rookvrije Ouders");
        Mails.assertNamesDate(mailChecks, granted, LocalDate.now(clock));
        Mails.to(greenMail.getReceivedMessages(), EMAIL)
                .forEach(mail -> Mails.assertDutchDatesAndNoEmptyPlaceholders(mailChecks, mail));
    }

    private String apply() {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("registrationNumber", COACH);
        parts.add("module", "EXTRA_ZWANGER");
        parts.add("supervisorRegistrationNumber", "SMR-000001");
        parts.add("epaSummary", "12 zwangere cliënten begeleid, 4 verwijzingen via de verloskundige.");
        parts.add("certificates", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return "certificaat-zwanger.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> created = api("portal").postForEntity("/api/extra-modules",
                new HttpEntity<>(parts, headers), JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("reference").asText();
    }
}
