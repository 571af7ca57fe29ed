package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk start's start letters: two workers each open their share of the cases, and the run is completed when both
 * are done; one job sends the letters of the cases its batch opened, each once; a letter that
 * fails is retried alone (its own job, on the mail retry cycle) and never sends the others again, also while the
 * mail server is down; and the batch sends under the key of the case's own start-letter step.
 */
class TransitionStartLettersIT extends AbstractIntegrationTest {

    private static final String START_SUBJECT = "Overgangsregeling nieuw competentieprofiel";
    private static final int COACHES = 6;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TransitionStartLetters letters;

    @Test
    void aBatchSendsItsLettersOnceEachAndAFailedLetterIsRetriedAlone() throws Exception {
        moveClockTo(LocalDate.of(2026, 1, 1).atTime(10, 0).atZone(RegisterTimeZone.ZONE).toInstant());
        assertThat(api("demo").postForEntity("/api/coaches/import", csv(TransitionIT.csvOf(COACHES)), Map.class)
                .getStatusCode().value()).isEqualTo(200);
        Map<String, Object> requested = api("demo").postForEntity("/api/transition-cases", null, Map.class).getBody();
        assertThat(requested).containsEntry("status", "RUNNING").containsEntry("toStart", COACHES);
        long id = ((Number) requested.get("id")).longValue();
        String statusPath = (String) requested.get("statusPath");

        // two workers (smr.transition.bulk-workers), one process instance each, each with its own share of the coaches
        assertThat(jdbc.queryForList("SELECT business_key_ FROM act_ru_execution WHERE parent_id_ IS NULL"
                + " AND business_key_ LIKE ?", String.class, "TRANS-BULK-" + id + "-%"))
                .containsExactlyInAnyOrder("TRANS-BULK-" + id + "-0", "TRANS-BULK-" + id + "-1");
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM transition_bulk_start_item WHERE bulk_start_id = ?"
                + " GROUP BY worker ORDER BY worker", Integer.class, id)).containsExactly(COACHES / 2, COACHES / 2);
        List<Job> batches = managementService.createJobQuery().activityId("serviceTask_startNextBatch").list();
        assertThat(batches).hasSize(2);

        // one coach of the first batch's worker ends before the batch runs: skipped then, no case
        String worker = runtimeService.createProcessInstanceQuery()
                .processInstanceId(batches.get(0).getProcessInstanceId()).singleResult().getBusinessKey();
        String ended = jdbc.queryForObject("SELECT i.registration_number FROM transition_bulk_start_item i"
                + " JOIN coach c ON c.registration_number = i.registration_number WHERE i.bulk_start_id = ?"
                + " AND i.worker = ? AND c.email <> ? ORDER BY i.registration_number FETCH FIRST 1 ROWS ONLY",
                String.class, id, Integer.parseInt(worker.substring(worker.lastIndexOf('-') + 1)),
                TransitionIT.email(2));
        jdbc.update("UPDATE coach SET status = 'ENDED', ended_on = ? WHERE registration_number = ?",
                LocalDate.of(2025, 12, 31), ended);

        // each worker's batch opens its own cases: no letter yet, and no job per case; the run is completed only
        // when both workers are done. Progress is counted from the coaches' items (no counter row the workers share)
        run(batches.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transition_case", Integer.class))
                .isEqualTo(COACHES / 2 - 1);
        assertThat(api("demo").getForObject(statusPath, Map.class)).containsEntry("status", "RUNNING")
                .containsEntry("started", COACHES / 2 - 1).containsEntry("skippedLater", 1)
                .containsEntry("remaining", COACHES / 2);
        run(batches.get(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transition_case", Integer.class)).isEqualTo(COACHES - 1);
        assertThat(api("demo").getForObject(statusPath, Map.class)).containsEntry("status", "COMPLETED")
                .containsEntry("started", COACHES - 1).containsEntry("skippedLater", 1).containsEntry("remaining", 0);
        assertThat(startLetters()).isEmpty();
        assertThat(managementService.createJobQuery().messages().count()).as("only each worker's letters job")
                .isEqualTo(2);

        // one coach's address is broken when the letters go out: that letter alone fails
        String broken = TransitionIT.email(2);
        jdbc.update("UPDATE coach SET email = 'geen-adres' WHERE email = ?", broken);
        List<Job> letterJobs = managementService.createJobQuery().activityId("serviceTask_sendStartLetters").list();
        assertThat(letterJobs).hasSize(2);
        letterJobs.forEach(this::run);
        assertThat(startLetters()).hasSize(COACHES - 2).doesNotContainKey(broken)
                .allSatisfy((recipient, count) -> assertThat(count).isEqualTo(1L));
        Job retry = job("serviceTask_retryStartLetter");
        assertThat(managementService.createJobQuery().activityId("serviceTask_retryStartLetter").count()).isEqualTo(1);

        // its retry fails while the address is broken, and again while the mail server is down; the others stay sent
        assertThatThrownBy(() -> managementService.executeJob(retry.getId()));
        jdbc.update("UPDATE coach SET email = ? WHERE email = 'geen-adres'", broken);
        greenMail.stop();
        try {
            assertThatThrownBy(() -> managementService.executeJob(retry.getId()));
        } finally {
            greenMail.start();
        }
        Job failed = managementService.createJobQuery().jobId(retry.getId()).singleResult();
        assertThat(failed.getRetries()).as("retried on the mail retry cycle, no incident yet").isPositive();
        assertThat(failed.getExceptionMessage()).isNotBlank();
        managementService.executeJob(retry.getId());
        // GreenMail restarted: whatever it still holds, every letter in it is there once, the retried one too
        assertThat(startLetters()).containsKey(broken).allSatisfy((recipient, count) -> assertThat(count).isEqualTo(1L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE template = 'transition-start'",
                Integer.class)).isEqualTo(COACHES - 1);
        assertThat(executeJobs()).isZero();

        // the batch again (a job run twice, or the case's own step): nothing goes out twice
        List<String> references = jdbc.queryForList("SELECT case_reference FROM transition_case", String.class);
        assertThat(letters.sendBatch(references)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE template = 'transition-start'",
                Integer.class)).isEqualTo(COACHES - 1);
        // the key is the one serviceTask_sendStartLetter of the case's instance would send it under
        String reference = references.get(0);
        String instance = jdbc.queryForObject("SELECT id_ FROM act_ru_execution WHERE business_key_ = ?"
                + " AND parent_id_ IS NULL", String.class, reference);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE message_key = ?", Integer.class,
                reference + ":transition-start:" + instance + ":serviceTask_sendStartLetter")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transition_case WHERE status = 'AWAITING_EVIDENCE'",
                Integer.class)).isEqualTo(COACHES - 1);
    }

    private Job job(String activityId) {
        List<Job> jobs = managementService.createJobQuery().activityId(activityId).list();
        assertThat(jobs).as("job at " + activityId).hasSize(1);
        return jobs.get(0);
    }

    private void run(Job job) {
        managementService.executeJob(job.getId());
    }

    /** Start letters received, per recipient. */
    private Map<String, Long> startLetters() {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith(START_SUBJECT))
                .collect(Collectors.groupingBy(TransitionStartLettersIT::recipient, Collectors.counting()));
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        return new HttpEntity<>(body, headers);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The register's zone. */
    private static final class RegisterTimeZone {
        static final java.time.ZoneId ZONE = nl.kabiz.smr.casework.RegisterTime.ZONE;
    }
}
