package nl.kabiz.smr.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who can act as supervisor: an active coach holding BASIS today, linked to a user of the application who is a
 * member of the supervisors group (so that the assessment task can be assigned to them). Whether their experience
 * is enough is the {@code supervisorEligibility} decision's business, not this class's.
 */
@Service
public class SupervisorDirectory {

    private final CoachRegister register;
    private final Predicate<String> isSupervisorUser;
    private final Clock clock;

    SupervisorDirectory(CoachRegister register, SupervisorUsers supervisorUsers, Clock clock) {
        this.register = register;
        this.isSupervisorUser = supervisorUsers::isSupervisor;
        this.clock = clock;
    }

    /** The supervisor with this registration number, if they can act as one. */
    @Transactional(readOnly = true)
    public Optional<Coach> find(String registrationNumber) {
        LocalDate today = LocalDate.now(clock);
        return register.find(registrationNumber)
                .filter(c -> c.holds(Module.BASIS, today))
                .filter(c -> c.userId() != null && isSupervisorUser.test(c.userId()));
    }
}
