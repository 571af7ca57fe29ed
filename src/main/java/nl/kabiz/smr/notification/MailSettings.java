package nl.kabiz.smr.notification;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.mail.*}: sender, file sink for runs without SMTP, the retry cycle of mail jobs (BPMN reads it through
 * {@link MailRetryCycle}) and the SMTP timeouts ({@link SmtpTimeouts}), so that a mail server that accepts a
 * connection and never answers fails the job instead of holding a job-executor thread.
 */
@ConfigurationProperties("smr.mail")
public record MailSettings(String from, Path sinkDir, String retryCycle, Duration connectTimeout,
        Duration readTimeout, Duration writeTimeout) {

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
