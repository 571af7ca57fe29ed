package nl.kabiz.smr.browser;

import static nl.kabiz.smr.browser.TasklistTexts.FILTER_CASEWORKERS;
import static nl.kabiz.smr.browser.TasklistTexts.FILTER_COMMISSION;
import static nl.kabiz.smr.browser.TasklistTexts.FILTER_SUPERVISOR;
import static nl.kabiz.smr.browser.TasklistTexts.TASK_ASSESS_REGISTRATION;
import static nl.kabiz.smr.browser.TasklistTexts.TASK_DECIDE_REGISTRATION;
import static nl.kabiz.smr.browser.TasklistTexts.TASK_REVIEW_DOCUMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kabiz.smr.browser.CoachPortal.Applicant;
import nl.kabiz.smr.browser.FormLabels.Assessment;
import nl.kabiz.smr.browser.FormLabels.DecideRegistration;
import nl.kabiz.smr.browser.FormLabels.ReviewDocuments;
import nl.kabiz.smr.browser.Mails.Mail;
import nl.kabiz.smr.casework.RegisterTime;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registration of a new coach through Tasklist as the case worker, the supervisor and the commission do it: every
 * task completed in the real form, the portal's part over the API; the coach's emails checked for Dutch dates.
 */
class RegistrationBrowserIT extends AbstractBrowserIT {

    /** Mail problems are collected and reported after the test, also when a browser step failed first. */
    private final SoftAssertions mailChecks = new SoftAssertions();

    @AfterEach
    void mailsWereDutch() {
        mailChecks.assertAll();
    }

    @Test
    void incompleteDocumentsThenCompleteThenAssessedEndsInTheRegister() {
        Applicant jan = portal.apply("Jan", "Modaal", "HBO");
        String ref = jan.reference();
        portal.upload(ref, "DIPLOMA", "diploma-hbo.pdf");
        executeJobs();

        // case worker: documents incomplete, with what is missing
        tasklist.login("caseworker").selectFilter(FILTER_CASEWORKERS).openTask(TASK_REVIEW_DOCUMENTS, ref).claim();
        String missing = "Het certificaat van de Integrale basisopleiding SMR";
        tasklist.form().choose(ReviewDocuments.OUTCOME, ReviewDocuments.INCOMPLETE).type(ReviewDocuments.MISSING, missing);
        tasklist.completeSuccessfully();
        afterTaskCompleted();
        JsonNode waiting = portal.registration(ref);
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
        assertThat(waiting.get("missingDocuments").asText()).isEqualTo(missing);
        LocalDate documentDeadline = OffsetDateTime.parse(waiting.get("openDeadline").asText())
                .atZoneSameInstant(RegisterTime.ZONE).toLocalDate();
        Mail incomplete = Mails.one(greenMail.getReceivedMessages(), jan.email(), "Uw aanvraag is nog niet compleet");
        assertThat(incomplete.text()).contains(missing);
        Mails.assertNamesDate(mailChecks, incomplete, documentDeadline);
        Mails.assertDutchDatesAndNoEmptyPlaceholders(mailChecks, incomplete);

        // the coach uploads through the portal; the case worker finds the case complete
        portal.upload(ref, "TRAINING_CERTIFICATE", "certificaat-integrale-basisopleiding.pdf");
        assertThat(portal.registration(ref).get("status").asText()).isEqualTo("IN_REVIEW");
        executeJobs();
        tasklist.selectFilter(FILTER_CASEWORKERS).openTask(TASK_REVIEW_DOCUMENTS, ref).claim();
        tasklist.form().check(ReviewDocuments.TRAINING_COMPLETED, true)
                .choose(ReviewDocuments.OUTCOME, ReviewDocuments.COMPLETE);
        tasklist.completeSuccessfully();
        afterTaskCompleted();
        assertThat(portal.registration(ref).get("status").asText()).isEqualTo("ASSESSMENT");

        // supervisor SMR-000001: everything sufficient, positive
        tasklist.login("supervisor").selectFilter(FILTER_SUPERVISOR).openTask(TASK_ASSESS_REGISTRATION, ref);
        assertThat(tasklist.claimable()).as("the assessment is assigned to the supervisor").isFalse();
        assessEverythingSufficient(Assessment.POSITIVE);
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        JsonNode registered = portal.registration(ref);
        assertThat(registered.get("status").asText()).isEqualTo("REGISTERED");
        String number = registered.get("registrationNumber").asText();
        assertThat(number).matches("SMR-\\d{6}");
        Mail welcome = Mails.one(greenMail.getReceivedMessages(), jan.email(), "U bent ingeschreven");
        assertThat(welcome.text()).contains(number);
        everyMailIsDutch(jan.email(), 3);
    }

    @Test
    void aForeignDiplomaIsRefusedByTheCommissionWithAWrittenReason() {
        Applicant eva = portal.apply("Eva", "Buitenland", "FOREIGN");
        String ref = eva.reference();
        portal.upload(ref, "DIPLOMA", "diploma-buitenland.pdf");
        portal.upload(ref, "TRAINING_CERTIFICATE", "certificaat.pdf");
        executeJobs();
        reviewComplete(ref);
        tasklist.login("supervisor").selectFilter(FILTER_SUPERVISOR).openTask(TASK_ASSESS_REGISTRATION, ref);
        assessEverythingSufficient(Assessment.POSITIVE);
        tasklist.completeSuccessfully();
        afterTaskCompleted();
        assertThat(portal.registration(ref).get("status").asText()).isEqualTo("COMMISSION");

        tasklist.login("commission").selectFilter(FILTER_COMMISSION).openTask(TASK_DECIDE_REGISTRATION, ref).claim();
        String reason = "Het buitenlandse diploma is niet gelijkwaardig aan een Nederlands diploma op MBO-4-niveau.";
        tasklist.form().choose(DecideRegistration.DECISION, DecideRegistration.REJECT)
                .type(DecideRegistration.REASON, reason);
        tasklist.completeSuccessfully();
        afterTaskCompleted();

        JsonNode refused = portal.registration(ref);
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.has("registrationNumber")).isFalse();
        Mail decision = Mails.one(greenMail.getReceivedMessages(), eva.email(), "Besluit over uw aanvraag");
        assertThat(decision.text()).contains(reason);
        everyMailIsDutch(eva.email(), 2);
    }

    @Test
    void aPositiveJudgementWithAnInsufficientRequirementIsRefusedInDutchAndTheTaskStaysOpen() {
        Applicant piet = portal.apply("Piet", "Halfwerk", "HBO");
        String ref = piet.reference();
        portal.upload(ref, "DIPLOMA", "diploma.pdf");
        portal.upload(ref, "TRAINING_CERTIFICATE", "certificaat.pdf");
        executeJobs();
        reviewComplete(ref);

        tasklist.login("supervisor").selectFilter(FILTER_SUPERVISOR).openTask(TASK_ASSESS_REGISTRATION, ref);
        TaskForm form = tasklist.form();
        form.item("7.2").choose(Assessment.REQUIREMENT_JUDGEMENT, Assessment.INSUFFICIENT)
                .type(Assessment.REQUIREMENT_REMARK, "Nog niet gezien in de praktijk.");
        form.check(Assessment.EPA_CONFIRMED, true).choose(Assessment.JUDGEMENT, Assessment.POSITIVE);
        Tasklist.Outcome outcome = tasklist.complete();
        assertThat(outcome.completed()).as("completed despite: %s", outcome.messages()).isFalse();
        assertThat(outcome.messages()).contains("De beoordeling is niet consistent")
                .contains("een positief eindoordeel kan niet zolang deze eisen niet voldoende zijn: 7.2");
        executeJobs();
        assertThat(portal.registration(ref).get("status").asText()).isEqualTo("ASSESSMENT");
        assertThat(tasklist.hasTask(TASK_ASSESS_REGISTRATION, ref)).as("the task is still open").isTrue();
        browser().assertDutchScreen("still-open");
    }

    /** The case worker finds the documents complete and the training completed. */
    private void reviewComplete(String ref) {
        tasklist.login("caseworker").selectFilter(FILTER_CASEWORKERS).openTask(TASK_REVIEW_DOCUMENTS, ref).claim();
        tasklist.form().check(ReviewDocuments.TRAINING_COMPLETED, true)
                .choose(ReviewDocuments.OUTCOME, ReviewDocuments.COMPLETE);
        tasklist.completeSuccessfully();
        afterTaskCompleted();
    }

    private void everyMailIsDutch(String email, int expected) {
        List<Mail> mails = Mails.to(greenMail.getReceivedMessages(), email);
        assertThat(mails).hasSizeGreaterThanOrEqualTo(expected);
        mails.forEach(mail -> Mails.assertDutchDatesAndNoEmptyPlaceholders(mailChecks, mail));
    }
}
