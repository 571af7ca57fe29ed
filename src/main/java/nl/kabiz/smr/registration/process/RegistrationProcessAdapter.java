package nl.kabiz.smr.registration.process;

import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.casework.process.FormDocumentList;
import nl.kabiz.smr.competency.process.AssessmentProcess;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.registration.RegistrationApplication;
import nl.kabiz.smr.registration.RegistrationProcedure;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@link RegistrationProcedure} on the engine: starts {@code coachRegistration} and tells it about new documents.
 * Runs in the caller's transaction (the engine shares Spring's), so a failing start leaves nothing behind.
 */
@Component
public class RegistrationProcessAdapter implements RegistrationProcedure {

    private final RuntimeService runtimeService;
    private final FormDocumentList documentList;

    RegistrationProcessAdapter(RuntimeService runtimeService, FormDocumentList documentList) {
        this.runtimeService = runtimeService;
        this.documentList = documentList;
    }

    /** Starts {@code coachRegistration} with the case reference as business key. */
    @Override
    public void start(RegistrationApplication application) {
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
                .putValueTyped(RegistrationProcess.PROFESSION, Variables.stringValue(application.profession()))
                .putValueTyped(RegistrationProcess.BIG_NUMBER, Variables.stringValue(application.bigNumber()))
                .putValue(RegistrationProcess.TRAINING, application.training())
                .putValue(RegistrationProcess.SUPERVISOR_REGISTRATION_NUMBER,
                        application.supervisorRegistrationNumber())
                .putValue(RegistrationProcess.EPA_COACHING_HOURS, epa.coachingHours())
                .putValue(RegistrationProcess.EPA_CLIENTS, epa.clients())
                .putValue(RegistrationProcess.EPA_CLIENTS_LIMITED_HEALTH_LITERACY, epa.clientsLimitedHealthLiteracy())
                .putValue(RegistrationProcess.EPA_INTAKES, epa.intakes())
                .putValue(RegistrationProcess.EPA_INTEGRAL_TRAJECTORIES, epa.integralTrajectories())
                .putValue(RegistrationProcess.EPA_PHARMACOTHERAPY_TRAJECTORIES, epa.pharmacotherapyTrajectories())
                .putValue(RegistrationProcess.EPA_REFERRALS, epa.referrals())
                .putValue(RegistrationProcess.EPA_SUMMARY, epa.summary())
                .putValue(RegistrationProcess.DECISION_DUE_DATE,
                        RegisterTime.endOfOfficeDay(application.handlingPeriod().dueDate()))
                .putValue(RegistrationProcess.REVIEW_ROUND, 0)
                .putValue(RegistrationProcess.ASSESSMENT_ROUND, 0)
                .putValue(RegistrationProcess.TRAINING_COMPLETED, false)
                .putValue(AssessmentProcess.PROFILE_MODULE, "BASIS")
                .putValue(RegistrationProcess.DOCUMENT_COUNT, 0)
                .putValue(RegistrationProcess.DOCUMENTS, documentList.variable(List.of()));
        runtimeService.startProcessInstanceByKey(RegistrationProcess.KEY, application.reference(), variables);
    }

    /**
     * The case's documents changed: the open case shows the new list, and a case that waits for documents
     * resumes. Returns whether a waiting case was resumed.
     */
    @Override
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
