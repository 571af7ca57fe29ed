package nl.kabiz.smr.coach;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: coach SMR-000001, registered since 2015 with BASIS, is the demo user {@code supervisor}, so that
 * a registration naming SMR-000001 as supervisor works in the demo run.
 */
@Component
@Profile("demo")
class DemoRegister {

    static final String DEMO_SUPERVISOR = "SMR-000001";

    private final CoachRegister register;

    DemoRegister(CoachRegister register) {
        this.register = register;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void createDemoSupervisor() {
        if (register.find(DEMO_SUPERVISOR).isEmpty()) {
            LocalDate since = LocalDate.of(2015, 3, 1);
            register.save(new Coach(DEMO_SUPERVISOR, "Sanne Supervisor", "supervisor@demo.kwaliteitsregister-smr.nl",
                    "Utrecht", "3584", since, true, CoachStatus.ACTIVE, null, "supervisor", "2.6", LocalDate.of(2023, 5, 1),
                    List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"))));
        }
    }
}
