package nl.kabiz.smr.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.security.login-throttle.*}: how many failed logins a client address and an account may have before
 * further attempts are refused, and for how long (the lock expires by itself; nobody needs to unlock it).
 *
 * @param maxFailuresPerAddress failures from one client address, each within {@code lockDuration} of the previous
 * @param maxFailuresPerAccount failures against one account from any address (higher: a single address is
 *                              stopped long before it can lock an account)
 * @param lockDuration          how long a refused address or account stays refused after its last failure
 */
@ConfigurationProperties("smr.security.login-throttle")
record LoginThrottleSettings(int maxFailuresPerAddress, int maxFailuresPerAccount, Duration lockDuration) {

    LoginThrottleSettings {
        if (maxFailuresPerAddress < 1 || maxFailuresPerAccount < 1) {
            throw new IllegalArgumentException("smr.security.login-throttle.max-failures-* must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("smr.security.login-throttle.lock-duration must be positive, e.g. PT15M");
        }
    }
}
