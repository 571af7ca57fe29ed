package nl.kabiz.smr.notification;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.mail.*}: sender, file sink for runs without SMTP, the retry cycle of mail jobs (BPMN reads it through
 * {@link MailRetryCycle}) and the SMTP timeouts ({@link SmtpTimeouts}), so that a mail server that accepts a
 * connection and never answers fails the job instead of holding a job-executor thread; how long an SMTP connection
 * stays open for the next message ({@code keep-alive}, {@link SmtpConnections}; {@code 0s}: one per message).
 */
@ConfigurationProperties("smr.mail")
public record MailSettings(String from, Path sinkDir, String retryCycle, Duration connectTimeout,
        Duration readTimeout, Duration writeTimeout, Duration keepAlive) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("smr.mail.from must be set");
        }
        if (retryCycle == null || !retryCycle.matches("R\\d+/P.+")) {
            throw new IllegalArgumentException("smr.mail.retry-cycle must look like R6/PT20M");
        }
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(10), "connect-timeout");
        readTimeout = positive(readTimeout, Duration.ofSeconds(15), "read-timeout");
        writeTimeout = positive(writeTimeout, Duration.ofSeconds(15), "write-timeout");
        if (keepAlive == null) {
            keepAlive = Duration.ofSeconds(5);
        } else if (keepAlive.isNegative()) {
            throw new IllegalArgumentException("smr.mail.keep-alive must not be negative, e.g. 5s (0s: no reuse)");
        }
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("smr.mail." + name + " must be positive, e.g. 15s");
        }
        return value;
    }
}
