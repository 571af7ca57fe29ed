package nl.kabiz.smr.extramodule.process;

import nl.kabiz.smr.extramodule.ExtraModuleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The coach names another supervisor: kept in the case, looked up and checked again. */
@Component("changeExtraModuleSupervisorDelegate")
public class ChangeExtraModuleSupervisorDelegate implements JavaDelegate {

    private final ExtraModuleService applications;

    public ChangeExtraModuleSupervisorDelegate(ExtraModuleService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // a malformed number is a RuleViolation: Tasklist shows it on the replacement form
        String number = applications.changeSupervisor(execution.getProcessBusinessKey(),
                (String) execution.getVariable(ExtraModuleProcess.NEW_SUPERVISOR_REGISTRATION_NUMBER));
        execution.setVariable(ExtraModuleProcess.SUPERVISOR_REGISTRATION_NUMBER, number);
    }
}
