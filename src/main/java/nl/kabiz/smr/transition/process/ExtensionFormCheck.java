package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import java.util.Map;
import nl.kabiz.smr.system.TaskFormCheck;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.springframework.stereotype.Component;

/** A granted extension's new deadline is checked on the form: a real day, after the current one, within the maximum. */
@Component
class ExtensionFormCheck implements TaskFormCheck {

    static final String FORM_ID = "form_decideTransitionExtension";

    private final TransitionSchedule schedule;

    ExtensionFormCheck(TransitionSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String formId() {
        return FORM_ID;
    }

    @Override
    public void check(Map<String, Object> values) {
        Object current = values.get(TransitionProcess.DEADLINE_DATE);
        if ("GRANT".equals(values.get(TransitionProcess.EXTENSION_DECISION)) && current != null) {
            schedule.extendedDeadline(LocalDate.parse(current.toString()), values.get(TransitionProcess.NEW_DEADLINE));
        }
    }
}
