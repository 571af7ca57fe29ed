package nl.kabiz.smr.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed logins, counted per client address and per account in memory. A key whose failures reach the maximum
 * (each within the lock duration of the previous one) is refused until the lock duration has passed since its
 * last failure; refused attempts are not counted, so the lock always expires. Used for HTTP Basic, the API key
 * and the Camunda webapp login; Camunda's own (permanent) login lock is switched off in {@code application.yaml}.
 */
@Component
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final long MAX_KEYS = 100_000;

    private final LoginThrottleSettings settings;
    private final Cache<String, Integer> addresses;
    private final Cache<String, Integer> accounts;

    @Autowired
    LoginThrottle(LoginThrottleSettings settings) {
        this(settings, Ticker.systemTicker());
    }

    LoginThrottle(LoginThrottleSettings settings, Ticker ticker) {
        this.settings = settings;
        this.addresses = counter(settings, ticker);
        this.accounts = counter(settings, ticker);
    }

    private static Cache<String, Integer> counter(LoginThrottleSettings settings, Ticker ticker) {
        return Caffeine.newBuilder().ticker(ticker).expireAfterWrite(settings.lockDuration())
                .maximumSize(MAX_KEYS).build();
    }

    /** Empty when a login from this address for this account (may be null) may be tried; else the wait. */
    Optional<Duration> refusal(String address, String account) {
        Optional<Duration> byAddress = remaining(addresses, address, settings.maxFailuresPerAddress());
        return byAddress.isPresent() ? byAddress
                : remaining(accounts, accountKey(account), settings.maxFailuresPerAccount());
    }

    void failed(String address, String account) {
        if (address != null && addresses.asMap().merge(address, 1, Integer::sum)
                == settings.maxFailuresPerAddress()) {
            LOG.warn("Login refused for {} from address {}: too many failed logins", settings.lockDuration(), address);
        }
        String key = accountKey(account);
        if (key != null && accounts.asMap().merge(key, 1, Integer::sum) == settings.maxFailuresPerAccount()) {
            LOG.warn("Login refused for {} for account {}: too many failed logins", settings.lockDuration(), key);
        }
    }

    /** A correct login clears the account's count (not the address's). */
    void succeeded(String account) {
        String key = accountKey(account);
        if (key != null) {
            accounts.invalidate(key);
        }
    }

    /** Forgets everything (tests). */
    void clear() {
        addresses.invalidateAll();
        accounts.invalidateAll();
    }

    private Optional<Duration> remaining(Cache<String, Integer> counter, String key, int max) {
        if (key == null) {
            return Optional.empty();
        }
        Integer failures = counter.getIfPresent(key);
        if (failures == null || failures < max) {
            return Optional.empty();
        }
        Duration age = counter.policy().expireAfterWrite().flatMap(p -> p.ageOf(key)).orElse(Duration.ZERO);
        Duration left = settings.lockDuration().minus(age);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    private static String accountKey(String account) {
        return account == null || account.isBlank() ? null : account.strip().toLowerCase(Locale.ROOT);
    }
}
