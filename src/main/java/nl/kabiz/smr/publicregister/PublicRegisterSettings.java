package nl.kabiz.smr.publicregister;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.public-register.*}: the public register's configuration.
 *
 * @param endedVisibleFor how long an ended registration is still shown ("registratie beëindigd op ..."), so that
 *     an insurer can check a past claim; afterwards the coach is no longer in the public register
 * @param defaultPageSize results per page when {@code size} is not given
 * @param maxPageSize the largest {@code size} accepted (larger: 400)
 * @param rateLimit requests per client address, for the page and the API together
 */
@ConfigurationProperties("smr.public-register")
record PublicRegisterSettings(Period endedVisibleFor, Integer defaultPageSize, Integer maxPageSize,
        RateLimit rateLimit) {

    PublicRegisterSettings {
        endedVisibleFor = endedVisibleFor == null ? Period.ofYears(1) : endedVisibleFor;
        maxPageSize = maxPageSize == null ? 50 : maxPageSize;
        defaultPageSize = defaultPageSize == null ? Math.min(20, maxPageSize) : defaultPageSize;
        rateLimit = rateLimit == null ? new RateLimit(null, null) : rateLimit;
        if (endedVisibleFor.isNegative()) {
            throw new IllegalArgumentException("smr.public-register.ended-visible-for must not be negative");
        }
        if (maxPageSize < 1 || maxPageSize > 1000 || defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException(
                    "smr.public-register: 1 <= default-page-size <= max-page-size <= 1000");
        }
    }

    /**
     * @param requests requests allowed per client address within {@code period} (refilled gradually)
     * @param period the period of {@code requests}
     */
    record RateLimit(Integer requests, Duration period) {

        RateLimit {
            requests = requests == null ? 60 : requests;
            period = period == null ? Duration.ofMinutes(1) : period;
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("smr.public-register.rate-limit: requests and period must be positive");
            }
        }
    }
}
