package nl.kabiz.smr.browser;

import static nl.kabiz.smr.browser.TasklistTexts.FILTER_CASEWORKERS;
import static nl.kabiz.smr.browser.TasklistTexts.FILTER_COMMISSION;
import static nl.kabiz.smr.browser.TasklistTexts.FILTER_SUPERVISOR;
import static nl.kabiz.smr.browser.TasklistTexts.TASK_ASSESS_REGISTRATION;
import static nl.kabiz.smr.browser.TasklistTexts.TASK_CONFIRM_END;
import static nl.kabiz.smr.browser.TasklistTexts.TASK_DECIDE_EXTENSION;
import static nl.kabiz.smr.browser.TasklistTexts.TASK_REVIEW_EVIDENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.kabiz.smr.browser.FormLabels.Assessment;
import nl.kabiz.smr.browser.FormLabels.ConfirmEnd;
import nl.kabiz.smr.browser.FormLabels.DecideExtension;
import nl.kabiz.smr.browser.FormLabels.ReviewEvidence;
import nl.kabiz.smr.browser.Mails.Mail;
import nl.kabiz.smr.casework.RegisterTime;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpMethod;

/**
 * Transition cases through Tasklist: evidence reviewed by the case worker and assessed by the supervisor, an
 * extension granted by the commission with a typed date (and refused input), and the end of the registration after
 * the deadline. Each test imports its own coach and bulk-starts its case as the administrator; the deadline test
 * moves the engine clock and therefore runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransitionBrowserIT extends AbstractBrowserIT {

    /** Mail problems are collected and reported after the test, also when a browser step failed first. */
    private final SoftAssertions mailChecks = new SoftAssertions();

    @AfterEach
    void mailsWereDutch() {
        mailChecks.assertAll();
    }

    @Test
    @Order(1)
    void evidenceReviewedAndAssessedQualifiesTheCoach() {
        Coach anna = startCase(1, "Anna de Vries");
        portal.submitEvidence(anna.ref());
        executeJobs();

        tasklist.login("caseworker").selectFilter(FILTER_CASEWORKERS).openTask(TASK_REVIEW_EVIDENCE, anna.ref()).claim();
        tasklist.form().choose(ReviewEvidence.OUTCOME, ReviewEvidence.COMPLETE)
                .type(ReviewEvidence.REMARKS, "Het certificaat BASIS 2.6 is compleet en geldig.");
        tasklist.completeSuccessfully();
        afterTaskCompleted();
        assertThat(portal.transitionCase(anna.ref()).get("status").asText()).isEqualTo("ASSESSMENT");

        tasklist.login("supervisor").selectFilter(FILTER_SUPERVISOR).openTask(TASK_ASSESS_REGISTRATION, anna.ref());
        assessEverythingSufficient(Assessment.POSITIVE);
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        assertThat(portal.transitionCase(anna.ref()).get("status").asText()).isEqualTo("QUALIFIED");
        checkMails(anna, 3);
    }

    @Test
    @Order(2)
    void theCommissionGrantsAnExtensionWithATypedDate() {
        Coach bram = startCase(2, "Bram Jansen");
        LocalDate deadline = LocalDate.parse(portal.transitionCase(bram.ref()).get("deadline").asText());
        portal.requestExtension(bram.ref(), "Ik ben in 2027 langdurig ziek geweest en kon de scholing niet volgen.");
        executeJobs();

        tasklist.login("commission").selectFilter(FILTER_COMMISSION).openTask(TASK_DECIDE_EXTENSION, bram.ref()).claim();
        LocalDate extended = deadline.plusMonths(6);
        tasklist.form().choose(DecideExtension.DECISION, DecideExtension.GRANT)
                .typeDate(DecideExtension.NEW_DEADLINE, TasklistTexts.DATE_TYPED.format(extended))
                .type(DecideExtension.REASON, "Aangetoonde langdurige ziekte; verlenging met een half jaar.");
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        JsonNode view = portal.transitionCase(bram.ref());
        assertThat(view.get("status").asText()).isEqualTo("AWAITING_EVIDENCE");
        assertThat(view.get("deadline").asText()).isEqualTo(extended.toString());
        Mail granted = Mails.one(greenMail.getReceivedMessages(), bram.email(), "Verlenging");
        Mails.assertNamesDate(mailChecks, granted, extended);
        checkMails(bram, 2);
    }

    @Test
    @Order(3)
    void aMalformedDateIsRefusedInDutchAndTheTaskStaysOpen() {
        Coach carla = startCase(3, "Carla Smit");
        LocalDate deadline = LocalDate.parse(portal.transitionCase(carla.ref()).get("deadline").asText());
        portal.requestExtension(carla.ref(), "Ik heb meer tijd nodig door een verhuizing.");
        executeJobs();

        tasklist.login("commission").selectFilter(FILTER_COMMISSION).openTask(TASK_DECIDE_EXTENSION, carla.ref()).claim();
        tasklist.form().choose(DecideExtension.DECISION, DecideExtension.GRANT)
                .type(DecideExtension.REASON, "Verlenging met een half jaar.")
                .typeDate(DecideExtension.NEW_DEADLINE, "31-02-" + (deadline.getYear() + 1));
        refusedInDutch(carla, "malformed-date");
        assertThat(portal.transitionCase(carla.ref()).get("deadline").asText()).isEqualTo(deadline.toString());
    }

    @Test
    @Order(4)
    void aNewDeadlinePastTheMaximumIsRefusedInDutch() {
        Coach carla = startCase(5, "Carla Smit");
        LocalDate deadline = LocalDate.parse(portal.transitionCase(carla.ref()).get("deadline").asText());
        portal.requestExtension(carla.ref(), "Ik heb meer tijd nodig.");
        executeJobs();

        tasklist.login("commission").selectFilter(FILTER_COMMISSION).openTask(TASK_DECIDE_EXTENSION, carla.ref()).claim();
        tasklist.form().choose(DecideExtension.DECISION, DecideExtension.GRANT)
                .type(DecideExtension.REASON, "Verlenging met tien jaar.")
                .typeDate(DecideExtension.NEW_DEADLINE, TasklistTexts.DATE_TYPED.format(deadline.plusYears(10)));
        refusedInDutch(carla, "past-maximum");
        assertThat(portal.transitionCase(carla.ref()).get("deadline").asText()).isEqualTo(deadline.toString());
    }

    @Test
    @Order(9)
    void afterTheDeadlineTheCaseWorkerConfirmsTheEndOfTheRegistration() {
        // Dirk also holds EXTRA-Zwanger and takes part in Rookvrije Ouders: both rest on BASIS and end with it
        Coach dirk = startCase(4, "Dirk Bakker", "BASIS;EXTRA_ZWANGER");
        assertThat(api("portal").exchange("/api/coaches/" + dirk.number() + "/rookvrije-ouders", HttpMethod.PUT,
                null, String.class).getStatusCode().value()).isEqualTo(200);
        LocalDate deadline = LocalDate.parse(portal.transitionCase(dirk.ref()).get("deadline").asText());
        moveClockTo(deadline.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(RegisterTime.ZONE).toInstant());
        executeJobs();
        assertThat(portal.transitionCase(dirk.ref()).get("status").asText()).isEqualTo("DEADLINE_PASSED");

        tasklist.login("caseworker").selectFilter(FILTER_CASEWORKERS).openTask(TASK_CONFIRM_END, dirk.ref()).claim();
        tasklist.form().check(ConfirmEnd.CONFIRMED, true)
                .type(ConfirmEnd.REMARKS, "Geen bewijsstukken of verzoeken ontvangen.");
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        assertThat(portal.transitionCase(dirk.ref()).get("status").asText()).isEqualTo("REGISTRATION_ENDED");
        Mail ended = Mails.to(greenMail.getReceivedMessages(), dirk.email()).stream()
                .filter(m -> m.text().contains("verstreken")).findFirst().orElseThrow();
        Mails.assertNamesDate(mailChecks, ended, deadline);
        assertThat(ended.text()).contains("eindigen per dezelfde datum ook: EXTRA-Zwanger en Rookvrije Ouders.");
        assertThat(api("portal").exchange("/api/coaches/" + dirk.number() + "/rookvrije-ouders", HttpMethod.PUT,
                null, String.class).getStatusCode().value()).as("no EXTRA-Zwanger any more").isEqualTo(409);
        checkMails(dirk, 2);
    }

    // ---- helpers

    record Coach(String number, String name, String email) {
        String ref() {
            return "TRANS-" + number;
        }
    }

    /** Imports one coach registered in 2015 and bulk-starts the transition cases; checks the start letter. */
    private Coach startCase(int i, String name) {
        return startCase(i, name, "BASIS");
    }

    private Coach startCase(int i, String name, String modules) {
        Coach coach = new Coach("SMR-%06d".formatted(300000 + i), name, "coach" + (300000 + i) + "@voorbeeld.nl");
        portal.importAndStartTransition("%s,%s,%s,Utrecht,2015-03-0%d,%s,true\n"
                .formatted(coach.number(), coach.name(), coach.email(), i, modules));
        executeJobs();
        JsonNode view = portal.transitionCase(coach.ref());
        assertThat(view.get("status").asText()).isEqualTo("AWAITING_EVIDENCE");
        Mail start = Mails.one(greenMail.getReceivedMessages(), coach.email(), "Overgangsregeling");
        Mails.assertNamesDate(mailChecks, start, LocalDate.parse(view.get("deadline").asText()));
        return coach;
    }

    /** The completion was refused: a Dutch message (field or notice), the task still open, the case unchanged. */
    private void refusedInDutch(Coach coach, String step) {
        Tasklist.Outcome outcome = tasklist.complete();
        assertThat(outcome.completed()).as("completed despite the wrong date").isFalse();
        assertThat(outcome.messages()).as("a message says what is wrong").isNotBlank();
        assertThat(TasklistTexts.ENGLISH_CHROME.stream().filter(outcome.messages()::contains).toList())
                .as("the message is Dutch: %s", outcome.messages()).isEmpty();
        executeJobs();
        assertThat(portal.transitionCase(coach.ref()).get("status").asText()).isEqualTo("EXTENSION_REQUESTED");
        browser().assertDutchScreen(step);
        tasklist.dismissNotifications();
    }

    private void checkMails(Coach coach, int expected) {
        List<Mail> mails = Mails.to(greenMail.getReceivedMessages(), coach.email());
        assertThat(mails).hasSizeGreaterThanOrEqualTo(expected);
        mails.forEach(mail -> Mails.assertDutchDatesAndNoEmptyPlaceholders(mailChecks, mail));
    }
}
