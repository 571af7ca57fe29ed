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
 * then carries the retry cycle; {@code ModelConventionsTest}). Input parameters of the task:
 * <ul>
 *   <li>{@code mailTemplate}: template name under {@code templates/mail/} (required)</li>
 *   <li>{@code mailTo}, {@code mailToName}: recipient (default: the variables {@code coachEmail}, {@code coachName})</li>
 *   <li>{@code mailOccurrence}: what makes this message unique within its task (a round, a reminder date); the
 *       default is the task itself, so a task that can run more than once must set it</li>
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

    public static final String TEMPLATE = "mailTemplate";
    public static final String TO = "mailTo";
    public static final String TO_NAME = "mailToName";
    public static final String OCCURRENCE = "mailOccurrence";
    public static final String MODEL = "mailModel";

    private final MailService mailService;
    private final ObjectMapper objectMapper;

    SendMailDelegate(MailService mailService, ObjectMapper objectMapper) {
        this.mailService = mailService;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String template = (String) execution.getVariable(TEMPLATE);
        String to = (String) firstNonNull(execution.getVariable(TO), execution.getVariable("coachEmail"));
        String toName = (String) firstNonNull(execution.getVariable(TO_NAME), execution.getVariable("coachName"));
        Object occurrence = execution.getVariable(OCCURRENCE);
        String caseReference = execution.getProcessBusinessKey();
        String key = MailRequest.stepKey(caseReference, template, occurrence, execution.getProcessInstanceId(),
                execution.getCurrentActivityId());
        Map<String, Object> model = model(execution);
        // a mail to someone other than the coach (a supervisor) is staff mail: it links to the task, not the portal
        model.put("forStaff", execution.getVariable(TO) != null);
        mailService.send(new MailRequest(key, caseReference, template, to, toName, model));
    }

    private Map<String, Object> model(DelegateExecution execution) throws Exception {
        Object names = execution.getVariableLocal(MODEL);
        if (names == null) {
            throw new IllegalStateException("Mail step " + execution.getCurrentActivityId()
                    + " names no mailModel (the variables its template may use)");
        }
        Map<String, Object> model = new HashMap<>();
        for (String name : names.toString().split(",")) {
            String variable = name.strip();
            if (variable.isEmpty()) {
                continue;
            }
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
