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

    /**
     * The key of a message a process step sends: {@code <case>:<template>:<occurrence>}, where the occurrence is what
     * makes the message unique within its step (a round, a reminder day) or, for a step that runs once, the process
     * instance and the step ({@code <instance id>:<activity id>}). Whoever sends the message in the step's place (the
     * bulk start's batch of start letters) uses the same key, so the message still goes out once.
     */
    public static String stepKey(String caseReference, String template, Object occurrence, String processInstanceId,
            String activityId) {
        return caseReference + ":" + template + ":" + (occurrence != null ? occurrence : processInstanceId + ":" + activityId);
    }
}
