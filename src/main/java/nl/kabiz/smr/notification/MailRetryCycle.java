package nl.kabiz.smr.notification;

import org.springframework.stereotype.Component;

/**
 * The retry cycle of mail jobs for BPMN: {@code <camunda:failedJobRetryTimeCycle>${mailSettings.retryCycle}}.
 * (A bean of its own, since configuration-properties beans get a long generated name.)
 */
@Component("mailSettings")
public class MailRetryCycle {

    private final String retryCycle;

    MailRetryCycle(MailSettings settings) {
        this.retryCycle = settings.retryCycle();
    }

    public String getRetryCycle() {
        return retryCycle;
    }
}
