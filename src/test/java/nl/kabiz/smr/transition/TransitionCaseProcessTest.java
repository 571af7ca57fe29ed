package nl.kabiz.smr.transition;

import static nl.kabiz.smr.support.ProcessJobs.runDue;
import static nl.kabiz.smr.transition.TransitionTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.Decision;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code transitionCase}: not applicable; each reminder fired and the deadline passed; completion
 * before and after reminders; extension granted and refused; evidence incomplete, supervisor not eligible, negative
 * assessment; the commission's edge cases. Time moves with {@code ClockUtil}, never by waiting.
 */
@Deployment(resources = {"processes/transitionCase.bpmn", "processes/transitionApplicability.dmn",
        "processes/reminderSchedule.dmn", "processes/transitionOutcome.dmn", "processes/supervisorEligibility.dmn",
        "forms/transition-review-evidence.form", "forms/transition-decide-extension.form",
        "forms/transition-confirm-end.form", "forms/transition-decide-edge-case.form", "forms/assess-competencies.form"})
class TransitionCaseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    static final LocalDate OPENED = LocalDate.of(2026, 1, 1);
    static final LocalDate DEADLINE = LocalDate.of(2029, 1, 1);
    static final List<String> REMINDERS = List.of("2028-01-01", "2028-07-01", "2028-10-01", "2028-12-01");

    ProcessEngine processEngine;
    TransitionTestSupport.Cases cases;
    List<TransitionTestSupport.SentMail> mails;
    List<String> qualified;
    List<String> ended;
    boolean supervisorRegistered = true;

    @BeforeEach
    void setUp() {
        init(processEngine);
        setClock(OPENED, LocalTime.of(10, 0));
        cases = TransitionTestSupport.registerCommonBeans(processEngine);
        mails = cases.mails;
        qualified = cases.qualified;
        ended = cases.ended;
        Mocks.register("lookUpSupervisorDelegate", (JavaDelegate) execution -> {
            execution.setVariable("supervisorRegistered", supervisorRegistered);
            execution.setVariable("supervisorYearsExperience", 8);
            execution.setVariable("supervisorUserId", supervisorRegistered ? "supervisor" : null);
            execution.setVariable("supervisorName", "Supervisor");
            execution.setVariable("supervisorEmail", "supervisor@example.nl");
        });
        Mocks.register("prepareAssessmentDelegate", (JavaDelegate) execution -> {
            execution.setVariable("profileModule", "BASIS");
            execution.setVariable("profileVersion", "2.6");
            execution.setVariable("profileLabel", "BASIS 2.6");
            execution.setVariable("assessmentDueDate", java.util.Date.from(ClockUtil.now().toInstant()
                    .plus(java.time.Duration.ofDays(28))));
        });
        Mocks.register("recordAssessmentDelegate", (JavaDelegate) execution ->
                execution.setVariable("allRequirementsSufficient",
                        "POSITIVE".equals(execution.getVariable("supervisorJudgement"))));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void coachRegisteredFrom2022NeedsNoCase() {
        ProcessInstance instance = start("SMR-000100", "2022-01-01");
        assertThat(instance).isEnded().hasPassed("endEvent_notApplicable");
        assertThat(mails).isEmpty();
        assertThat(cases.status("TRANS-SMR-000100")).isEqualTo(TransitionStatus.NOT_APPLICABLE);
        assertThat(cases.row("TRANS-SMR-000100").closedAt()).isNotNull();
    }

    @Test
    void aCaseOpenedByABulkStartLeavesItsStartLetterToTheBatch() {
        ProcessInstance instance = cases.open("SMR-000003", "2015-03-01", 7L);
        // no job of its own: the case waits at its first reminder in the batch's transaction
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .messages().count()).isZero();
        assertThat(instance).isWaitingAt("timer_reminderDue")
                .hasPassed("gateway_startLetterByBatch", "gateway_joinPeriod").hasNotPassed("serviceTask_sendStartLetter");
        assertThat(mails).isEmpty();
        // the decision is transient: nothing of it is stored with the case
        assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "startLetterByBatch")).isNull();
        assertThat(cases.status("TRANS-SMR-000003")).isEqualTo(TransitionStatus.AWAITING_EVIDENCE);
    }

    @Test
    void everyReminderFiresOnceThenTheDeadlinePassesAndTheRegistrationEnds() {
        ProcessInstance instance = start("SMR-000002", "2015-03-01");
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        assertThat(cases.row("TRANS-SMR-000002").deadline()).isEqualTo(DEADLINE);
        assertThat(cases.row("TRANS-SMR-000002").transitionYears()).isEqualTo(3);
        assertThat(cases.deadlines).containsExactly("SMR-000002@" + DEADLINE);
        assertThat(cases.pendingReminders("TRANS-SMR-000002")).containsExactlyElementsOf(REMINDERS);
        assertThat(cases.status("TRANS-SMR-000002")).isEqualTo(TransitionStatus.AWAITING_EVIDENCE);
        assertThat(templates()).containsExactly("transition-start");

        for (String reminder : REMINDERS) {
            assertThat(variable(instance, "nextReminderDate")).isEqualTo(reminder);
            // one minute before the reminder: nothing happens
            setClock(LocalDate.parse(reminder), LocalTime.of(8, 59));
            assertThat(runDue(processEngine.getManagementService())).isZero();
            setClock(LocalDate.parse(reminder), LocalTime.of(9, 1));
            runDue(processEngine.getManagementService());
            // a job run again on the same day plans nothing twice
            assertThat(runDue(processEngine.getManagementService())).isZero();
            // the case keeps the reminders still to come
            assertThat(cases.pendingReminders("TRANS-SMR-000002"))
                    .containsExactlyElementsOf(REMINDERS.subList(REMINDERS.indexOf(reminder) + 1, REMINDERS.size()));
        }
        assertThat(mails).filteredOn(m -> m.template().equals("transition-reminder"))
                .extracting(TransitionTestSupport.SentMail::occurrence).containsExactlyElementsOf(REMINDERS);
        assertThat(instance).isWaitingAt("timer_deadlineReached");

        // the deadline day itself still counts
        setClock(DEADLINE, LocalTime.of(23, 59));
        assertThat(runDue(processEngine.getManagementService())).isZero();
        setClock(DEADLINE.plusDays(1), LocalTime.of(0, 1));
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("userTask_confirmEndOfRegistration");
        assertThat(cases.status("TRANS-SMR-000002")).isEqualTo(TransitionStatus.DEADLINE_PASSED);
        assertThat(cases.pendingReminders("TRANS-SMR-000002")).isEmpty();
        // the due date per task type comes from TaskPresentation (the application), not from the model
        assertThat(task()).hasCandidateGroup("caseworkers");
        processEngine.getTaskService().claim(task().getId(), "behandelaar");
        complete(Map.of("endConfirmed", true, "endRemarks", "Niets ontvangen."));
        // the case worker's decision against the coach, with the objection route the letter states
        assertThat(cases.decisions("TRANS-SMR-000002")).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo("REGISTRATION_ENDED");
            assertThat(d.decidedBy()).isEqualTo("behandelaar");
            assertThat(d.objectionText()).isEqualTo(TransitionTestSupport.OBJECTION_TEXT);
        });
        assertThat(variable(instance, "objectionText")).isEqualTo(TransitionTestSupport.OBJECTION_TEXT);
        runDue(processEngine.getManagementService());
        assertThat(instance).isEnded().hasPassed("endEvent_registrationEnded");
        assertThat(ended).containsExactly("SMR-000002");
        assertThat(cases.status("TRANS-SMR-000002")).isEqualTo(TransitionStatus.REGISTRATION_ENDED);
        assertThat(templates()).containsExactly("transition-start", "transition-reminder", "transition-reminder",
                "transition-reminder", "transition-reminder", "transition-registration-ended");
    }

    @Test
    void aReminderWhoseDayPassedWhileNoJobCouldRunIsNotSentLate() {
        ProcessInstance instance = startAndSendLetter("SMR-000012");
        // the job executor was down from before the first reminder until after the second one
        setClock(LocalDate.parse(REMINDERS.get(1)), LocalTime.of(12, 0));
        runDue(processEngine.getManagementService());
        // the first reminder goes out (late, once); the second one's day has passed: the third is next
        assertThat(mails).filteredOn(m -> m.template().equals("transition-reminder"))
                .extracting(TransitionTestSupport.SentMail::occurrence).containsExactly(REMINDERS.get(0));
        assertThat(instance).isWaitingAt("timer_reminderDue");
        assertThat(variable(instance, "nextReminderDate")).isEqualTo(REMINDERS.get(2));
        assertThat(cases.pendingReminders("TRANS-SMR-000012")).containsExactlyElementsOf(REMINDERS.subList(2, 4));
    }

    @Test
    void completionBeforeAnyReminderStopsTheReminders() {
        ProcessInstance instance = startAndSendLetter("SMR-000003");
        submitEvidence(instance);
        reviewAndAssess(instance, "COMPLETE", false, "POSITIVE");
        runDue(processEngine.getManagementService());
        assertThat(instance).isEnded().hasPassed("endEvent_qualified");
        assertThat(qualified).containsExactly("SMR-000003@2.6");
        assertThat(cases.status("TRANS-SMR-000003")).isEqualTo(TransitionStatus.QUALIFIED);
        assertThat(cases.decisions("TRANS-SMR-000003")).extracting(Decision::outcome, Decision::decidedBy)
                .containsExactly(tuple("EVIDENCE_COMPLETE", "behandelaar"),
                        tuple("QUALIFIED", Decision.byRules("transitionOutcome")));
        assertThat(templates()).containsExactly("transition-start", "transition-evidence-received",
                "assessment-requested", "transition-qualified");
        assertThat(processEngine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    void completionAfterTwoRemindersSendsNoMoreReminders() {
        ProcessInstance instance = startAndSendLetter("SMR-000004");
        fireReminder(REMINDERS.get(0));
        fireReminder(REMINDERS.get(1));
        submitEvidence(instance);
        // no reminder while the evidence is being handled
        setClock(LocalDate.parse(REMINDERS.get(2)), LocalTime.of(12, 0));
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("userTask_reviewEvidence");
        assertThat(cases.status("TRANS-SMR-000004")).isEqualTo(TransitionStatus.EVIDENCE_UNDER_REVIEW);
        reviewAndAssess(instance, "COMPLETE", false, "POSITIVE");
        runDue(processEngine.getManagementService());
        assertThat(instance).isEnded().hasPassed("endEvent_qualified");
        assertThat(mails).filteredOn(m -> m.template().equals("transition-reminder")).hasSize(2);
        setClock(DEADLINE.plusDays(2), LocalTime.NOON);
        assertThat(runDue(processEngine.getManagementService())).isZero();
    }

    @Test
    void extensionGrantedMovesTheDeadlineAndRecomputesTheReminders() {
        ProcessInstance instance = startAndSendLetter("SMR-000005");
        fireReminder(REMINDERS.get(0));
        requestExtension("Langdurig ziek geweest");
        assertThat(instance).isWaitingAt("userTask_decideExtension");
        assertThat(cases.status("TRANS-SMR-000005")).isEqualTo(TransitionStatus.EXTENSION_REQUESTED);
        assertThat(task()).hasCandidateGroup("commission");
        // a new deadline before the current one is refused on completion
        Task decision = task();
        assertThatThrownBy(() -> processEngine.getTaskService().complete(decision.getId(), Map.of(
                "extensionDecision", "GRANT", "newDeadline", "2028-06-01", "extensionDecisionReason", "x")))
                .hasMessageContaining("na de huidige uiterste datum");
        processEngine.getTaskService().claim(decision.getId(), "commissielid");
        complete(Map.of("extensionDecision", "GRANT", "newDeadline", "2029-07-01",
                "extensionDecisionReason", "Aantoonbaar ziek, zes maanden extra."));
        assertThat(cases.decisions("TRANS-SMR-000005")).extracting(Decision::outcome, Decision::decidedBy)
                .containsExactly(tuple("EXTENSION_GRANTED", "commissielid"));
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        assertThat(cases.row("TRANS-SMR-000005").deadline()).isEqualTo(LocalDate.of(2029, 7, 1));
        assertThat(cases.deadlines).containsExactly("SMR-000005@" + DEADLINE, "SMR-000005@2029-07-01");
        assertThat(cases.pendingReminders("TRANS-SMR-000005"))
                .containsExactly("2028-07-01", "2029-01-01", "2029-04-01", "2029-06-01");
        assertThat(cases.status("TRANS-SMR-000005")).isEqualTo(TransitionStatus.AWAITING_EVIDENCE);
        assertThat(timer().getDuedate()).isEqualTo(schedule().reminderMoment(LocalDate.of(2028, 7, 1)));
        assertThat(templates()).containsExactly("transition-start", "transition-reminder",
                "transition-extension-granted");
        // the old deadline passes without effect: the case waits for the reminder of 1 April 2029
        setClock(DEADLINE.plusDays(1), LocalTime.of(0, 1));
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        assertThat(variable(instance, "nextReminderDate")).isEqualTo("2029-04-01");
        setClock(LocalDate.of(2029, 7, 2), LocalTime.of(0, 1));
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("userTask_confirmEndOfRegistration");
    }

    @Test
    void extensionRefusedKeepsTheDeadlineAndTheReminderPlan() {
        ProcessInstance instance = startAndSendLetter("SMR-000006");
        requestExtension("Geen tijd gehad");
        complete(Map.of("extensionDecision", "REFUSE", "extensionDecisionReason", "Geen bijzondere omstandigheden."));
        assertThat(cases.decisions("TRANS-SMR-000006")).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo("EXTENSION_REFUSED");
            assertThat(d.reason()).isEqualTo("Geen bijzondere omstandigheden.");
            assertThat(d.objectionText()).isEqualTo(TransitionTestSupport.OBJECTION_TEXT);
        });
        assertThat(variable(instance, "objectionText")).isEqualTo(TransitionTestSupport.OBJECTION_TEXT);
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        assertThat(cases.row("TRANS-SMR-000006").deadline()).isEqualTo(DEADLINE);
        assertThat(variable(instance, "nextReminderDate")).isEqualTo(REMINDERS.get(0));
        assertThat(mails).extracting(TransitionTestSupport.SentMail::template)
                .containsExactly("transition-start", "transition-extension-refused");
        assertThat(mails.get(1).occurrence()).isEqualTo(1);
    }

    @Test
    void incompleteEvidenceGoesBackToTheCoachAndTheRemindersResume() {
        ProcessInstance instance = startAndSendLetter("SMR-000007");
        submitEvidence(instance);
        complete(Map.of("evidenceReview", "INCOMPLETE", "referToCommission", false,
                "reviewRemarks", "Certificaat module 3 ontbreekt."));
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        assertThat(mails.get(mails.size() - 1)).isEqualTo(new TransitionTestSupport.SentMail(
                "transition-evidence-insufficient", 1, "TRANS-SMR-000007"));
        fireReminder(REMINDERS.get(0));
        assertThat(mails.get(mails.size() - 1).template()).isEqualTo("transition-reminder");
    }

    @Test
    void ineligibleSupervisorGoesBackToTheCoach() {
        supervisorRegistered = false;
        ProcessInstance instance = startAndSendLetter("SMR-000008");
        submitEvidence(instance);
        complete(Map.of("evidenceReview", "COMPLETE", "referToCommission", false, "reviewRemarks", "Compleet."));
        assertThat(instance).hasPassed("businessRuleTask_checkSupervisorEligibility");
        assertThat(variable(instance, "supervisorEligible")).isEqualTo(false);
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        assertThat(templates()).endsWith("transition-evidence-insufficient");
    }

    @Test
    void negativeAssessmentGoesBackToTheCoachAndASecondRoundQualifies() {
        ProcessInstance instance = startAndSendLetter("SMR-000009");
        submitEvidence(instance);
        reviewAndAssess(instance, "COMPLETE", false, "NEGATIVE");
        assertThat(variable(instance, "transitionOutcome")).isEqualTo("NOT_QUALIFIED");
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        submitEvidence(instance);
        assertThat(variable(instance, "evidenceRound")).isEqualTo(2);
        assertThat(cases.row("TRANS-SMR-000009").evidenceRounds()).isEqualTo(2);
        // the round's variables start empty, and the reviewer sees what the previous review said
        assertThat(variable(instance, "transitionOutcome")).isNull();
        assertThat(variable(instance, "previousReviewRemarks")).isEqualTo("Gecontroleerd.");
        reviewAndAssess(instance, "COMPLETE", false, "POSITIVE");
        runDue(processEngine.getManagementService());
        assertThat(instance).isEnded().hasPassed("endEvent_qualified");
        assertThat(mails).filteredOn(m -> m.template().equals("transition-evidence-received"))
                .extracting(TransitionTestSupport.SentMail::occurrence).containsExactly(1, 2);
    }

    @Test
    void commissionQualifiesADoubtfulCase() {
        ProcessInstance instance = startAndSendLetter("SMR-000010");
        submitEvidence(instance);
        reviewAndAssess(instance, "COMPLETE", true, "POSITIVE");
        assertThat(instance).isWaitingAt("userTask_decideEdgeCase");
        assertThat(cases.status("TRANS-SMR-000010")).isEqualTo(TransitionStatus.COMMISSION_DECISION);
        assertThat(task()).hasCandidateGroup("commission");
        complete(Map.of("commissionDecision", "QUALIFY", "commissionReason", "Buitenlands certificaat is gelijkwaardig."));
        runDue(processEngine.getManagementService());
        assertThat(instance).isEnded().hasPassed("endEvent_qualified");
    }

    @Test
    void commissionRejectsALateAssessment() {
        ProcessInstance instance = startAndSendLetter("SMR-000011");
        setClock(DEADLINE.minusDays(3), LocalTime.NOON);
        runDue(processEngine.getManagementService());
        submitEvidence(instance);
        completeReview("COMPLETE", false);
        runDue(processEngine.getManagementService());
        // the supervisor assesses after the deadline
        setClock(DEADLINE.plusDays(5), LocalTime.NOON);
        assess("POSITIVE");
        assertThat(variable(instance, "transitionOutcome")).isEqualTo("COMMISSION");
        complete(Map.of("commissionDecision", "REJECT", "commissionReason", "Te laat afgerond zonder reden."));
        runDue(processEngine.getManagementService());
        // back in the period, whose deadline has passed: straight to the confirmation
        assertThat(instance).isWaitingAt("userTask_confirmEndOfRegistration");
    }

    // --- helpers

    private ProcessInstance start(String number, String initialRegistrationDate) {
        return cases.open(number, initialRegistrationDate);
    }

    private ProcessInstance startAndSendLetter(String number) {
        ProcessInstance instance = start(number, "2016-05-10");
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("timer_reminderDue");
        return instance;
    }

    private void fireReminder(String day) {
        setClock(LocalDate.parse(day), LocalTime.of(9, 30));
        runDue(processEngine.getManagementService());
    }

    private void submitEvidence(ProcessInstance instance) {
        cases.submitEvidence(instance.getBusinessKey());
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("userTask_reviewEvidence");
    }

    private void requestExtension(String reason) {
        cases.requestExtension(mails.get(0).businessKey(), reason);
    }

    private void reviewAndAssess(ProcessInstance instance, String review, boolean doubt, String judgement) {
        completeReview(review, doubt);
        // the supervisor's assessment request is a mail step of its own
        runDue(processEngine.getManagementService());
        assertThat(instance).isWaitingAt("userTask_assessCompetencies");
        assertThat(cases.status(instance.getBusinessKey())).isEqualTo(TransitionStatus.ASSESSMENT);
        assess(judgement);
    }

    private void completeReview(String review, boolean doubt) {
        assertThat(task()).hasCandidateGroup("caseworkers");
        processEngine.getTaskService().claim(task().getId(), "behandelaar");
        complete(Map.of("evidenceReview", review, "referToCommission", doubt, "reviewRemarks", "Gecontroleerd."));
    }

    private void assess(String judgement) {
        assertThat(task()).isAssignedTo("supervisor");
        complete(Map.of("supervisorJudgement", judgement, "epaConfirmed", true, "assessmentRemarks", "Beoordeeld."));
    }

    private void complete(Map<String, Object> variables) {
        processEngine.getTaskService().complete(task().getId(), variables);
    }

    private Object variable(ProcessInstance instance, String name) {
        return processEngine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private Job timer() {
        return processEngine.getManagementService().createJobQuery().timers().singleResult();
    }

    private TransitionSchedule schedule() {
        return TransitionTestSupport.schedule();
    }

    private List<String> templates() {
        return mails.stream().map(TransitionTestSupport.SentMail::template).toList();
    }
}
