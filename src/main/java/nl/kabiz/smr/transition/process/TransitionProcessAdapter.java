package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.casework.CaseConflict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kabiz.smr.coach.Coach;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * The only non-delegate class of the transition feature that talks to the engine: starts cases and bulk runs,
 * evaluates the applicability decision, correlates the portal's messages and reads a case's state.
 */
@Component
public class TransitionProcessAdapter {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final DecisionService decisionService;

    TransitionProcessAdapter(RuntimeService runtimeService, HistoryService historyService,
            DecisionService decisionService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.decisionService = decisionService;
    }

    /** DMN {@code transitionApplicability} for a first registration date. */
    public Applicability applicability(LocalDate initialRegistrationDate) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(TransitionProcess.DECISION_APPLICABILITY)
                .variables(Map.of(TransitionProcess.INITIAL_REGISTRATION_DATE, initialRegistrationDate.toString()))
                .evaluate().getSingleResult();
        return new Applicability(Boolean.TRUE.equals(result.getEntry(TransitionProcess.TRANSITION_REQUIRED)),
                ((Number) result.getEntry(TransitionProcess.TRANSITION_YEARS)).intValue());
    }

    /** Opens the case of a coach (in the caller's transaction); returns the process instance id. */
    public String startCase(Coach coach, Long bulkStartId, String objectionText) {
        String reference = TransitionProcess.businessKey(coach.registrationNumber());
        Map<String, Object> variables = new HashMap<>();
        variables.put(TransitionProcess.CASE_REFERENCE, reference);
        variables.put(TransitionProcess.REGISTRATION_NUMBER, coach.registrationNumber());
        variables.put(TransitionProcess.COACH_NAME, coach.name());
        variables.put(TransitionProcess.COACH_EMAIL, coach.email());
        variables.put(TransitionProcess.INITIAL_REGISTRATION_DATE, coach.initialRegistrationDate().toString());
        variables.put(TransitionProcess.EVIDENCE_ROUND, 0);
        variables.put(TransitionProcess.EXTENSION_ROUND, 0);
        variables.put(TransitionProcess.OBJECTION_TEXT, objectionText);
        if (bulkStartId != null) {
            variables.put(TransitionProcess.BULK_START_ID, bulkStartId);
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(TransitionProcess.PROCESS_KEY, reference,
                variables);
        return instance.getId();
    }

    /** Starts the batch worker of a bulk start; its first batch runs as a job after this transaction. */
    public void startBulkRun(long bulkStartId) {
        runtimeService.startProcessInstanceByKey(TransitionProcess.BULK_START_PROCESS_KEY,
                TransitionProcess.BULK_START_BUSINESS_KEY_PREFIX + bulkStartId,
                Map.of(TransitionProcess.BULK_START_ID, bulkStartId));
    }

    /** Resumes a case waiting for evidence; 409 when the case is not waiting for it. */
    public void submitEvidence(String reference, String supervisorRegistrationNumber, String epaSummary,
            String documentList) {
        Map<String, Object> variables = new HashMap<>(TransitionProcess.EVIDENCE_ROUND_CLEARED);
        // what the previous review asked the coach for, shown to the next reviewer
        Object asked = variable(reference, TransitionProcess.REVIEW_REMARKS);
        variables.put(TransitionProcess.PREVIOUS_REVIEW_REMARKS,
                Variables.stringValue(asked == null ? null : asked.toString()));
        variables.put(TransitionProcess.EVIDENCE_ROUND, round(reference, TransitionProcess.EVIDENCE_ROUND) + 1);
        variables.put(TransitionProcess.SUPERVISOR_REGISTRATION_NUMBER, supervisorRegistrationNumber);
        variables.put(TransitionProcess.EPA_SUMMARY, epaSummary);
        variables.put(TransitionProcess.EVIDENCE_DOCUMENT_LIST, documentList);
        variables.put(TransitionProcess.EVIDENCE_SUBMITTED_AT, org.camunda.bpm.engine.impl.util.ClockUtil.now());
        correlate(reference, TransitionProcess.MESSAGE_EVIDENCE_SUBMITTED, variables,
                "De zaak wacht niet op bewijsstukken (ze worden al beoordeeld, of de zaak is afgerond)");
    }

    /** Hands an extension request to the commission; 409 when the case is not in its transition period. */
    public void requestExtension(String reference, String reason) {
        Map<String, Object> variables = new HashMap<>(TransitionProcess.EXTENSION_ROUND_CLEARED);
        variables.put(TransitionProcess.EXTENSION_ROUND, round(reference, TransitionProcess.EXTENSION_ROUND) + 1);
        variables.put(TransitionProcess.EXTENSION_REASON, reason);
        correlate(reference, TransitionProcess.MESSAGE_EXTENSION_REQUESTED, variables,
                "Verlenging kan nu niet worden aangevraagd (er loopt al een aanvraag of beoordeling, of de zaak is afgerond)");
    }

    /** What the engine knows of a case: running activities and variables, or the history of an ended case. */
    public Optional<CaseState> state(String reference) {
        ProcessInstance running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(TransitionProcess.PROCESS_KEY).processInstanceBusinessKey(reference)
                .singleResult();
        if (running != null) {
            return Optional.of(new CaseState(true, runtimeService.getActiveActivityIds(running.getId()),
                    runtimeService.getVariables(running.getId()), null));
        }
        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(TransitionProcess.PROCESS_KEY).processInstanceBusinessKey(reference)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (ended == null) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(ended.getId()).list()) {
            variables.put(v.getName(), v.getValue());
        }
        return Optional.of(new CaseState(false, List.of(), variables, ended.getEndActivityId()));
    }

    private int round(String reference, String variable) {
        Object value = variable(reference, variable);
        return value instanceof Number n ? n.intValue() : 0;
    }

    private Object variable(String reference, String variable) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(TransitionProcess.PROCESS_KEY).processInstanceBusinessKey(reference)
                .singleResult();
        if (instance == null) {
            throw new CaseConflict("De overgangszaak " + reference + " is afgerond");
        }
        return runtimeService.getVariable(instance.getId(), variable);
    }

    private void correlate(String reference, String message, Map<String, Object> variables, String refusal) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(reference)
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new CaseConflict(refusal);
        }
    }

    /** Outcome of DMN transitionApplicability. */
    public record Applicability(boolean required, int years) {
    }

    /**
     * @param running whether the case is still open
     * @param activeActivityIds the open activities (empty when ended)
     * @param endActivityId the end event of an ended case
     */
    public record CaseState(boolean running, List<String> activeActivityIds, Map<String, Object> variables,
            String endActivityId) {

        public CaseState {
            activeActivityIds = new ArrayList<>(activeActivityIds);
        }
    }
}
