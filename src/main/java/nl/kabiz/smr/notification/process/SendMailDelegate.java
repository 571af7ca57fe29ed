package nl.kabiz.smr.notification.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.notification.MailRequest;
import nl.kabiz.smr.notification.MailService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Sends one templated email from a BPMN service task ({@code #{sendMailDelegate}}) that runs as a job: its own
 * ({@code asyncBefore} with {@code ${mailSettings.retryCycle}}) or that of the timer directly before it (the timer
 * then carries the retry cycle; {@code ModelConventionsTest}). The step's {@code camunda:properties} ({@link MailStep}):
 * <ul>
 *   <li>{@code mailTemplate}: template name under {@code templates/mail/} (required)</li>
 *   <li>{@code mailTo}, {@code mailToName}: recipient, expressions (default: the variables {@code coachEmail},
 *       {@code coachName})</li>
 *   <li>{@code mailOccurrence}: expression, what makes this message unique within its step (a round, a reminder
 *       date); the default is the step itself, so a step that can run more than once must set it</li>
 *   <li>{@code mailModel}: the variables its template may use, comma-separated ({@code coachName, deadlineDate});
 *       only these are read (a JSON variable becomes lists and maps). {@code ModelConventionsTest} checks that
 *       every variable a template uses is named here.</li>
 * </ul>
 * The template sees its model, plus {@code caseReference} (the business key), {@code recipientName},
 * {@code forStaff} (true when {@code mailTo} names someone other than the coach) and what
 * {@code MailTemplates} adds ({@code dates}, {@code caseUrl}, {@code taskUrl}).
 */
@Component("sendMailDelegate")
public class SendMailDelegate implements JavaDelegate {

    private final MailService mailService;
    private final ObjectMapper objectMapper;

    SendMailDelegate(MailService mailService, ObjectMapper objectMapper) {
        this.mailService = mailService;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        MailStep step = MailStep.of(execution);
        Object staff = step.to(execution);
        String to = (String) firstNonNull(staff, execution.getVariable("coachEmail"));
        String toName = (String) firstNonNull(step.toName(execution), execution.getVariable("coachName"));
        String caseReference = execution.getProcessBusinessKey();
        String key = MailRequest.stepKey(caseReference, step.template(), step.occurrence(execution),
                execution.getProcessInstanceId(), execution.getCurrentActivityId());
        Map<String, Object> model = model(execution, step);
        // a mail to someone other than the coach (a supervisor) is staff mail: it links to the task, not the portal
        model.put("forStaff", staff != null);
        mailService.send(new MailRequest(key, caseReference, step.template(), to, toName, model));
    }

    private Map<String, Object> model(DelegateExecution execution, MailStep step) throws Exception {
        Map<String, Object> model = new HashMap<>();
        for (String variable : step.model()) {
            Object value = execution.getVariable(variable);
            if (value instanceof SpinJsonNode json) {
                value = objectMapper.readValue(json.toString(), Object.class);
            }
            model.put(variable, value);
        }
        return model;
    }

    private static Object firstNonNull(Object a, Object b) {
        return a != null ? a : b;
    }
}
