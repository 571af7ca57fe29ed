package nl.kabiz.smr.registration.process;

import java.util.List;
import nl.kabiz.smr.casework.process.FormDocumentList;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Before every document review: records the training route on the case, puts the current document list on the
 * case for the form, counts the review round (which keeps the emails of each round apart) and clears the previous
 * round's outcome.
 */
@Component("prepareDocumentReviewDelegate")
public class PrepareDocumentReviewDelegate implements JavaDelegate {

    private final RegistrationService registrations;
    private final FormDocumentList documentList;

    PrepareDocumentReviewDelegate(RegistrationService registrations, FormDocumentList documentList) {
        this.registrations = registrations;
        this.documentList = documentList;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<StoredDocument> documents = registrations.startReview(execution.getProcessBusinessKey(),
                (String) execution.getVariable(RegistrationProcess.ROUTE));
        // a second round shows what was asked for last time and which documents came in since
        Object previousRound = execution.getVariable(RegistrationProcess.REVIEW_STARTED_AT);
        java.time.Instant since = previousRound instanceof java.util.Date date ? date.toInstant() : null;
        execution.setVariable(RegistrationProcess.DOCUMENTS, documentList.variable(documents, since));
        execution.setVariable(RegistrationProcess.REVIEW_STARTED_AT, org.camunda.bpm.engine.impl.util.ClockUtil.now());
        Object asked = execution.getVariable(RegistrationProcess.MISSING_DOCUMENTS);
        execution.setVariable(RegistrationProcess.PREVIOUS_REQUEST,
                Variables.stringValue(asked == null ? null : asked.toString()));
        execution.setVariable(RegistrationProcess.MISSING_DOCUMENTS, Variables.stringValue(null));
        execution.setVariable(RegistrationProcess.DOCUMENT_COUNT, documents.size());
        Object round = execution.getVariable(RegistrationProcess.REVIEW_ROUND);
        execution.setVariable(RegistrationProcess.REVIEW_ROUND, round == null ? 1 : ((Number) round).intValue() + 1);
        execution.setVariable(RegistrationProcess.REVIEW_OUTCOME, Variables.stringValue(null));
    }
}
