package nl.kabiz.smr.registration.process;

import java.util.List;
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
    private final DocumentList documentList;

    PrepareDocumentReviewDelegate(RegistrationService registrations, DocumentList documentList) {
        this.registrations = registrations;
        this.documentList = documentList;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<StoredDocument> documents = registrations.startReview(execution.getProcessBusinessKey(),
                (String) execution.getVariable(RegistrationProcess.ROUTE));
        execution.setVariable(RegistrationProcess.DOCUMENTS, documentList.variable(documents));
        execution.setVariable(RegistrationProcess.DOCUMENT_COUNT, documents.size());
        Object round = execution.getVariable(RegistrationProcess.REVIEW_ROUND);
        execution.setVariable(RegistrationProcess.REVIEW_ROUND, round == null ? 1 : ((Number) round).intValue() + 1);
        execution.setVariable(RegistrationProcess.REVIEW_OUTCOME, Variables.stringValue(null));
    }
}
