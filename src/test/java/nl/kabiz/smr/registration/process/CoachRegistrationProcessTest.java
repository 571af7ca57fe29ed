package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.notification.process.MailStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.process.FormDocumentList;
import nl.kabiz.smr.document.DocumentType;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.registration.Applications;
import nl.kabiz.smr.registration.RegistrationApplication;
import nl.kabiz.smr.registration.RegistrationRequest;
import nl.kabiz.smr.registration.RegistrationService;
import nl.kabiz.smr.registration.RegistrationSettings;
import nl.kabiz.smr.registration.RegistrationStatus;
import nl.kabiz.smr.support.ProcessJobs;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code coachRegistration}: each end event, each timer fired, each outcome of the four decision
 * tables (evaluated for real). Cases start and receive documents through the application's own
 * {@link RegistrationProcessAdapter}; the deadlines the timers wait for are set by the real delegates from what the
 * domain ({@link RegistrationService}, mocked) stores on the case; the other delegates are mocked. Coverage: 100% of
 * flow nodes and sequence flows.
 */
@Deployment(resources = {"processes/coachRegistration.bpmn", "processes/trainingRoute.dmn",
        "processes/supervisorEligibility.dmn", "processes/epaMinimums.dmn", "processes/registrationEligibility.dmn",
        "forms/review-documents.form", "forms/replace-supervisor.form", "forms/handle-late-assessment.form",
        "forms/decide-registration.form", "forms/assess-competencies.form"})
class CoachRegistrationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    static final String REF = "REG-2026-000001";
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final RegistrationSettings SETTINGS = new RegistrationSettings("P14D", "P28D", "P14D", "P28D", 18, 80);

    ProcessEngine engine;
    RegistrationProcessAdapter adapter;

    /** The domain: the deadlines it keeps on the case, computed from the settings as it does. */
    final RegistrationService registrations = mock(RegistrationService.class);

    final JavaDelegate sendMail = mock(JavaDelegate.class);
    final JavaDelegate prepareReview = mock(JavaDelegate.class);
    final JavaDelegate suspend = spy(new SuspendHandlingPeriodDelegate(registrations));
    final JavaDelegate resume = mock(JavaDelegate.class);
    final JavaDelegate lookUpSupervisor = mock(JavaDelegate.class);
    final JavaDelegate changeSupervisor = mock(JavaDelegate.class);
    final JavaDelegate prepareAssessment = mock(JavaDelegate.class);
    final JavaDelegate planAssessmentDeadlines = spy(new PlanAssessmentDeadlinesDelegate(registrations));
    final JavaDelegate recordAssessment = mock(JavaDelegate.class);
    final JavaDelegate registerCoach = mock(JavaDelegate.class);
    final JavaDelegate recordRefusal = mock(JavaDelegate.class);
    final JavaDelegate closeNotConsidered = mock(JavaDelegate.class);
    final JavaDelegate closeWithoutSupervisor = mock(JavaDelegate.class);
    final ExecutionListener statusListener = mock(ExecutionListener.class);

    /** Mail templates sent, in order. */
    final List<String> mails = new ArrayList<>();
    /** Supervisors the lookup knows: registration number -> years of experience (absent: not registered). */
    final Map<String, Integer> supervisors = new HashMap<>(Map.of("SMR-000001", 11, "SMR-000002", 1,
            "SMR-000003", 6));

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
        adapter = new RegistrationProcessAdapter(engine.getRuntimeService(), formDocumentList());
        Mocks.register("mailSettings", Map.of("retryCycle", "R3/PT1M"));
        Mocks.register("sendMailDelegate", sendMail);
        Mocks.register("prepareDocumentReviewDelegate", prepareReview);
        Mocks.register("suspendHandlingPeriodDelegate", suspend);
        Mocks.register("resumeHandlingPeriodDelegate", resume);
        Mocks.register("lookUpSupervisorDelegate", lookUpSupervisor);
        Mocks.register("changeSupervisorDelegate", changeSupervisor);
        Mocks.register("prepareAssessmentDelegate", prepareAssessment);
        Mocks.register("planAssessmentDeadlinesDelegate", planAssessmentDeadlines);
        Mocks.register("recordAssessmentDelegate", recordAssessment);
        Mocks.register("registerCoachDelegate", registerCoach);
        Mocks.register("recordRefusalDelegate", recordRefusal);
        Mocks.register("closeNotConsideredDelegate", closeNotConsidered);
        Mocks.register("closeWithoutSupervisorDelegate", closeWithoutSupervisor);
        Mocks.register("registrationStatusListener", statusListener);
        Mocks.register("decisionResults", new nl.kabiz.smr.system.DecisionResults());

        doAnswer(call -> {
            mails.add(MailStep.of(call.<DelegateExecution>getArgument(0)).template());
            return null;
        }).when(sendMail).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable("reviewRound", (Integer) execution.getVariable("reviewRound") + 1);
            return null;
        }).when(prepareReview).execute(any());
        when(registrations.waitForDocuments(eq(REF), any())).thenAnswer(call -> new RegistrationApplication.Deadlines(
                now().plus(SETTINGS.documentReminderDuration()), now().plus(SETTINGS.documentDeadlineDuration()),
                null, null));
        when(registrations.startAssessment(REF)).thenAnswer(call -> new RegistrationApplication.Deadlines(null, null,
                now().plus(SETTINGS.supervisorReminderDuration()), now().plus(SETTINGS.assessmentEscalationDuration())));
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            String number = (String) execution.getVariable("supervisorRegistrationNumber");
            Integer years = supervisors.get(number);
            execution.setVariable("supervisorRegistered", years != null);
            execution.setVariable("supervisorYearsExperience", years == null ? 0 : years);
            execution.setVariable("supervisorUserId", years == null ? null : "supervisor-" + number);
            execution.setVariable("supervisorName", years == null ? null : "Supervisor " + number);
            execution.setVariable("supervisorEmail", years == null ? null : number + "@example.nl");
            return null;
        }).when(lookUpSupervisor).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable("supervisorRegistrationNumber",
                    execution.getVariable("newSupervisorRegistrationNumber"));
            return null;
        }).when(changeSupervisor).execute(any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable("profileModule", "BASIS");
            execution.setVariable("profileVersion", "2.6");
            execution.setVariable("profileLabel", "BASIS 2.6");
            execution.setVariable("assessmentDueDate", assessmentDue());
            return null;
        }).when(prepareAssessment).execute(any());
        doAnswer(call -> {
            call.<DelegateExecution>getArgument(0).setVariable("registrationNumber", "SMR-000123");
            return null;
        }).when(registerCoach).execute(any());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---- paths

    @Test
    void completeApplicationIsRegistered() throws Exception {
        ProcessInstance pi = start(Applications.request("HBO", true, false));
        assertThat(pi).isWaitingAt("serviceTask_sendConfirmation");
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_reviewDocuments").hasVariables("route", "routeLabel");
        assertThat(pi).variables().containsEntry("route", "TAILORED");
        Task review = task(pi);
        // due dates per task type come from TaskPresentation (the application), not from the model
        assertThat(review).hasCandidateGroup("caseworkers");

        reviewComplete(pi);
        assertThat(pi).hasPassed("serviceTask_sendAssessmentRequest").isWaitingAt("userTask_assessCompetencies");
        assertThat(task(pi)).isAssignedTo("supervisor-SMR-000001").hasDueDate(assessmentDue());
        assertThat(pi).variables().containsEntry("eligible", true).containsEntry("assessmentRound", 1L);

        assess(pi, "POSITIVE");
        assertThat(pi).variables().containsEntry("epaMinimumsMet", true).containsEntry("decision", "APPROVE");
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassedInOrder("businessRuleTask_decideRegistration", "serviceTask_registerCoach",
                "serviceTask_sendRegistration").isEnded();
        assertThat(pi).hasPassed("endEvent_registered");
        assertThat(mails).containsExactly("registration-received", "assessment-requested", "registration-registered");
        verify(registerCoach).execute(any());
        verify(statusListener, times(2)).notify(any());
        verify(registrations).startAssessment(REF);
    }

    @Test
    void incompleteDocumentsResumeAfterUploadWithReminderOnTheWay() throws Exception {
        ProcessInstance pi = start(Applications.request("WO", false, false));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).variables().containsEntry("route", "INTEGRAL");
        complete(task(pi), withVariables("reviewOutcome", "INCOMPLETE", "missingDocuments", "Diploma WO",
                "trainingCompleted", false));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("receiveTask_awaitDocuments");
        verify(suspend).execute(any());
        verify(registrations).waitForDocuments(REF, "Diploma WO");
        // the timers wait for the moments the case keeps
        assertThat(timerDue("boundaryEvent_documentReminderDue")).isEqualTo(START.plus(Duration.ofDays(14)));
        assertThat(timerDue("boundaryEvent_documentDeadlinePassed")).isEqualTo(START.plus(Duration.ofDays(28)));

        // the reminder fires, the case keeps waiting
        moveClock(Duration.ofDays(14).plusMinutes(1));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("serviceTask_sendDocumentReminder", "endEvent_documentReminderSent")
                .isWaitingAt("receiveTask_awaitDocuments");

        assertThat(adapter.documentsChanged(REF, List.of(diploma()))).isTrue();
        verify(resume).execute(any());
        assertThat(pi).isWaitingAt("userTask_reviewDocuments").variables().containsEntry("reviewRound", 2);

        reviewComplete(pi);
        assess(pi, "POSITIVE");
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_registered").isEnded();
        assertThat(mails).containsExactly("registration-received", "registration-documents-incomplete",
                "registration-documents-reminder", "assessment-requested", "registration-registered");
    }

    @Test
    void documentsNotSentInTimeCloseTheCaseAsNotConsidered() throws Exception {
        ProcessInstance pi = start(Applications.request("MBO-4", true, true));
        ProcessJobs.runDue(engine.getManagementService());
        complete(task(pi), withVariables("reviewOutcome", "INCOMPLETE", "missingDocuments", "EPA-portfolio"));
        ProcessJobs.runDue(engine.getManagementService());
        moveClock(Duration.ofDays(14).plusMinutes(1));
        ProcessJobs.runDue(engine.getManagementService());
        moveClock(Duration.ofDays(14));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("boundaryEvent_documentDeadlinePassed", "serviceTask_closeNotConsidered",
                "serviceTask_sendNotConsidered", "endEvent_notConsidered").isEnded();
        verify(closeNotConsidered).execute(any());
        assertThat(mails).containsExactly("registration-received", "registration-documents-incomplete",
                "registration-documents-reminder", "registration-not-considered");
    }

    @Test
    void unsuitableSupervisorIsReplacedByTheCaseWorker() throws Exception {
        ProcessInstance pi = start(Applications.request("HBO", true, false, "SMR-000002", // one year of experience
                Applications.ENOUGH_EPA));
        ProcessJobs.runDue(engine.getManagementService());
        reviewComplete(pi);
        assertThat(pi).isWaitingAt("userTask_replaceSupervisor").variables().containsEntry("eligible", false);
        assertThat(task(pi)).hasCandidateGroup("caseworkers");

        complete(task(pi), withVariables("replacementOutcome", "NEW_SUPERVISOR",
                "newSupervisorRegistrationNumber", "SMR-999999")); // unknown
        assertThat(pi).isWaitingAt("userTask_replaceSupervisor").variables().containsEntry("supervisorRegistered", false);

        complete(task(pi), withVariables("replacementOutcome", "NEW_SUPERVISOR",
                "newSupervisorRegistrationNumber", "SMR-000003"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_assessCompetencies");
        assertThat(task(pi)).isAssignedTo("supervisor-SMR-000003");
        verify(changeSupervisor, times(2)).execute(any());
    }

    @Test
    void withoutAnotherSupervisorTheCaseClosesAsNotConsidered() throws Exception {
        ProcessInstance pi = start(Applications.request("HBO", true, false, "SMR-000002", // one year of experience
                Applications.ENOUGH_EPA));
        ProcessJobs.runDue(engine.getManagementService());
        reviewComplete(pi);
        assertThat(pi).isWaitingAt("userTask_replaceSupervisor");

        complete(task(pi), withVariables("replacementOutcome", "NO_SUPERVISOR",
                "replacementNote", "De coach zoekt eerst een supervisor in de regio"));
        ProcessJobs.runDue(engine.getManagementService());

        assertThat(pi).hasPassed("gateway_supervisorFound", "serviceTask_closeNoSupervisor",
                "serviceTask_sendNoSupervisor", "endEvent_noSupervisor").isEnded();
        verify(closeWithoutSupervisor).execute(any());
        verify(closeNotConsidered, never()).execute(any());
        verify(changeSupervisor, never()).execute(any());
        assertThat(mails).endsWith("registration-no-supervisor");
    }

    @Test
    void lateAssessmentRemindsThenEscalatesAndTheSupervisorGetsMoreTime() throws Exception {
        ProcessInstance pi = toAssessment(Applications.request("HBO", true, false));
        moveClock(Duration.ofDays(14).plusMinutes(1));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("serviceTask_sendSupervisorReminder", "endEvent_supervisorReminded")
                .isWaitingAt("userTask_assessCompetencies");
        moveClock(Duration.ofDays(14));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_handleLateAssessment");
        assertThat(task(pi)).hasCandidateGroup("caseworkers");

        complete(task(pi), withVariables("lateAssessmentOutcome", "WAIT", "escalationNote", "Belt deze week"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).isWaitingAt("userTask_assessCompetencies").variables().containsEntry("assessmentRound", 2L);
        assess(pi, "POSITIVE");
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_registered").isEnded();
        assertThat(mails).containsExactly("registration-received", "assessment-requested",
                "registration-supervisor-reminder", "assessment-requested", "registration-registered");
    }

    @Test
    void lateAssessmentCanGoToAnotherSupervisor() throws Exception {
        ProcessInstance pi = toAssessment(Applications.request("HBO", true, false));
        moveClock(Duration.ofDays(28).plusMinutes(1));
        ProcessJobs.runDue(engine.getManagementService());
        complete(task(pi), withVariables("lateAssessmentOutcome", "REPLACE", "escalationNote", "Supervisor ziek"));
        assertThat(pi).isWaitingAt("userTask_replaceSupervisor");
    }

    @Test
    void educationBelowMbo4IsRefused() throws Exception {
        ProcessInstance pi = toAssessment(Applications.request("MBO-3", false, false));
        assess(pi, "POSITIVE");
        assertThat(pi).variables().containsEntry("decision", "REJECT");
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("serviceTask_recordRefusal", "serviceTask_sendRefusal", "endEvent_refused")
                .isEnded();
        verify(recordRefusal).execute(any());
        assertThat(mails).containsExactly("registration-received", "assessment-requested", "registration-refused");
    }

    @Test
    void foreignDiplomaGoesToTheCommissionWhichApproves() throws Exception {
        ProcessInstance pi = toAssessment(Applications.request("FOREIGN", true, false));
        assess(pi, "POSITIVE");
        assertThat(pi).isWaitingAt("userTask_decideByCommission").variables().containsEntry("decision", "COMMISSION");
        assertThat(task(pi)).hasCandidateGroup("commission");
        complete(task(pi), withVariables("commissionDecision", "APPROVE",
                "commissionReason", "Diploma gelijkwaardig aan HBO"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_registered").isEnded();
    }

    @Test
    void missedEpaMinimumsGoToTheCommissionWhichRefuses() throws Exception {
        // 10 coaching hours, 3 intakes
        ProcessInstance pi = toAssessment(Applications.request("HBO", true, false, "SMR-000001",
                new RegistrationRequest.Epa(10, 12, 3, 3, 8, 5, 2)));
        assess(pi, "POSITIVE");
        assertThat(pi).variables().containsEntry("epaMinimumsMet", false).containsEntry("decision", "COMMISSION")
                // every shortfall is named for the commission, not only the first
                .containsEntry("epaShortfall", "te weinig coachingsuren (minimum 40); te weinig intakes (minimum 10)");
        complete(task(pi), withVariables("commissionDecision", "REJECT",
                "commissionReason", "Te weinig praktijkervaring"));
        ProcessJobs.runDue(engine.getManagementService());
        assertThat(pi).hasPassed("endEvent_refused").isEnded();
        assertThat(mails).containsExactly("registration-received", "assessment-requested", "registration-refused");
    }

    // ---- the model

    @Test
    void everyStepACaseWaitsInNamesItsOpenStatusForTheListener() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/coachRegistration.bpmn"));
        List<FlowNode> waitSteps = new ArrayList<>(model.getModelElementsByType(UserTask.class));
        waitSteps.addAll(model.getModelElementsByType(ReceiveTask.class));
        assertThat(waitSteps).hasSize(6);
        for (FlowNode step : waitSteps) {
            String status = RegistrationStatusListener.status(step).orElse(null);
            assertThat(status).as("status of " + step.getId()).isNotNull();
            assertThat(RegistrationStatus.valueOf(status).isClosed()).as(step.getId()).isFalse();
            assertThat(step.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class)
                    .list()).as("status listener of " + step.getId()).anyMatch(listener ->
                            "start".equals(listener.getCamundaEvent())
                                    && "${registrationStatusListener}".equals(listener.getCamundaDelegateExpression()));
        }
    }

    // ---- helpers

    /** Starts a case as the application does: the stored application, through the adapter. */
    private ProcessInstance start(RegistrationRequest request) {
        adapter.start(Applications.received(REF, request, now()));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(REF).singleResult();
    }

    private ProcessInstance toAssessment(RegistrationRequest application) throws Exception {
        ProcessInstance pi = start(application);
        ProcessJobs.runDue(engine.getManagementService());
        reviewComplete(pi);
        assertThat(pi).isWaitingAt("userTask_assessCompetencies");
        return pi;
    }

    /** Completes the review; the assessment request mail (a job of its own) then runs too. */
    private void reviewComplete(ProcessInstance pi) {
        complete(task(pi), withVariables("reviewOutcome", "COMPLETE", "trainingCompleted", true));
        ProcessJobs.runDue(engine.getManagementService());
    }

    private void assess(ProcessInstance pi, String judgement) throws Exception {
        complete(task(pi), withVariables("sufficientRequirements", List.of(), "epaConfirmed", true,
                "supervisorJudgement", judgement));
        verify(recordAssessment, atLeastOnce()).execute(any());
    }

    private static Date assessmentDue() {
        return Date.from(START.plus(Duration.ofDays(28)));
    }

    private static OffsetDateTime now() {
        return ClockUtil.now().toInstant().atOffset(ZoneOffset.UTC);
    }

    private Instant timerDue(String boundaryEvent) {
        return engine.getManagementService().createJobQuery().timers().activityId(boundaryEvent).singleResult()
                .getDuedate().toInstant();
    }

    private static StoredDocument diploma() {
        return new StoredDocument("d1", REF, DocumentType.DIPLOMA, "Diploma", "diploma.pdf", "application/pdf", 2048,
                "0".repeat(64), "portal", now());
    }

    /** The application's document list for forms. */
    private static FormDocumentList formDocumentList() {
        return new FormDocumentList(new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    private void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(by)));
    }
}
