package nl.kabiz.smr.notification;

import java.time.OffsetDateTime;

/** A recorded email: what a case worker sees of the mail history of a case. */
public record SentMail(String caseReference, String recipient, String template, String subject,
        OffsetDateTime sentAt) {
}
