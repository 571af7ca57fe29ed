package nl.kabiz.smr.transition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.notification.MailRequest;
import nl.kabiz.smr.notification.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start letters ({@code transition-start}) of the cases a bulk start's batch opened, rendered from the case table
 * and the register and sent by one job per batch instead of one mail job per case. Each letter is sent under the
 * message key of its case's own start-letter step ({@link TransitionProcedure#startLetterKeys}), so it goes out once
 * whoever sends it, and each commits on its own: a letter that fails does not take back (or send again) the ones
 * sent before it; it is handed back to be retried alone.
 */
@Service
public class TransitionStartLetters {

    /** The template of the start letter. */
    public static final String TEMPLATE = "transition-start";
    /** After this many failures in a row the mail server is taken to be down: the rest are not tried in this job. */
    static final int FAILURES_IN_A_ROW_TO_STOP = 3;

    private static final Logger LOG = LoggerFactory.getLogger(TransitionStartLetters.class);

    private final TransitionCaseRepository repository;
    private final TransitionProcedure process;
    private final TransitionSchedule schedule;
    private final MailService mail;
    private final TransactionTemplate eachLetter;

    TransitionStartLetters(TransitionCaseRepository repository, TransitionProcedure process,
            TransitionSchedule schedule, MailService mail, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.process = process;
        this.schedule = schedule;
        this.mail = mail;
        this.eachLetter = new TransactionTemplate(transactions);
        this.eachLetter.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends the start letters of these cases, each in a transaction of its own; a letter sent before (same key) is
     * not sent again, a case without a running procedure (not applicable after all) gets none. Returns the cases
     * whose letter was not sent: it failed, or was not tried after {@value #FAILURES_IN_A_ROW_TO_STOP} failures in a
     * row. The caller retries each of those alone ({@link #send}).
     */
    public List<String> sendBatch(List<String> caseReferences) {
        Map<String, String> keys = process.startLetterKeys(caseReferences);
        List<TransitionCaseRepository.StartLetterRow> rows = repository.startLetterRows(caseReferences);
        List<String> notSent = new ArrayList<>();
        int failuresInARow = 0;
        for (TransitionCaseRepository.StartLetterRow row : rows) {
            if (failuresInARow >= FAILURES_IN_A_ROW_TO_STOP) {
                if (keys.containsKey(row.caseReference())) {
                    notSent.add(row.caseReference());
                }
                continue;
            }
            try {
                MailRequest letter = letter(row, keys.get(row.caseReference()));
                if (letter != null) {
                    eachLetter.executeWithoutResult(status -> mail.send(letter));
                }
                failuresInARow = 0;
            } catch (RuntimeException e) {
                failuresInARow++;
                notSent.add(row.caseReference());
                LOG.warn("Start letter of {} not sent ({}); it is retried on its own", row.caseReference(),
                        e.toString());
            }
        }
        if (!notSent.isEmpty()) {
            LOG.warn("{} of {} start letters of the batch left to retry alone: {}", notSent.size(), rows.size(),
                    notSent);
        }
        return notSent;
    }

    /**
     * Sends one case's start letter (the retry of a letter {@link #sendBatch} did not send), in the caller's
     * transaction; a failure is thrown, so that the caller's job retries it. Not sent twice.
     */
    public void send(String caseReference) {
        List<String> one = List.of(caseReference);
        Map<String, String> keys = process.startLetterKeys(one);
        for (TransitionCaseRepository.StartLetterRow row : repository.startLetterRows(one)) {
            MailRequest letter = letter(row, keys.get(row.caseReference()));
            if (letter != null) {
                mail.send(letter);
            }
        }
    }

    /** The letter of a case, under its key; null for a case whose procedure does not run. */
    private MailRequest letter(TransitionCaseRepository.StartLetterRow row, String key) {
        if (key == null || row.deadline() == null) {
            LOG.info("No start letter for {}: its procedure does not run or has no deadline", row.caseReference());
            return null;
        }
        // the model the case's own start-letter step gives the template (mailModel of serviceTask_sendStartLetter)
        Map<String, Object> model = new HashMap<>();
        model.put("deadline", schedule.startOfDay(row.deadline()));
        model.put("initialRegistrationDate", row.initialRegistrationDate().toString());
        model.put("registrationNumber", row.registrationNumber());
        model.put("transitionYears", row.transitionYears());
        model.put("forStaff", false);
        return new MailRequest(key, row.caseReference(), TEMPLATE, row.coachEmail(), row.coachName(), model);
    }
}
