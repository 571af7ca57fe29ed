package nl.kabiz.smr.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.kabiz.smr.casework.RegisterTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock follows the engine's clock ({@code ClockUtil}), so that a test that moves the process
 * clock moves "today" of the register too. In production both are the system clock.
 */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return RegisterTime.ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.now().toInstant();
            }
        };
    }
}
