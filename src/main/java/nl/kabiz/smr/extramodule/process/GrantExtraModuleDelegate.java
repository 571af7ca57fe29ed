package nl.kabiz.smr.extramodule.process;

import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.extramodule.ExtraModuleApplication;
import nl.kabiz.smr.extramodule.ExtraModuleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved: the module in the register with its profile version and day; what the approval email says. */
@Component("grantExtraModuleDelegate")
public class GrantExtraModuleDelegate implements JavaDelegate {

    private final ExtraModuleService applications;

    public GrantExtraModuleDelegate(ExtraModuleService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExtraModuleApplication a = applications.grant(execution.getProcessBusinessKey());
        execution.setVariable(ExtraModuleProcess.GRANTED_ON, a.grantedOn().toString());
        execution.setVariable("profileVersion", a.profileVersion());
        // holding EXTRA-Zwanger opens Rookvrije Ouders (PUT /api/coaches/{nr}/rookvrije-ouders)
        execution.setVariable(ExtraModuleProcess.ROOKVRIJE_OUDERS, a.module() == Module.EXTRA_ZWANGER);
    }
}
