package nl.kabiz.smr.extramodule.process;

import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.competency.process.AssessmentProcess;
import nl.kabiz.smr.extramodule.ExtraModuleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Records the decision just taken ({@code decisionPoint}: a decision table's outcome, or a person's in a user task)
 * through {@link ExtraModuleService}: who ({@link DecidedBy#person} or {@link Decision#byRules}), why, and what it
 * does to the case. A refusal closes the case and gives the refusal email its reason, objection route and day; a
 * question for the commission gives its form the question and empty answer fields.
 */
@Component("recordExtraModuleDecisionDelegate")
public class RecordExtraModuleDecisionDelegate implements JavaDelegate {

    static final String NO_SUPERVISOR_REASON = "Er is geen geschikte supervisor gevonden om uw competenties voor de"
            + " module in de praktijk te beoordelen.";

    private final ExtraModuleService applications;

    public RecordExtraModuleDecisionDelegate(ExtraModuleService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        String point = (String) execution.getVariable(ExtraModuleProcess.DECISION_POINT);
        switch (point) {
            case "ELIGIBILITY" -> {
                String by = Decision.byRules(ExtraModuleProcess.DECISION_ELIGIBILITY);
                String reason = text(execution, ExtraModuleProcess.ELIGIBILITY_REASON);
                switch (text(execution, ExtraModuleProcess.ELIGIBILITY_DECISION)) {
                    case "ELIGIBLE" -> applications.record(reference, "ELIGIBLE", by, reason);
                    case "NOT_ELIGIBLE" -> refuse(execution, by, reason);
                    default -> toCommission(execution, by, reason);
                }
            }
            case "ADMISSION" -> {
                String reason = required(execution, ExtraModuleProcess.COMMISSION_REASON);
                if (approved(execution)) {
                    applications.record(reference, "ADMITTED", DecidedBy.person(execution), reason);
                } else {
                    refuse(execution, DecidedBy.person(execution), reason);
                }
            }
            case "REVIEW" -> {
                if (ExtraModuleProcess.COMPLETE.equals(execution.getVariable(ExtraModuleProcess.REVIEW_OUTCOME))) {
                    String note = text(execution, ExtraModuleProcess.REVIEW_REASON);
                    applications.record(reference, "DOCUMENTS_COMPLETE", DecidedBy.person(execution),
                            note.isEmpty() ? "De certificaten tonen de scholing voor de module." : note);
                } else {
                    refuse(execution, DecidedBy.person(execution), required(execution, ExtraModuleProcess.REVIEW_REASON));
                }
            }
            case "SUPERVISOR_RULE" -> {
                String by = Decision.byRules(ExtraModuleProcess.DECISION_SUPERVISOR);
                String reason = text(execution, ExtraModuleProcess.SUPERVISOR_REASON);
                switch (text(execution, ExtraModuleProcess.SUPERVISOR_DECISION)) {
                    case "ACCEPTED" -> applications.record(reference, "SUPERVISOR_ACCEPTED", by, reason);
                    case "NOT_ACCEPTED" -> applications.record(reference, "SUPERVISOR_NOT_ACCEPTED", by, reason);
                    default -> toCommission(execution, by, reason);
                }
            }
            case "SUPERVISOR_APPROVAL" -> {
                boolean approved = approved(execution);
                applications.supervisorApproval(reference, approved, DecidedBy.person(execution),
                        required(execution, ExtraModuleProcess.COMMISSION_REASON));
                execution.setVariable(ExtraModuleProcess.SUPERVISOR_APPROVED_BY_COMMISSION, approved);
            }
            case "NO_SUPERVISOR" -> {
                String note = text(execution, ExtraModuleProcess.REPLACEMENT_NOTE);
                refuse(execution, DecidedBy.person(execution),
                        NO_SUPERVISOR_REASON + (note.isEmpty() ? "" : " " + note));
            }
            case "OUTCOME" -> {
                String by = Decision.byRules(ExtraModuleProcess.DECISION_OUTCOME);
                String reason = text(execution, ExtraModuleProcess.OUTCOME_REASON);
                if (ExtraModuleProcess.APPROVE.equals(execution.getVariable(ExtraModuleProcess.OUTCOME_DECISION))) {
                    applications.record(reference, "APPROVED", by, reason);
                } else {
                    String overview = text(execution, AssessmentProcess.ASSESSMENT_OVERVIEW);
                    toCommission(execution, by, overview.isEmpty() ? reason : reason + " " + overview);
                }
            }
            case "COMMISSION" -> {
                String reason = required(execution, ExtraModuleProcess.COMMISSION_REASON);
                if (approved(execution)) {
                    applications.record(reference, "APPROVED", DecidedBy.person(execution), reason);
                } else {
                    refuse(execution, DecidedBy.person(execution), reason);
                }
            }
            default -> throw new IllegalStateException("Unknown decisionPoint " + point + " in "
                    + execution.getCurrentActivityId());
        }
    }

    private void refuse(DelegateExecution execution, String by, String reason) {
        Decision decision = applications.refuse(execution.getProcessBusinessKey(), by, reason);
        execution.setVariable(ExtraModuleProcess.REFUSAL_REASON, decision.reason());
        execution.setVariable(ExtraModuleProcess.OBJECTION_TEXT, decision.objectionText());
        execution.setVariable(ExtraModuleProcess.REFUSED_ON,
                RegisterTime.day(decision.decidedAt()).orElseThrow().toString());
    }

    private void toCommission(DelegateExecution execution, String by, String question) {
        applications.toCommission(execution.getProcessBusinessKey(), by, question);
        execution.setVariable(ExtraModuleProcess.COMMISSION_QUESTION, question);
        execution.setVariable(ExtraModuleProcess.COMMISSION_DECISION, Variables.stringValue(null));
        execution.setVariable(ExtraModuleProcess.COMMISSION_REASON, Variables.stringValue(null));
    }

    private static boolean approved(DelegateExecution execution) {
        return ExtraModuleProcess.APPROVE.equals(execution.getVariable(ExtraModuleProcess.COMMISSION_DECISION));
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? "" : value.toString().strip();
    }

    /** A reason a person must give (the coach reads it): a Dutch message on the form otherwise. */
    private static String required(DelegateExecution execution, String variable) {
        String value = text(execution, variable);
        if (value.isEmpty()) {
            throw new RuleViolation(variable, "Geef de reden van dit besluit; die wordt vastgelegd en bij een afwijzing"
                    + " letterlijk aan de coach gemaild.");
        }
        return value;
    }
}
