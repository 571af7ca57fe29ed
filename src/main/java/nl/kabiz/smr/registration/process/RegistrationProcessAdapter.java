package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.process.FormDocumentList;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.competency.process.AssessmentVariables;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.registration.RegistrationApplication;
import nl.kabiz.smr.casework.RegisterTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The registration procedure as the rest of the application sees it: start a case, tell it about new documents.
 * Runs in the caller's transaction (the engine shares Spring's), so a failing start leaves nothing behind.
 */
@Component
public class RegistrationProcessAdapter {

    private final RuntimeService runtimeService;
    private final FormDocumentList documentList;

    RegistrationProcessAdapter(RuntimeService runtimeService, FormDocumentList documentList) {
        this.runtimeService = runtimeService;
        this.documentList = documentList;
    }

    /** Starts {@code coachRegistration} with the case reference as business key. Returns the instance id. */
    public String start(RegistrationApplication application) {
        RegistrationApplication.EpaCounts epa = application.epa();
        VariableMap variables = Variables.createVariables()
                .putValue(RegistrationProcess.CASE_REFERENCE, application.reference())
                .putValue(RegistrationProcess.COACH_NAME, application.fullName())
                .putValue(RegistrationProcess.COACH_EMAIL, application.email())
                .putValue(RegistrationProcess.COACH_CITY, application.city())
                .putValue(RegistrationProcess.EDUCATION_LEVEL, application.educationLevel().code())
                .putValue(RegistrationProcess.EDUCATION_LEVEL_LABEL, application.educationLevel().label())
                .putValue(RegistrationProcess.HEALTHCARE_PROFESSIONAL, application.healthcareProfessional())
                .putValue(RegistrationProcess.SMR_IN_PROFESSIONAL_EDUCATION, application.smrInProfessionalEducation())
                .putValue(RegistrationProcess.PROFESSION, application.profession())
                .putValue(RegistrationProcess.BIG_NUMBER, application.bigNumber())
                .putValue(RegistrationProcess.TRAINING, application.training())
                .putValue(RegistrationProcess.SUPERVISOR_REGISTRATION_NUMBER, application.supervisorRegistrationNumber())
                .putValue("epaCoachingHours", epa.coachingHours())
                .putValue("epaClients", epa.clients())
                .putValue("epaClientsLimitedHealthLiteracy", epa.clientsLimitedHealthLiteracy())
                .putValue("epaIntakes", epa.intakes())
                .putValue("epaIntegralTrajectories", epa.integralTrajectories())
                .putValue("epaPharmacotherapyTrajectories", epa.pharmacotherapyTrajectories())
                .putValue("epaReferrals", epa.referrals())
                .putValue(RegistrationProcess.EPA_SUMMARY, epa.summary())
                .putValue(RegistrationProcess.DECISION_DUE_DATE,
                        RegisterTime.endOfOfficeDay(application.handlingPeriod().dueDate()))
                .putValue(RegistrationProcess.REVIEW_ROUND, 0)
                .putValue(RegistrationProcess.ASSESSMENT_ROUND, 0)
                .putValue(RegistrationProcess.TRAINING_COMPLETED, false)
                .putValue(AssessmentVariables.PROFILE_MODULE, "BASIS")
                .putValue(RegistrationProcess.DOCUMENT_COUNT, 0)
                .putValue(RegistrationProcess.DOCUMENTS, documentList.variable(List.of()));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(RegistrationProcess.KEY,
                application.reference(), variables);
        return instance.getId();
    }

    /**
     * The case's documents changed: the open case shows the new list, and a case that waits for documents
     * resumes. Returns whether a waiting case was resumed.
     */
    public boolean documentsChanged(String reference, List<StoredDocument> documents) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY).processInstanceBusinessKey(reference).singleResult();
        if (instance == null) {
            return false;
        }
        // only a case at rest (in review, or waiting for the coach) takes the new list now; a case that is moving
        // (a job running) must not be touched from here, or one of the two transactions fails on a lock; the
        // next review reads the documents afresh anyway
        List<String> active = runtimeService.getActiveActivityIds(instance.getId());
        if (active.contains(RegistrationProcess.TASK_REVIEW_DOCUMENTS)
                || active.contains(RegistrationProcess.RECEIVE_AWAIT_DOCUMENTS)) {
            runtimeService.setVariables(instance.getId(), Map.of(
                    RegistrationProcess.DOCUMENTS, documentList.variable(documents),
                    RegistrationProcess.DOCUMENT_COUNT, documents.size()));
        }
        return !runtimeService.createMessageCorrelation(RegistrationProcess.MESSAGE_DOCUMENTS_UPLOADED)
                .processInstanceId(instance.getId())
                .correlateAllWithResult().isEmpty();
    }
}
