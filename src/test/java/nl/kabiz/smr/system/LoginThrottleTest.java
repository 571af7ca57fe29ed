package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle's lock expires by itself, and refused attempts do not extend it. */
class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleSettings(3, 5, Duration.ofMinutes(15)), ticker);

    private void wait(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void anAddressIsRefusedAfterTooManyFailuresUntilTheLockExpires() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("10.0.0.1", "demo")).isEmpty();
            throttle.failed("10.0.0.1", "demo");
        }
        assertThat(throttle.refusal("10.0.0.1", "demo")).hasValueSatisfying(
                wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(15)));
        assertThat(throttle.refusal("10.0.0.2", "demo")).as("another address, same account").isEmpty();
        wait(Duration.ofMinutes(10));
        assertThat(throttle.refusal("10.0.0.1", "demo")).hasValue(Duration.ofMinutes(5));
        wait(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(throttle.refusal("10.0.0.1", "demo")).as("the lock expired").isEmpty();
    }

    @Test
    void anAccountIsRefusedAfterFailuresFromManyAddressesForALimitedTime() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.1." + i, "Demo");
        }
        assertThat(throttle.refusal("10.9.9.9", "demo")).as("account keys ignore case").isPresent();
        wait(Duration.ofMinutes(16));
        assertThat(throttle.refusal("10.9.9.9", "demo")).isEmpty();
    }

    @Test
    void failuresFarApartNeverAddUpAndASuccessClearsTheAccount() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.3", "caseworker");
            wait(Duration.ofMinutes(16));
        }
        assertThat(throttle.refusal("10.0.0.3", "caseworker")).isEmpty();
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.2." + i, "caseworker");
        }
        throttle.succeeded("caseworker");
        throttle.failed("10.0.2.9", "caseworker");
        assertThat(throttle.refusal("10.0.3.1", "caseworker")).isEmpty();
    }
}
