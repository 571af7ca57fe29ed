package nl.kabiz.smr.notification;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.mail.*}: sender, file sink for runs without SMTP, and the retry cycle of mail jobs
 * (BPMN reads the latter through {@link MailRetryCycle}).
 */
@ConfigurationProperties("smr.mail")
public record MailSettings(String from, Path sinkDir, String retryCycle) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("smr.mail.from must be set");
        }
        if (retryCycle == null || !retryCycle.matches("R\\d+/P.+")) {
            throw new IllegalArgumentException("smr.mail.retry-cycle must look like R6/PT20M");
        }
    }
}
