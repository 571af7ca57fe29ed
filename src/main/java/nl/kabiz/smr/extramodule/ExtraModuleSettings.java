package nl.kabiz.smr.extramodule;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.extra-module.*}: when the supervisor gets a reminder and when a late assessment goes to a case worker,
 * counted from the day the assessment was requested (ISO periods, e.g. P14D). The moments are kept in the case.
 */
@ConfigurationProperties("smr.extra-module")
public record ExtraModuleSettings(Period supervisorReminder, Period assessmentEscalation) {

    public ExtraModuleSettings {
        supervisorReminder = supervisorReminder == null ? Period.ofDays(14) : supervisorReminder;
        assessmentEscalation = assessmentEscalation == null ? Period.ofDays(28) : assessmentEscalation;
        if (!supervisorReminder.minus(assessmentEscalation).isNegative()) {
            throw new IllegalArgumentException("smr.extra-module.supervisor-reminder must come before"
                    + " assessment-escalation");
        }
    }
}
