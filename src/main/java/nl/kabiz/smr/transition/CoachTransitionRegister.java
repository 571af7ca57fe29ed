package nl.kabiz.smr.transition;

import java.time.LocalDate;
import java.util.List;
import nl.kabiz.smr.coach.CoachRegister;
import org.springframework.stereotype.Component;

/** The transition case's effects on the coach register ({@code coach.transition_until}, status, modules). */
@Component
class CoachTransitionRegister implements TransitionRegister {

    private final CoachRegister register;

    CoachTransitionRegister(CoachRegister register) {
        this.register = register;
    }

    @Override
    public void deadlineSet(String registrationNumber, LocalDate deadline) {
        register.recordTransitionDeadline(registrationNumber, deadline);
    }

    @Override
    public void qualified(String registrationNumber, String profileVersion) {
        register.recordQualification(registrationNumber, profileVersion);
    }

    @Override
    public List<String> registrationEnded(String registrationNumber, String reason) {
        return register.endRegistration(registrationNumber, reason).endedLabels();
    }
}
