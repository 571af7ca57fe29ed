package nl.kabiz.smr.extramodule.process;

import java.util.List;
import nl.kabiz.smr.casework.process.FormDocumentList;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.extramodule.ExtraModuleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The case worker's review starts: the case's documents for the form, the form's fields empty. */
@Component("prepareExtraModuleReviewDelegate")
public class PrepareExtraModuleReviewDelegate implements JavaDelegate {

    private final ExtraModuleService applications;
    private final FormDocumentList documentList;

    public PrepareExtraModuleReviewDelegate(ExtraModuleService applications, FormDocumentList documentList) {
        this.applications = applications;
        this.documentList = documentList;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<StoredDocument> documents = applications.startReview(execution.getProcessBusinessKey());
        execution.setVariable(ExtraModuleProcess.DOCUMENTS, documentList.variable(documents));
        execution.setVariable(ExtraModuleProcess.DOCUMENT_COUNT, documents.size());
        execution.setVariable(ExtraModuleProcess.REVIEW_OUTCOME, Variables.stringValue(null));
        execution.setVariable(ExtraModuleProcess.REVIEW_REASON, Variables.stringValue(null));
    }
}
