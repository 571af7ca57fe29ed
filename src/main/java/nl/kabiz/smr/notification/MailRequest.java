package nl.kabiz.smr.notification;

import java.util.Map;
import java.util.Objects;

/**
 * One email to send: which template, to whom, about which case, with the data the template shows.
 *
 * @param messageKey identifies this message; a second request with the same key is not sent again
 */
public record MailRequest(String messageKey, String caseReference, String template, String recipient,
        String recipientName, Map<String, Object> model) {

    public MailRequest {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(template, "template");
        if (recipient == null || !recipient.contains("@")) {
            throw new IllegalArgumentException("No valid recipient for mail '" + template + "' of " + caseReference);
        }
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Template names are lower-case words with dashes: " + template);
        }
        model = model == null ? Map.of() : model;
    }
}
