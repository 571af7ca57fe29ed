package nl.kabiz.smr.coach;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo profile with {@code smr.demo.load-register=true}: loads the fictitious existing register
 * {@code demo/coaches.csv} (SMR-000002 and up) through the regular import, once (when SMR-000002 is not there yet),
 * and gives the demo supervisor SMR-000001 EXTRA-Zwanger (every start, when missing).
 * Never with the {@code test} profile: the integration tests activate {@code test} and then {@code demo}, so
 * {@code config/application-demo.yaml} (which switches it on) wins over {@code application-test.yaml}; the profile
 * condition keeps integration tests free of it.
 */
@Component
@Profile("demo & !test")
@ConditionalOnProperty(name = "smr.demo.load-register", havingValue = "true")
class DemoRegisterCsv {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegisterCsv.class);
    static final String RESOURCE = "demo/coaches.csv";

    private final CoachCsvImport csvImport;
    private final CoachRegister register;

    DemoRegisterCsv(CoachCsvImport csvImport, CoachRegister register) {
        this.csvImport = csvImport;
        this.register = register;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(6)
    public void load() throws IOException {
        supervisorHoldsExtraZwanger();
        if (register.find("SMR-000002").isPresent()) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            CoachCsvImport.Result result = csvImport.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            LOG.info("Demo register loaded from {}: {} coaches", RESOURCE, result.rows());
        }
    }

    /**
     * The demo user {@code supervisor} (SMR-000001) holds EXTRA-Zwanger 2.6, so that an EXTRA-Zwanger application in
     * the demo (e.g. by SMR-000035, registered with BASIS in 2022 and not in transition) can name them as supervisor
     * (DMN extraModuleSupervisor: the supervisor holds the module). Not in the integration tests, where the public
     * register's tests count the holders of EXTRA-Zwanger.
     */
    private void supervisorHoldsExtraZwanger() {
        register.find(DemoRegister.DEMO_SUPERVISOR).filter(c -> c.module(Module.EXTRA_ZWANGER).isEmpty())
                .ifPresent(c -> {
                    java.util.List<Coach.CoachModule> modules = new java.util.ArrayList<>(c.modules());
                    modules.add(new Coach.CoachModule(Module.EXTRA_ZWANGER, LocalDate.of(2019, 6, 1), null, "2.6"));
                    register.save(c.withModules(modules));
                });
    }
}
