package nl.kabiz.smr.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kabiz.smr.support.InUtc;
import org.junit.jupiter.api.Test;

/**
 * Every template renders the dates a coach reads as long Dutch dates in the register's zone, with the JVM in UTC as
 * on a server, and links to the case (coach) or the task (staff).
 */
@InUtc
class MailTemplatesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final MailTemplates templates = new MailTemplates("https://smr.example.nl/",
            "https://portaal.example.nl/zaken/{reference}");

    @Test
    void theTransitionDeadlineIsTheDayItIs() {
        MailTemplates.RenderedMail mail = render("transition-start", false);
        assertThat(mail.subject()).endsWith("23 november 2029");
        assertThat(mail.text()).contains("Uw uiterste datum is 23 november 2029.")
                .contains("U staat sinds 24 januari 2013 in het register");
        assertThat(render("transition-extension-granted", false).text()).contains("23 november 2029");
    }

    @Test
    void noTemplateFormatsADateInTheJvmZoneOrShowsAnIsoDate() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/mail"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("#dates.").doesNotContain("#temporals.");
            }
        }
        for (String template : List.of("transition-start", "transition-qualified", "transition-registration-ended",
                "transition-reminder", "registration-documents-incomplete", "registration-received")) {
            MailTemplates.RenderedMail mail = render(template, false);
            assertThat(mail.text()).as(template).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                    .doesNotContain("null").doesNotContain(" .").doesNotContain("Uiterlijk .");
        }
    }

    @Test
    void theIncompleteDocumentsMailCarriesItsDeadline() {
        assertThat(render("registration-documents-incomplete", false).text())
                .contains("uiterlijk 23 november 2029.");
    }

    @Test
    void coachesGetTheirCaseLinkAndStaffTheTask() {
        assertThat(render("transition-reminder", false).text())
                .contains("https://portaal.example.nl/zaken/TRANS-SMR-000002");
        MailTemplates.RenderedMail staff = render("assessment-requested", true);
        assertThat(staff.text()).contains("https://smr.example.nl/camunda/app/tasklist/default/#/?searchQuery=")
                .contains("TRANS-SMR-000002").doesNotContain("portaal.example.nl")
                .contains("Rond de beoordeling graag af vóór 23 november 2029.");
        assertThat(staff.html()).contains("href=\"https://smr.example.nl/camunda/app/tasklist/default/#/?searchQuery=");
    }

    private MailTemplates.RenderedMail render(String template, boolean forStaff) {
        Date deadline = Date.from(LocalDate.of(2029, 11, 23).atStartOfDay(AMSTERDAM).toInstant());
        Map<String, Object> model = new HashMap<>();
        model.put("coachName", "Jan Modaal");
        model.put("registrationNumber", "SMR-000002");
        model.put("initialRegistrationDate", "2013-01-24");
        model.put("transitionYears", 3);
        model.put("deadline", deadline);
        model.put("documentDeadline", deadline);
        model.put("decisionDueDate", deadline);
        model.put("assessmentDueDate", deadline);
        model.put("qualifiedOn", "2027-05-01");
        model.put("registrationEndedOn", "2029-11-24");
        model.put("missingDocuments", "Diploma HBO");
        model.put("profileLabel", "BASIS 2.6");
        model.put("profileVersion", "2.6");
        model.put("extensionDecisionReason", "Ziekte");
        model.put("forStaff", forStaff);
        return templates.render(new MailRequest("k", "TRANS-SMR-000002", template, "jan@example.nl", "Jan Modaal",
                model));
    }
}
