package nl.kabiz.smr.extramodule.process;

import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.competency.process.AssessmentProcess;
import nl.kabiz.smr.extramodule.ExtraModuleApplication;
import nl.kabiz.smr.extramodule.ExtraModuleProcedure;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The EXTRA-module procedure on the engine: starts {@code extraModuleApplication} in the caller's transaction (the
 * engine shares Spring's), so a failing start leaves no case behind.
 */
@Component
public class ExtraModuleProcessAdapter implements ExtraModuleProcedure {

    private final RuntimeService runtimeService;

    public ExtraModuleProcessAdapter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(ExtraModuleApplication application) {
        VariableMap variables = Variables.createVariables()
                .putValue(ExtraModuleProcess.CASE_REFERENCE, application.reference())
                .putValue(ExtraModuleProcess.REGISTRATION_NUMBER, application.registrationNumber())
                .putValue(ExtraModuleProcess.COACH_NAME, application.coachName())
                .putValue(ExtraModuleProcess.COACH_EMAIL, application.coachEmail())
                .putValue(ExtraModuleProcess.MODULE, application.module().name())
                .putValue(ExtraModuleProcess.MODULE_LABEL, application.module().label())
                // the shared assessment assesses against the module's own profile in force
                .putValue(AssessmentProcess.PROFILE_MODULE, application.module().name())
                .putValue(ExtraModuleProcess.SUPERVISOR_REGISTRATION_NUMBER, application.supervisorRegistrationNumber())
                .putValue(ExtraModuleProcess.EPA_SUMMARY, Variables.stringValue(application.epaSummary() == null
                        ? "Geen EPA-overzicht meegestuurd." : application.epaSummary()))
                .putValue(ExtraModuleProcess.RECEIVED_DATE, RegisterTime.toDate(application.openedAt()))
                .putValue(ExtraModuleProcess.ASSESSMENT_ROUND, 0);
        runtimeService.startProcessInstanceByKey(ExtraModuleProcess.KEY, application.reference(), variables);
    }
}
