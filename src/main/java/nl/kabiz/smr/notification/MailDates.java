package nl.kabiz.smr.notification;

import nl.kabiz.smr.casework.RegisterTime;

/**
 * {@code ${dates.longDate(deadline)}} in a mail template: "23 november 2029", read in the register's zone whatever
 * the JVM's zone is. Takes what the engine holds: a {@code Date}, a {@code LocalDate} or an ISO string.
 */
public final class MailDates {

    public String longDate(Object value) {
        return RegisterTime.longDate(value);
    }
}
