package nl.kabiz.smr.transition.process;

import java.util.Map;
import nl.kabiz.smr.system.TaskFormCheck;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import org.springframework.stereotype.Component;

/**
 * A granted extension's new deadline is checked on the form against the case's deadline: a real day, after the
 * current one, within the maximum.
 */
@Component
class ExtensionFormCheck implements TaskFormCheck {

    static final String FORM_ID = "form_decideTransitionExtension";

    private final TransitionCaseSteps cases;

    ExtensionFormCheck(TransitionCaseSteps cases) {
        this.cases = cases;
    }

    @Override
    public String formId() {
        return FORM_ID;
    }

    @Override
    public void check(Map<String, Object> values) {
        Object reference = values.get(TransitionProcess.CASE_REFERENCE);
        if ("GRANT".equals(values.get(TransitionProcess.EXTENSION_DECISION)) && reference != null) {
            cases.checkExtension(reference.toString(), values.get(TransitionProcess.NEW_DEADLINE));
        }
    }
}
