package nl.kabiz.smr.system;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from this address or for this account: try again after {@link #retryAfter()}. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Te veel mislukte aanmeldpogingen");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
