package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.process.FormDocumentList;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.notification.MailRequest;
import nl.kabiz.smr.transition.TransitionProcedure;
import nl.kabiz.smr.transition.TransitionStartLetters;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The transition procedure on the engine ({@link TransitionProcedure}): starts cases and bulk runs, evaluates the
 * applicability decision, and correlates the portal's messages with the variables the model and its forms read.
 * Process tests use this class too, so what a case receives cannot drift between the application and the tests.
 */
@Component
public class TransitionProcessAdapter implements TransitionProcedure {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final DecisionService decisionService;
    private final FormDocumentList documentList;

    public TransitionProcessAdapter(RuntimeService runtimeService, HistoryService historyService,
            DecisionService decisionService, FormDocumentList documentList) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.decisionService = decisionService;
        this.documentList = documentList;
    }

    @Override
    public Applicability applicability(LocalDate initialRegistrationDate) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(TransitionProcess.DECISION_APPLICABILITY)
                .variables(Map.of(TransitionProcess.INITIAL_REGISTRATION_DATE, initialRegistrationDate.toString()))
                .evaluate().getSingleResult();
        return new Applicability(Boolean.TRUE.equals(result.getEntry(TransitionProcess.TRANSITION_REQUIRED)),
                ((Number) result.getEntry(TransitionProcess.TRANSITION_YEARS)).intValue());
    }

    @Override
    public void startCase(String caseReference, Coach coach) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TransitionProcess.CASE_REFERENCE, caseReference);
        variables.put(TransitionProcess.REGISTRATION_NUMBER, coach.registrationNumber());
        variables.put(TransitionProcess.COACH_NAME, coach.name());
        variables.put(TransitionProcess.COACH_EMAIL, coach.email());
        variables.put(TransitionProcess.INITIAL_REGISTRATION_DATE, coach.initialRegistrationDate().toString());
        variables.put(TransitionProcess.EVIDENCE_ROUND, 0);
        variables.put(TransitionProcess.EXTENSION_ROUND, 0);
        runtimeService.startProcessInstanceByKey(TransitionProcess.PROCESS_KEY, caseReference, variables);
    }

    @Override
    public Map<String, String> startLetterKeys(Collection<String> caseReferences) {
        Map<String, String> keys = new HashMap<>();
        if (caseReferences.isEmpty()) {
            return keys;
        }
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(TransitionProcess.PROCESS_KEY).unfinished()
                .processInstanceBusinessKeyIn(caseReferences.toArray(String[]::new)).list()) {
            keys.put(instance.getBusinessKey(), startLetterKey(instance.getBusinessKey(), instance.getId()));
        }
        // without history (history level none) the runtime knows them, one by one
        for (String reference : caseReferences) {
            if (!keys.containsKey(reference)) {
                ProcessInstance running = runtimeService.createProcessInstanceQuery()
                        .processDefinitionKey(TransitionProcess.PROCESS_KEY).processInstanceBusinessKey(reference)
                        .singleResult();
                if (running != null) {
                    keys.put(reference, startLetterKey(reference, running.getId()));
                }
            }
        }
        return keys;
    }

    /** The key {@code sendMailDelegate} gives the letter of the case's {@code serviceTask_sendStartLetter}. */
    private static String startLetterKey(String caseReference, String processInstanceId) {
        return MailRequest.stepKey(caseReference, TransitionStartLetters.TEMPLATE, null, processInstanceId,
                TransitionProcess.TASK_SEND_START_LETTER);
    }

    @Override
    public void startBulkRun(long bulkStartId, int worker) {
        runtimeService.startProcessInstanceByKey(TransitionProcess.BULK_START_PROCESS_KEY,
                TransitionProcess.BULK_START_BUSINESS_KEY_PREFIX + bulkStartId + "-" + worker,
                Map.of(TransitionProcess.BULK_START_ID, bulkStartId, TransitionProcess.BULK_WORKER, worker));
    }

    @Override
    public void submitEvidence(String caseReference, EvidenceRound evidence) {
        Map<String, Object> variables = new HashMap<>(TransitionProcess.EVIDENCE_ROUND_CLEARED);
        variables.put(TransitionProcess.PREVIOUS_REVIEW_REMARKS, Variables.stringValue(evidence.previousReviewRemarks()));
        variables.put(TransitionProcess.EVIDENCE_ROUND, evidence.round());
        variables.put(TransitionProcess.SUPERVISOR_REGISTRATION_NUMBER, evidence.supervisorRegistrationNumber());
        variables.put(TransitionProcess.EPA_SUMMARY, evidence.epaSummary());
        variables.put(TransitionProcess.DOCUMENTS, documentList.variable(evidence.documents(), evidence.previousRound()));
        correlate(caseReference, TransitionProcess.MESSAGE_EVIDENCE_SUBMITTED, variables,
                "De zaak wacht niet op bewijsstukken (ze worden al beoordeeld, of de zaak is afgerond)");
    }

    @Override
    public void requestExtension(String caseReference, int request, String reason) {
        Map<String, Object> variables = new HashMap<>(TransitionProcess.EXTENSION_ROUND_CLEARED);
        variables.put(TransitionProcess.EXTENSION_ROUND, request);
        variables.put(TransitionProcess.EXTENSION_REASON, reason);
        correlate(caseReference, TransitionProcess.MESSAGE_EXTENSION_REQUESTED, variables,
                "Verlenging kan nu niet worden aangevraagd (er loopt al een aanvraag of beoordeling, of de zaak is afgerond)");
    }

    /** The portal's message to a case; a case that does not wait for it is a {@link CaseConflict} (Dutch). */
    private void correlate(String caseReference, String message, Map<String, Object> variables, String refusal) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(caseReference)
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new CaseConflict(refusal);
        }
    }
}
