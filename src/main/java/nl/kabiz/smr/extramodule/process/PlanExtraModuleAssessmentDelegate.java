package nl.kabiz.smr.extramodule.process;

import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.competency.process.AssessmentProcess;
import nl.kabiz.smr.extramodule.ExtraModuleApplication;
import nl.kabiz.smr.extramodule.ExtraModuleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The supervisor is asked to assess against the module's profile version in force (set by the shared
 * prepareAssessmentDelegate): the case keeps the reminder and escalation moments, the model's timers read them.
 */
@Component("planExtraModuleAssessmentDelegate")
public class PlanExtraModuleAssessmentDelegate implements JavaDelegate {

    private final ExtraModuleService applications;

    public PlanExtraModuleAssessmentDelegate(ExtraModuleService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExtraModuleApplication a = applications.assessmentRequested(execution.getProcessBusinessKey(),
                (String) execution.getVariable(AssessmentProcess.PROFILE_VERSION));
        execution.setVariable(ExtraModuleProcess.ASSESSMENT_REMINDER_DATE, RegisterTime.toDate(a.assessmentReminderAt()));
        execution.setVariable(ExtraModuleProcess.ASSESSMENT_ESCALATION_DATE,
                RegisterTime.toDate(a.assessmentEscalationAt()));
    }
}
