package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kabiz.smr.casework.process.StepProperties;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.junit.jupiter.api.Test;

/**
 * The conventions every model keeps, checked on the files in {@code processes/} and {@code forms/}: named ids, a
 * history time-to-live, deployment-bound forms that exist, and mail steps that run as a job of their own or in the
 * job of the timer directly before them (see {@link #checkMailStepRunsAsAJob}), with a template that exists.
 */
class ModelConventionsTest {

    private static final String ID = "(startEvent|endEvent|userTask|serviceTask|businessRuleTask|receiveTask|sendTask"
            + "|scriptTask|callActivity|subProcess|gateway|boundaryEvent|intermediateCatchEvent|intermediateThrowEvent"
            + "|timer|flow|message|error|signal|escalation|process|definitions|[a-zA-Z]+Process)_[a-z][A-Za-z0-9]*";

    @Test
    void everyModelFollowsTheConventions() throws IOException {
        Set<String> formIds = formIds();
        List<Path> models = files("processes", ".bpmn");
        assertThat(models).isNotEmpty();
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.isExecutable()) {
                    assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + ": historyTimeToLive").isNotBlank();
                }
            }
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                assertThat(element.getId()).as(file + ": id of " + element.getElementType().getTypeName())
                        .matches(ID);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(file + ": formRef of " + task.getId()).isIn(formIds);
                assertThat(task.getCamundaFormRefBinding()).as(file + ": binding of " + task.getId())
                        .isEqualTo("deployment");
                assertThat(task.getName()).as(file + ": Dutch name of " + task.getId()).isNotBlank();
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                if ("${sendMailDelegate}".equals(task.getCamundaDelegateExpression())) {
                    checkMailStepRunsAsAJob(file, task);
                    // properties of the model, not input parameters: those make every mail a scope with local
                    // variables and their history, written and deleted per mail (issue 12)
                    assertThat(hasInputOutput(task)).as(file + ": mail step " + task.getId()
                            + " takes its parameters from camunda:properties, not input parameters").isFalse();
                    String template = property(task, "mailTemplate");
                    assertThat(template).as(file + ": mailTemplate of " + task.getId()).isNotNull();
                    for (String suffix : List.of(".html", ".txt")) {
                        assertThat(Path.of("src/main/resources/templates/mail", template + suffix))
                                .as(file + ": template of " + task.getId()).exists();
                    }
                    String mailModel = property(task, "mailModel");
                    assertThat(mailModel).as(file + ": mailModel (what the template may use) of " + task.getId())
                            .isNotNull();
                    Set<String> named = new HashSet<>();
                    for (String name : mailModel.split(",")) {
                        named.add(name.strip());
                    }
                    assertThat(named).as(file + ": mailModel of " + task.getId() + " names every variable "
                            + template + " uses").containsAll(templateVariables(template));
                }
            }
        }
    }

    private static final String MAIL_RETRY_CYCLE = "${mailSettings.retryCycle}";

    /**
     * The job rule of a mail step: it <b>starts a job of its own</b> ({@code asyncBefore}, with the mail retry
     * cycle) <b>or runs in the job of the timer directly before it</b> (its one incoming flow comes from a timer
     * event, which then carries the mail retry cycle, so a failed delivery retries that job the same way and ends in
     * an incident Cockpit can retry). It ends its job ({@code asyncAfter}) unless everything after it up to the next
     * wait state (a timer or message event, a user or receive task, an end event, or an asynchronous step) is
     * bookkeeping without mail: then the {@code sent_mail} row and that bookkeeping commit together.
     */
    private static void checkMailStepRunsAsAJob(Path file, ServiceTask task) {
        String step = file + ": mail step " + task.getId();
        if (task.isCamundaAsyncBefore()) {
            assertThat(retryCycle(task)).as(step + " (a job of its own) retries on the mail retry cycle")
                    .isEqualTo(MAIL_RETRY_CYCLE);
        } else {
            assertThat(task.getIncoming()).as(step + " without asyncBefore has one incoming flow").hasSize(1);
            FlowNode before = task.getIncoming().iterator().next().getSource();
            boolean timer = before instanceof CatchEvent event
                    && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
            assertThat(timer).as(step + " without asyncBefore runs in the job of the timer directly before it").isTrue();
            assertThat(retryCycle(before)).as(step + ": the timer before it retries on the mail retry cycle")
                    .isEqualTo(MAIL_RETRY_CYCLE);
            assertThat(retryCycle(task)).as(step + " in the timer's job has no retry cycle of its own").isNull();
        }
        if (!task.isCamundaAsyncAfter()) {
            assertThat(mailBeforeNextWaitState(task.getOutgoing(), new HashSet<>()))
                    .as(step + " without asyncAfter: no other mail before the next wait state").isNull();
        }
    }

    /** The first mail step reached from these flows before a wait state, or null. */
    private static String mailBeforeNextWaitState(java.util.Collection<SequenceFlow> flows, Set<String> seen) {
        for (SequenceFlow flow : flows) {
            FlowNode next = flow.getTarget();
            if (!seen.add(next.getId()) || next instanceof CatchEvent || next instanceof UserTask
                    || next instanceof ReceiveTask || next instanceof EndEvent || next instanceof SubProcess
                    || (next instanceof Activity activity && activity.isCamundaAsyncBefore())) {
                continue;
            }
            if (next instanceof ServiceTask service && "${sendMailDelegate}".equals(service.getCamundaDelegateExpression())) {
                return next.getId();
            }
            if (next instanceof Activity activity && activity.isCamundaAsyncAfter()) {
                continue;
            }
            String found = mailBeforeNextWaitState(next.getOutgoing(), seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String retryCycle(BaseElement element) {
        return element.getExtensionElements() == null ? null
                : element.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                        .list().stream().map(CamundaFailedJobRetryTimeCycle::getTextContent).findFirst().orElse(null);
    }

    /** The variables a mail template reads, beyond what every mail gets ({@code MailTemplates}). */
    static Set<String> templateVariables(String template) throws IOException {
        Set<String> used = new TreeSet<>();
        for (String suffix : List.of(".html", ".txt")) {
            String text = Files.readString(Path.of("src/main/resources/templates/mail", template + suffix));
            Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(text);
            while (expression.find()) {
                Matcher word = Pattern.compile("(?<![.#\\w])([A-Za-z_]\\w*)")
                        .matcher(expression.group(1).replaceAll("'[^']*'", ""));
                while (word.find()) {
                    used.add(word.group(1));
                }
            }
        }
        used.removeAll(Set.of("null", "and", "or", "not", "true", "false", "eq", "ne", "gt", "lt", "ge", "le",
                "recipientName", "caseReference", "baseUrl", "dates", "caseUrl", "taskUrl", "forStaff"));
        return used;
    }

    private static String property(BaseElement task, String name) {
        return StepProperties.of(task).get(name);
    }

    private static boolean hasInputOutput(BaseElement task) {
        return task.getExtensionElements() != null && !task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaInputOutput.class).list().isEmpty();
    }

    private static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : files("forms", ".form")) {
            try (InputStream in = Files.newInputStream(form)) {
                JsonNode root = json.readTree(in);
                assertThat(root.path("id").asText()).as(form + ": form id").matches("form_[a-z][A-Za-z0-9]*");
                assertThat(ids.add(root.path("id").asText())).as(form + ": unique form id").isTrue();
                root.path("components").forEach(c -> assertThat(c.hasNonNull("id")).as(form + ": component id").isTrue());
            }
        }
        return ids;
    }

    private static List<Path> files(String dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of(dir))) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
