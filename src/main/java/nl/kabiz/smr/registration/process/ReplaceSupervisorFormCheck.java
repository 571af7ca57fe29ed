package nl.kabiz.smr.registration.process;

import java.util.Map;
import nl.kabiz.smr.casework.RegistrationNumber;
import nl.kabiz.smr.system.TaskFormCheck;
import org.springframework.stereotype.Component;

/** Another supervisor's number that is not a registration number is refused on the form, in Dutch. */
@Component
class ReplaceSupervisorFormCheck implements TaskFormCheck {

    static final String FORM_ID = "form_replaceSupervisor";
    static final String NEW_SUPERVISOR = "NEW_SUPERVISOR";

    @Override
    public String formId() {
        return FORM_ID;
    }

    @Override
    public void check(Map<String, Object> values) {
        if (NEW_SUPERVISOR.equals(values.get(RegistrationProcess.REPLACEMENT_OUTCOME))) {
            Object number = values.get(RegistrationProcess.NEW_SUPERVISOR_REGISTRATION_NUMBER);
            RegistrationNumber.require(RegistrationProcess.NEW_SUPERVISOR_REGISTRATION_NUMBER,
                    number == null ? null : number.toString());
        }
    }
}
