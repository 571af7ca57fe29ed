package nl.kabiz.smr.transition;

import static nl.kabiz.smr.support.ProcessJobs.runDue;
import static nl.kabiz.smr.transition.TransitionTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.transition.process.TransitionProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Running transition cases move to a newer process version with Camunda's migration API and keep their deadline
 * and their pending reminder timer: the timers are absolute dates kept in the case. Version 2 is version 1 with the
 * reminder task renamed (derived here with the model API), which the plan maps explicitly.
 */
class TransitionCaseMigrationTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml").build();

    private static final String[] SHARED = {"processes/transitionApplicability.dmn", "processes/reminderSchedule.dmn",
            "processes/transitionOutcome.dmn", "processes/supervisorEligibility.dmn",
            "forms/transition-review-evidence.form", "forms/transition-decide-extension.form",
            "forms/transition-confirm-end.form", "forms/transition-decide-edge-case.form",
            "forms/assess-competencies.form"};

    private static final String RENAMED_REMINDER_TASK = "serviceTask_sendReminderLetter";

    ProcessEngine processEngine;
    TransitionTestSupport.Cases cases;
    List<TransitionTestSupport.SentMail> mails;
    List<String> deployments = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        setClock(LocalDate.of(2026, 1, 1), LocalTime.of(10, 0));
        cases = TransitionTestSupport.registerCommonBeans(processEngine);
        mails = cases.mails;
    }

    @AfterEach
    void tearDown() {
        deployments.forEach(id -> processEngine.getRepositoryService().deleteDeployment(id, true));
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void runningCasesKeepTheirDeadlineAndPendingReminderAfterMigration() {
        ProcessDefinition v1 = deploy(model());
        ProcessInstance fresh = start("SMR-000201");
        ProcessInstance afterOneReminder = start("SMR-000202");
        runDue(processEngine.getManagementService());
        // a third case opens half a year later; the first two get their first reminder on 1 January 2028
        setClock(LocalDate.of(2026, 7, 15), LocalTime.of(10, 0));
        ProcessInstance later = start("SMR-000203");
        runDue(processEngine.getManagementService());
        setClock(LocalDate.of(2028, 1, 1), LocalTime.of(9, 30));
        runDue(processEngine.getManagementService());
        setClock(LocalDate.of(2028, 2, 1), LocalTime.of(12, 0));

        List<ProcessInstance> running = List.of(fresh, afterOneReminder, later);
        Map<String, Map<String, Object>> before = new HashMap<>();
        Map<String, Date> timersBefore = new HashMap<>();
        for (ProcessInstance instance : running) {
            before.put(instance.getId(), dates(instance));
            timersBefore.put(instance.getId(), timer(instance).getDuedate());
        }
        assertThat(timersBefore.get(later.getId())).isAfter(timersBefore.get(fresh.getId()));

        BpmnModelInstance renamed = model();
        renamed.<ServiceTask>getModelElementById(TransitionProcess.TASK_SEND_REMINDER).setId(RENAMED_REMINDER_TASK);
        ProcessDefinition v2 = deploy(renamed);
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        MigrationPlan plan = processEngine.getRuntimeService().createMigrationPlan(v1.getId(), v2.getId())
                .mapEqualActivities()
                .mapActivities(TransitionProcess.TASK_SEND_REMINDER, RENAMED_REMINDER_TASK)
                .build();
        processEngine.getRuntimeService().newMigration(plan)
                .processInstanceIds(running.stream().map(ProcessInstance::getId).toList()).execute();

        for (ProcessInstance instance : running) {
            ProcessInstance migrated = processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(instance.getId()).singleResult();
            assertThat(migrated.getProcessDefinitionId()).isEqualTo(v2.getId());
            assertThat(dates(instance)).isEqualTo(before.get(instance.getId()));
            assertThat(timer(instance).getDuedate()).isEqualTo(timersBefore.get(instance.getId()));
        }

        // the next reminder still fires on its day, through the renamed task of version 2, once per case
        int remindersBefore = reminders();
        setClock(LocalDate.of(2028, 7, 1), LocalTime.of(9, 30));
        runDue(processEngine.getManagementService());
        assertThat(reminders()).isEqualTo(remindersBefore + 2);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(RENAMED_REMINDER_TASK).count()).isEqualTo(2);
    }

    private int reminders() {
        return (int) mails.stream().filter(m -> m.template().equals("transition-reminder")).count();
    }

    /** The dates of a case: the engine's (timers, mails, forms) and the case table's (deadline, pending reminders). */
    private Map<String, Object> dates(ProcessInstance instance) {
        Map<String, Object> dates = new HashMap<>();
        for (String name : List.of("deadline", "deadlineExpiresAt", "nextReminderAt", "nextReminderDate")) {
            dates.put(name, processEngine.getRuntimeService().getVariable(instance.getId(), name));
        }
        dates.put("case deadline", cases.row(instance.getBusinessKey()).deadline());
        dates.put("case pending reminders", cases.pendingReminders(instance.getBusinessKey()));
        return dates;
    }

    private Job timer(ProcessInstance instance) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
    }

    /** Version 1: the model as the application deploys it. */
    private static BpmnModelInstance model() {
        return Bpmn.readModelFromStream(TransitionCaseMigrationTest.class.getClassLoader()
                .getResourceAsStream("processes/transitionCase.bpmn"));
    }

    private ProcessDefinition deploy(BpmnModelInstance model) {
        DeploymentBuilder builder = processEngine.getRepositoryService().createDeployment()
                .addModelInstance("transitionCase.bpmn", model);
        for (String resource : SHARED) {
            builder.addClasspathResource(resource);
        }
        String id = builder.deploy().getId();
        deployments.add(id);
        return processEngine.getRepositoryService().createProcessDefinitionQuery().deploymentId(id)
                .processDefinitionKey(TransitionProcess.PROCESS_KEY).singleResult();
    }

    private ProcessInstance start(String number) {
        return cases.open(number, "2014-09-01");
    }
}
