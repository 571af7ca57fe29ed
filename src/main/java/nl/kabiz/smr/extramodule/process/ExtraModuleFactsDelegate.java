package nl.kabiz.smr.extramodule.process;

import nl.kabiz.smr.extramodule.ExtraModuleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The inputs of DMN {@code extraModuleEligibility}, read from the register when the decision is taken. */
@Component("extraModuleFactsDelegate")
public class ExtraModuleFactsDelegate implements JavaDelegate {

    private final ExtraModuleService applications;

    public ExtraModuleFactsDelegate(ExtraModuleService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExtraModuleService.EligibilityFacts facts = applications.eligibilityFacts(execution.getProcessBusinessKey());
        execution.setVariable(ExtraModuleProcess.MODULE, facts.module());
        execution.setVariable(ExtraModuleProcess.BASIS_ACTIVE, Variables.booleanValue(facts.basisActive()));
        execution.setVariable(ExtraModuleProcess.IN_TRANSITION, Variables.booleanValue(facts.inTransition()));
        execution.setVariable(ExtraModuleProcess.MODULE_PROFILE_PUBLISHED, Variables.booleanValue(facts.moduleProfilePublished()));
        execution.setVariable(ExtraModuleProcess.MODULE_TRAINING_COMPLETED, Variables.booleanValue(facts.moduleTrainingCompleted()));
        execution.setVariable(ExtraModuleProcess.EDUCATION_LEVEL, Variables.stringValue(facts.educationLevel()));
    }
}
