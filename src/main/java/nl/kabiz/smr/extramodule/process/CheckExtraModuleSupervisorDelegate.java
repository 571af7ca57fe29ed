package nl.kabiz.smr.extramodule.process;

import nl.kabiz.smr.extramodule.ExtraModuleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * After the shared supervisor lookup: whether the supervisor holds the module (an input of the rule table
 * {@code extraModuleSupervisor}); a supervisor named afresh has no commission approval yet.
 */
@Component("checkExtraModuleSupervisorDelegate")
public class CheckExtraModuleSupervisorDelegate implements JavaDelegate {

    private final ExtraModuleService applications;

    public CheckExtraModuleSupervisorDelegate(ExtraModuleService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ExtraModuleProcess.SUPERVISOR_HOLDS_MODULE,
                applications.supervisorHoldsModule(execution.getProcessBusinessKey()));
        execution.setVariable(ExtraModuleProcess.SUPERVISOR_APPROVED_BY_COMMISSION, Variables.booleanValue(null));
    }
}
