package nl.kabiz.smr.transition;

import java.time.LocalDate;
import nl.kabiz.smr.coach.CoachRegister;
import org.springframework.stereotype.Component;

/** Writes a transition case's deadline into the register ({@code coach.transition_until}). */
@Component
class RegisterDeadlineRecord implements DeadlineRecord {

    private final CoachRegister register;

    RegisterDeadlineRecord(CoachRegister register) {
        this.register = register;
    }

    @Override
    public void deadlineSet(String registrationNumber, LocalDate deadline) {
        register.recordTransitionDeadline(registrationNumber, deadline);
    }
}
