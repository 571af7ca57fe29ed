package nl.kabiz.smr.extramodule;

import nl.kabiz.smr.notification.process.MailStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.process.FormDocumentList;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.extramodule.process.ChangeExtraModuleSupervisorDelegate;
import nl.kabiz.smr.extramodule.process.CheckExtraModuleSupervisorDelegate;
import nl.kabiz.smr.extramodule.process.ExtraModuleFactsDelegate;
import nl.kabiz.smr.extramodule.process.ExtraModuleProcessAdapter;
import nl.kabiz.smr.extramodule.process.GrantExtraModuleDelegate;
import nl.kabiz.smr.extramodule.process.PlanExtraModuleAssessmentDelegate;
import nl.kabiz.smr.extramodule.process.PrepareExtraModuleReviewDelegate;
import nl.kabiz.smr.extramodule.process.RecordExtraModuleDecisionDelegate;
import nl.kabiz.smr.support.ProcessJobs;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code extraModuleApplication}: each end event, both timers, each outcome of the four decision tables
 * (evaluated for real). Cases start through the real {@link ExtraModuleProcessAdapter}; the procedure's own delegates
 * run for real against a mocked {@link ExtraModuleService} (so the decisions they record are checked); the shared
 * mail, supervisor lookup and assessment delegates are mocked. Coverage: 100% of flow nodes and sequence flows.
 */
@Deployment(resources = {"processes/extraModuleApplication.bpmn", "processes/extraModuleEligibility.dmn",
        "processes/supervisorEligibility.dmn", "processes/extraModuleSupervisor.dmn", "processes/extraModuleOutcome.dmn",
        "forms/extra-module-review-documents.form", "forms/extra-module-decide.form",
        "forms/extra-module-replace-supervisor.form", "forms/handle-late-assessment.form",
        "forms/assess-competencies.form"})
class ExtraModuleApplicationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    static final String COACH = "SMR-000123";
    static final String REF = "EXTRA-ZWANGER-SMR-000123-1";
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String HOLDER = "SMR-000001";
    static final String NON_HOLDER = "SMR-000003";
    static final String UNREGISTERED = "SMR-000999";

    ProcessEngine engine;

    final ExtraModuleService service = mock(ExtraModuleService.class);
    final JavaDelegate sendMail = mock(JavaDelegate.class);
    final JavaDelegate lookUpSupervisor = mock(JavaDelegate.class);
    final JavaDelegate prepareAssessment = mock(JavaDelegate.class);
    final JavaDelegate recordAssessment = mock(JavaDelegate.class);

    /** Mail templates sent, in order. */
    final List<String> mails = new ArrayList<>();
    /** Decisions recorded: outcome and who. */
    final List<String> decisions = new ArrayList<>();
    /** Supervisors the lookup knows (registered, 10 years), and those who hold the module. */
    final Set<String> registered = new HashSet<>(Set.of(HOLDER, NON_HOLDER));
    final Set<String> holders = new HashSet<>(Set.of(HOLDER));
    ExtraModuleService.EligibilityFacts facts = facts(true, false, true);

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
        FormDocumentList documentList = mock(FormDocumentList.class);
        when(documentList.variable(any())).thenReturn(Variables.stringValue("[]"));
        Mocks.register("mailSettings", Map.of("retryCycle", "R3/PT1M"));
        Mocks.register("sendMailDelegate", sendMail);
        Mocks.register("lookUpSupervisorDelegate", lookUpSupervisor);
        Mocks.register("prepareAssessmentDelegate", prepareAssessment);
        Mocks.register("recordAssessmentDelegate", recordAssessment);
        Mocks.register("extraModuleFactsDelegate", new ExtraModuleFactsDelegate(service));
        Mocks.register("recordExtraModuleDecisionDelegate", new RecordExtraModuleDecisionDelegate(service));
        Mocks.register("prepareExtraModuleReviewDelegate", new PrepareExtraModuleReviewDelegate(service, documentList));
        Mocks.register("checkExtraModuleSupervisorDelegate", new CheckExtraModuleSupervisorDelegate(service));
        Mocks.register("changeExtraModuleSupervisorDelegate", new ChangeExtraModuleSupervisorDelegate(service));
        Mocks.register("planExtraModuleAssessmentDelegate", new PlanExtraModuleAssessmentDelegate(service));
        Mocks.register("grantExtraModuleDelegate", new GrantExtraModuleDelegate(service));

        doAnswer(call -> {
            mails.add(MailStep.of(call.<DelegateExecution>getArgument(0)).template());
            return null;
        }).when(sendMail).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            String number = (String) execution.getVariable("supervisorRegistrationNumber");
            boolean known = registered.contains(number);
            execution.setVariable("supervisorRegistered", known);
            execution.setVariable("supervisorYearsExperience", known ? 10 : 0);
            execution.setVariable("supervisorUserId", Variables.stringValue(known ? "user-" + number : null));
            execution.setVariable("supervisorName", Variables.stringValue(known ? "Supervisor " + number : null));
            execution.setVariable("supervisorEmail", Variables.stringValue(known ? number + "@example.nl" : null));
            return null;
        }).when(lookUpSupervisor).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            assertThat(execution.getVariable("profileModule")).isEqualTo("EXTRA_ZWANGER");
            execution.setVariable("profileVersion", "2.6");
            execution.setVariable("profileLabel", "EXTRA-Zwanger 2.6");
            execution.setVariable("assessmentDueDate", Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(28))));
            return null;
        }).when(prepareAssessment).execute(any());

        when(service.eligibilityFacts(REF)).thenAnswer(call -> facts);
        when(service.startReview(REF)).thenReturn(List.of());
        when(service.supervisorHoldsModule(REF)).thenAnswer(call -> holders.contains(
                engine.getRuntimeService().createVariableInstanceQuery().variableName("supervisorRegistrationNumber")
                        .singleResult().getValue()));
        when(service.changeSupervisor(eq(REF), anyString())).thenAnswer(call -> call.getArgument(1));
        when(service.assessmentRequested(eq(REF), any())).thenAnswer(call -> {
            OffsetDateTime now = ClockUtil.now().toInstant().atOffset(ZoneOffset.UTC);
            return application(now.plusDays(14), now.plusDays(28), null);
        });
        when(service.grant(REF)).thenReturn(application(null, null, LocalDate.of(2026, 3, 2)));
        when(service.record(eq(REF), anyString(), anyString(), any())).thenAnswer(call -> decision(call.getArgument(1),
                call.getArgument(2), call.getArgument(3), null));
        when(service.toCommission(eq(REF), anyString(), any())).thenAnswer(call -> decision("TO_COMMISSION",
                call.getArgument(1), call.getArgument(2), null));
        when(service.supervisorApproval(eq(REF), org.mockito.ArgumentMatchers.anyBoolean(), anyString(), any())).thenAnswer(call -> decision(
                (boolean) call.getArgument(1) ? "SUPERVISOR_APPROVED" : "SUPERVISOR_NOT_APPROVED", call.getArgument(2),
                call.getArgument(3), null));
        when(service.refuse(eq(REF), anyString(), any())).thenAnswer(call -> decision("REFUSED", call.getArgument(1),
                call.getArgument(2), "Bezwaar binnen 6 weken."));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---- paths

    @Test
    void approvedOnTheRulesWithAReminderOnTheWay() throws Exception {
        ProcessInstance pi = start(HOLDER);
        assertThat(pi).isWaitingAt("serviceTask_sendConfirmation");
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_reviewDocuments");
        assertThat(task(pi)).hasCandidateGroup("caseworkers");
        assertThat(pi).variables().containsEntry("eligibilityDecision", "ELIGIBLE").containsEntry("basisActive", true)
                .containsEntry("moduleLabel", "EXTRA-Zwanger").containsEntry("profileModule", "EXTRA_ZWANGER");

        reviewComplete(pi);
        assertThat(pi).isWaitingAt("userTask_assessCompetencies");
        assertThat(task(pi)).isAssignedTo("user-" + HOLDER);
        assertThat(pi).variables().containsEntry("supervisorDecision", "ACCEPTED").containsKey("assessmentReminderDate");

        // the reminder fires on the date kept in the case; the assessment goes on
        moveClock(Duration.ofDays(14).plusMinutes(1));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("serviceTask_sendSupervisorReminder", "endEvent_supervisorReminded")
                .isWaitingAt("userTask_assessCompetencies");

        assess(pi, true, "POSITIVE");
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassedInOrder("businessRuleTask_decideOutcome", "serviceTask_grantModule",
                "serviceTask_sendApproval").hasPassed("endEvent_approved").isEnded();
        assertThat(mails).containsExactly("extra-module-received", "assessment-requested",
                "extra-module-supervisor-reminder", "extra-module-approved");
        assertThat(decisions).containsExactly("ELIGIBLE by regeltabel extraModuleEligibility",
                "DOCUMENTS_COMPLETE by caseworker", "SUPERVISOR_ACCEPTED by regeltabel extraModuleSupervisor",
                "APPROVED by regeltabel extraModuleOutcome");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("rookvrijeOuders").singleResult().getValue()).isEqualTo(true);
        verify(service).grant(REF);
    }

    @Test
    void aCoachWithoutActiveBasisIsRefusedWithTheTablesReason() {
        facts = facts(false, false, true);
        ProcessInstance pi = start(HOLDER);
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("serviceTask_sendRefusal", "endEvent_refused").isEnded();
        assertThat(mails).containsExactly("extra-module-received", "extra-module-refused");
        assertThat(decisions).containsExactly("REFUSED by regeltabel extraModuleEligibility");
        verify(service).refuse(eq(REF), eq("regeltabel extraModuleEligibility"),
                org.mockito.ArgumentMatchers.contains("geen actieve BASIS-registratie"));
        verify(service, never()).grant(any());
    }

    @Test
    void unclearEligibilityGoesToTheCommissionWhichAdmitsAndTheReviewRefuses() {
        facts = facts(true, null, true);
        ProcessInstance pi = start(HOLDER);
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_decideAdmission");
        assertThat(task(pi)).hasCandidateGroup("commission");
        assertThat(pi).variables().containsEntry("commissionQuestion",
                "De combinatie van gegevens is niet eenduidig: de Kwaliteitscommissie beslist.");
        complete(task(pi), withVariables("commissionDecision", "APPROVE", "commissionReason", "Scholing aangetoond",
                "completedBy", "commissie"));
        assertThat(pi).isWaitingAt("userTask_reviewDocuments");
        complete(task(pi), withVariables("reviewOutcome", "INCOMPLETE", "reviewReason",
                "Het certificaat is van een andere scholing.", "completedBy", "caseworker"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_refused").isEnded();
        assertThat(decisions).containsExactly("TO_COMMISSION by regeltabel extraModuleEligibility",
                "ADMITTED by commissie", "REFUSED by caseworker");
    }

    @Test
    void theCommissionRefusesAnUnclearApplication() {
        facts = facts(true, null, true);
        ProcessInstance pi = start(HOLDER);
        ProcessJobs.runDue(engine.getManagementService());
        complete(task(pi), withVariables("commissionDecision", "REFUSE", "commissionReason", "Geen scholing",
                "completedBy", "commissie"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_refused").isEnded();
        assertThat(decisions).containsExactly("TO_COMMISSION by regeltabel extraModuleEligibility",
                "REFUSED by commissie");
    }

    @Test
    void aSupervisorWithoutTheModuleIsRefusedByTheCommissionAndReplacedThenLateTwiceAndNoOtherSupervisor() {
        ProcessInstance pi = start(NON_HOLDER);
        ProcessJobs.runDue(engine.getManagementService());
        reviewComplete(pi);
        assertThat(pi).isWaitingAt("userTask_approveSupervisor");
        assertThat(task(pi)).hasCandidateGroup("commission");
        complete(task(pi), withVariables("commissionDecision", "REFUSE", "commissionReason", "Te weinig ervaring"
                + " met zwangere cliënten", "completedBy", "commissie"));
        assertThat(pi).isWaitingAt("userTask_replaceSupervisor");
        assertThat(pi).variables().containsEntry("supervisorDecision", "NOT_ACCEPTED")
                .containsEntry("supervisorApprovedByCommission", false);

        complete(task(pi), withVariables("replacementOutcome", "NEW_SUPERVISOR", "newSupervisorRegistrationNumber",
                HOLDER, "completedBy", "caseworker"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_assessCompetencies");
        assertThat(task(pi)).isAssignedTo("user-" + HOLDER);

        // the escalation fires on the date kept in the case; the supervisor gets more time
        moveClock(Duration.ofDays(28).plusMinutes(1));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_handleLateAssessment");
        complete(task(pi), withVariables("lateAssessmentOutcome", "WAIT", "completedBy", "caseworker"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_assessCompetencies");
        assertThat(pi).variables().containsEntry("assessmentRound", 2L);

        // late again: another supervisor, but the coach has none
        moveClock(Duration.ofDays(28).plusMinutes(1));
        ProcessJobs.runDue(engine.getManagementService());
        complete(task(pi), withVariables("lateAssessmentOutcome", "REPLACE", "completedBy", "caseworker"));
        assertThat(pi).isWaitingAt("userTask_replaceSupervisor");
        complete(task(pi), withVariables("replacementOutcome", "NO_SUPERVISOR", "replacementNote",
                "Coach zoekt eerst een nieuwe supervisor.", "completedBy", "caseworker"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("serviceTask_recordNoSupervisor", "endEvent_refused").isEnded();
        assertThat(decisions).contains("SUPERVISOR_NOT_APPROVED by commissie", "REFUSED by caseworker");
    }

    @Test
    void anUnknownSupervisorIsNotAcceptedAndAReplacementApprovedByTheCommissionAssessesWithShortfalls() {
        ProcessInstance pi = start(UNREGISTERED);
        ProcessJobs.runDue(engine.getManagementService());
        reviewComplete(pi);
        assertThat(pi).isWaitingAt("userTask_replaceSupervisor");
        assertThat(pi).variables().containsEntry("supervisorEligible", false);
        complete(task(pi), withVariables("replacementOutcome", "NEW_SUPERVISOR", "newSupervisorRegistrationNumber",
                NON_HOLDER, "completedBy", "caseworker"));
        assertThat(pi).isWaitingAt("userTask_approveSupervisor");
        complete(task(pi), withVariables("commissionDecision", "APPROVE", "commissionReason", "Ervaren in de"
                + " geboortezorg", "completedBy", "commissie"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_assessCompetencies");
        assertThat(pi).variables().containsEntry("supervisorApprovedByCommission", true)
                .containsEntry("supervisorDecision", "ACCEPTED");

        assess(pi, false, "POSITIVE");
        assertThat(pi).isWaitingAt("userTask_decideByCommission");
        assertThat(task(pi)).hasCandidateGroup("commission");
        complete(task(pi), withVariables("commissionDecision", "APPROVE", "commissionReason",
                "Tekort op 6.3 is opgevangen in de praktijk", "completedBy", "commissie"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_approved").isEnded();
        assertThat(decisions).contains("SUPERVISOR_NOT_ACCEPTED by regeltabel extraModuleSupervisor",
                "SUPERVISOR_APPROVED by commissie", "TO_COMMISSION by regeltabel extraModuleOutcome",
                "APPROVED by commissie");
    }

    @Test
    void aNegativeAssessmentIsRefusedByTheCommissionWithItsReason() {
        ProcessInstance pi = start(HOLDER);
        ProcessJobs.runDue(engine.getManagementService());
        reviewComplete(pi);
        assess(pi, false, "NEGATIVE");
        complete(task(pi), withVariables("commissionDecision", "REFUSE", "commissionReason",
                "Onvoldoende op 1.11 en 6.3", "completedBy", "commissie"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_refused").isEnded();
        assertThat(mails).endsWith("extra-module-refused");
        verify(service).refuse(REF, "commissie", "Onvoldoende op 1.11 en 6.3");
    }

    // ---- helpers

    private ProcessInstance start(String supervisor) {
        OffsetDateTime now = START.atOffset(ZoneOffset.UTC);
        new ExtraModuleProcessAdapter(engine.getRuntimeService()).start(new ExtraModuleApplication(REF, COACH,
                Module.EXTRA_ZWANGER, 1, ExtraModuleStatus.RECEIVED, "Jan Modaal", "jan.modaal@example.nl", supervisor,
                null, null, null, null, null, null, "portal", now, now, null));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(REF).singleResult();
    }

    private void reviewComplete(ProcessInstance pi) {
        complete(task(pi), withVariables("reviewOutcome", "COMPLETE", "completedBy", "caseworker"));
        ProcessJobs.runDue(engine.getManagementService());
    }

    private void assess(ProcessInstance pi, boolean allSufficient, String judgement) {
        complete(task(pi), withVariables("allRequirementsSufficient", allSufficient, "epaConfirmed", true,
                "supervisorJudgement", judgement, "completedBy", "user-" + HOLDER));
    }

    private static ExtraModuleService.EligibilityFacts facts(Boolean basisActive, Boolean inTransition,
            Boolean trainingCompleted) {
        return new ExtraModuleService.EligibilityFacts("EXTRA_ZWANGER", basisActive, inTransition, true,
                trainingCompleted, null);
    }

    private Decision decision(String outcome, String by, String reason, String objection) {
        decisions.add(outcome + " by " + by);
        return new Decision(REF, outcome, reason, by, ClockUtil.now().toInstant().atOffset(ZoneOffset.UTC), objection);
    }

    private static ExtraModuleApplication application(OffsetDateTime reminder, OffsetDateTime escalation,
            LocalDate granted) {
        OffsetDateTime now = START.atOffset(ZoneOffset.UTC);
        return new ExtraModuleApplication(REF, COACH, Module.EXTRA_ZWANGER, 1, ExtraModuleStatus.ASSESSMENT,
                "Jan Modaal", "jan.modaal@example.nl", HOLDER, null, "2.6", reminder, escalation, null, granted,
                "portal", now, now, null);
    }

    private void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(by)));
    }

    /**
     * Completes the task as a person does: a {@code completedBy} entry is the user who is logged in (the engine
     * plugin {@code DecidedBy} then puts that person on the case, as in the application), not a variable.
     */
    private void complete(org.camunda.bpm.engine.task.Task task, Map<String, Object> variables) {
        Map<String, Object> values = new java.util.HashMap<>(variables);
        Object user = values.remove("completedBy");
        engine.getIdentityService().setAuthenticatedUserId(user == null ? null : user.toString());
        try {
            engine.getTaskService().complete(task.getId(), values);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
