package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.support.Indexes;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The transition arrangement end to end: import of 200 coaches, bulk start in background batches, start letters,
 * the first reminder exactly once per coach, an idempotent second bulk start; evidence and extension over the API.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class TransitionIT extends AbstractIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(TransitionIT.class);
    private static final ZoneId ZONE = nl.kabiz.smr.casework.RegisterTime.ZONE;
    private static final int COACHES = 200;
    /** Statements of one reminder job (timer, mail, next planned day, the next timer); issue 12. */
    static final int REMINDER_STATEMENTS = 21;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importBulkStartRemindAndStartAgain() {
        moveClockTo(LocalDate.of(2026, 1, 1).atTime(10, 0).atZone(ZONE).toInstant());
        ResponseEntity<Map> imported = api("demo").postForEntity("/api/coaches/import", csv(csvOf(COACHES)), Map.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody()).containsEntry("rows", COACHES + 3).containsEntry("created", COACHES + 3);
        // the same file again updates, never duplicates
        assertThat(api("demo").postForEntity("/api/coaches/import", csv(csvOf(COACHES)), Map.class).getBody())
                .containsEntry("created", 0).containsEntry("updated", COACHES + 3);

        long t0 = System.nanoTime();
        ResponseEntity<Map> started = api("demo").postForEntity("/api/transition-cases", null, Map.class);
        long requestMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        // the 200 imported coaches registered up to 2021; not applicable: the 3 from 2022 on, and demo supervisor
        // SMR-000001 (2015), who already qualified under the profile in force
        int expected = COACHES;
        assertThat(started.getBody()).containsEntry("status", "RUNNING").containsEntry("toStart", expected)
                .containsEntry("started", 0).containsEntry("skippedNotApplicable", 4).containsEntry("skippedExisting", 0);
        String statusPath = (String) started.getBody().get("statusPath");
        // the coaches are dealt over the two workers (smr.transition.bulk-workers), one transitionBulkStart each
        long id = ((Number) started.getBody().get("id")).longValue();
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM transition_bulk_start_item WHERE bulk_start_id = ?"
                + " GROUP BY worker ORDER BY worker", Integer.class, id)).containsExactly(expected / 2, expected / 2);
        assertThat(jdbc.queryForList("SELECT business_key_ FROM act_ru_execution WHERE parent_id_ IS NULL"
                + " AND business_key_ LIKE ?", String.class, "TRANS-BULK-" + id + "-%"))
                .containsExactlyInAnyOrder("TRANS-BULK-" + id + "-0", "TRANS-BULK-" + id + "-1");

        long t1 = System.nanoTime();
        int jobs = executeJobs();
        long jobsMillis = (System.nanoTime() - t1) / 1_000_000;
        LOG.info("MEASURED bulk start of {} cases: request {} ms, {} jobs (batches + start letters) {} ms", expected,
                requestMillis, jobs, jobsMillis);
        Map<String, Object> status = api("demo").getForObject(statusPath, Map.class);
        assertThat(status).containsEntry("status", "COMPLETED").containsEntry("started", expected)
                .containsEntry("remaining", 0);
        assertThat(jdbc.queryForMap("SELECT workers, workers_done FROM transition_bulk_start WHERE id = ?", id))
                .containsEntry("workers", 2).containsEntry("workers_done", 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transition_case", Integer.class)).isEqualTo(expected);
        assertThat(countByRecipient("Overgangsregeling nieuw competentieprofiel")).hasSize(expected)
                .allSatisfy((recipient, count) -> assertThat(count).isEqualTo(1L));

        Map<String, Object> view = api("portal").getForObject("/api/transition-cases/TRANS-SMR-100001", Map.class);
        assertThat(view).containsEntry("status", "AWAITING_EVIDENCE").containsEntry("deadline", "2029-01-01")
                .containsEntry("transitionYears", 3);
        assertThat((List<Object>) view.get("remindersPending"))
                .containsExactly("2028-01-01", "2028-07-01", "2028-10-01", "2028-12-01");

        // past the first reminder (12 months before the deadline): exactly one reminder per coach
        moveClockTo(LocalDate.of(2028, 1, 1).atTime(LocalTime.of(9, 5)).atZone(ZONE).toInstant());
        // one reminder job, counted (statements per operation are stable; issue 12 pins the reminder's): the second,
        // as the first may read the model into the engine's cache (one statement more, once)
        List<org.camunda.bpm.engine.runtime.Job> due = managementService.createJobQuery().executable()
                .activityId("timer_reminderDue").listPage(0, 2);
        managementService.executeJob(due.get(0).getId());
        org.camunda.bpm.engine.runtime.Job reminder = due.get(1);
        int reminderStatements = nl.kabiz.smr.support.SqlStatementCounter.count(
                () -> managementService.executeJob(reminder.getId()));
        LOG.info("MEASURED statements of one reminder job: {}", reminderStatements);
        assertThat(reminderStatements).as("statements of one reminder job").isEqualTo(REMINDER_STATEMENTS);
        long t2 = System.nanoTime();
        executeJobs();
        LOG.info("MEASURED first reminder round for {} cases: {} ms", expected, (System.nanoTime() - t2) / 1_000_000);
        assertThat(executeJobs()).isZero();
        assertThat(countByRecipient("Herinnering overgangsregeling")).hasSize(expected)
                .allSatisfy((recipient, count) -> assertThat(count).isEqualTo(1L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE template = 'transition-reminder'",
                Integer.class)).isEqualTo(expected);
        // which node sent each mail (here the test's one node, by this machine's host name)
        assertThat(jdbc.queryForList("SELECT DISTINCT sent_by FROM sent_mail", String.class)).singleElement()
                .asString().isNotBlank();
        view = api("caseworker").getForObject("/api/transition-cases/TRANS-SMR-100001", Map.class);
        assertThat((List<Object>) view.get("remindersSent")).hasSize(1);
        assertThat((List<Object>) view.get("remindersPending")).containsExactly("2028-07-01", "2028-10-01", "2028-12-01");
        // when the next reminder is due is bookkeeping without history (the case table holds it); the rest has history
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_variable WHERE name_ = 'nextReminderDate'"
                + " AND text_ = '2028-07-01'", Integer.class)).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_varinst WHERE name_ IN ('nextReminderAt',"
                + " 'nextReminderDate')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_detail WHERE name_ IN ('nextReminderAt',"
                + " 'nextReminderDate')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_varinst WHERE name_ = 'deadline'",
                Integer.class)).isGreaterThanOrEqualTo(expected);
        // the loop's routing keeps no history either; the timer's wait and the reminder's mail step do
        Map<String, Object> history = jdbc.queryForMap("SELECT"
                + " SUM(CASE WHEN act_id_ = 'serviceTask_sendReminder' THEN 1 ELSE 0 END) AS sent,"
                + " SUM(CASE WHEN act_id_ = 'timer_reminderDue' AND end_time_ IS NOT NULL THEN 1 ELSE 0 END) AS waited,"
                + " SUM(CASE WHEN act_id_ IN ('gateway_joinReminders', 'gateway_reminderPending',"
                + " 'serviceTask_takeNextReminder') THEN 1 ELSE 0 END) AS routing FROM act_hi_actinst");
        assertThat(((Number) history.get("sent")).intValue()).isEqualTo(expected);
        assertThat(((Number) history.get("waited")).intValue()).isEqualTo(expected);
        assertThat(((Number) history.get("routing")).intValue()).isZero();
        // the reminder timer's job log keeps its failures only; other jobs (the start letters' batches) keep theirs
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_job_log WHERE act_id_ = 'timer_reminderDue'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2",
                Integer.class)).isPositive();

        // a second bulk start opens nothing
        int mailsBefore = greenMail.getReceivedMessages().length;
        Map<String, Object> again = api("demo").postForEntity("/api/transition-cases", null, Map.class).getBody();
        assertThat(again).containsEntry("status", "COMPLETED").containsEntry("toStart", 0)
                .containsEntry("skippedExisting", expected).containsEntry("started", 0);
        assertThat(executeJobs()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transition_case", Integer.class)).isEqualTo(expected);
        assertThat(greenMail.getReceivedMessages()).hasSize(mailsBefore);

        // bad evidence is refused field by field, and the case does not move
        assertThat(fieldsOf(api("portal").postForEntity("/api/transition-cases/TRANS-SMR-100002/evidence",
                evidenceForm(null, "SMR-000001"), Map.class), HttpStatus.BAD_REQUEST)).containsExactly("certificates");
        assertThat(fieldsOf(api("portal").postForEntity("/api/transition-cases/TRANS-SMR-100002/evidence",
                evidenceForm("gewone tekst, geen pdf".getBytes(), "SMR-000001"), Map.class),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE)).containsExactly("file");
        assertThat(fieldsOf(api("portal").postForEntity("/api/transition-cases/TRANS-SMR-100002/evidence",
                evidenceForm(PDF, "SMR-12"), Map.class), HttpStatus.BAD_REQUEST))
                .containsExactly("supervisorRegistrationNumber");
        assertThat(fieldsOf(api("portal").postForEntity("/api/transition-cases/TRANS-SMR-100003/extension-requests",
                json("{\"reason\":\"\"}"), Map.class), HttpStatus.BAD_REQUEST)).containsExactly("reason");
        assertThat(api("portal").getForObject("/api/transition-cases/TRANS-SMR-100002", Map.class))
                .containsEntry("status", "AWAITING_EVIDENCE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE case_reference = 'TRANS-SMR-100002'",
                Integer.class)).isZero();

        // evidence through the portal resumes the case; an extension request then has to wait
        ResponseEntity<Map> evidence = api("portal").postForEntity("/api/transition-cases/TRANS-SMR-100002/evidence",
                evidenceForm(), Map.class);
        assertThat(evidence.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(evidence.getBody()).containsEntry("status", "EVIDENCE_UNDER_REVIEW");
        assertThat((Map<String, Object>) evidence.getBody().get("evidence")).containsEntry("rounds", 1)
                .containsEntry("supervisorRegistrationNumber", "SMR-000001");
        assertThat(api("portal").postForEntity("/api/transition-cases/TRANS-SMR-100002/extension-requests",
                json("{\"reason\":\"Ziek\"}"), Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map> extension = api("portal").postForEntity(
                "/api/transition-cases/TRANS-SMR-100003/extension-requests", json("{\"reason\":\"Langdurig ziek\"}"),
                Map.class);
        assertThat(extension.getBody()).containsEntry("status", "EXTENSION_REQUESTED").containsEntry("extensionRequests", 1);
        executeJobs();
        assertThat(countByRecipient("Bewijsstukken overgangsregeling ontvangen")).containsOnlyKeys(email(2));
    }

    /**
     * Every coach in the arrangement keeps a reminder timer waiting in {@code ACT_RU_JOB}; the job executor finds the
     * due ones through the index on {@code DUEDATE_} ({@code system.JobAcquisitionIndex}) instead of reading them all.
     */
    @Test
    void waitingRemindersAreNotReadByEveryJobAcquisition() throws SQLException {
        assertThat(Indexes.byName(dataSource, "ACT_RU_JOB")).containsEntry("smr_idx_job_duedate", Set.of("duedate_"));
    }

    @Test
    void badInputAndRolesAreRefused() {
        ResponseEntity<Map> broken = api("demo").postForEntity("/api/coaches/import", csv(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n"
                        + "SMR-200001,A B,a@voorbeeld.nl,Delft,2015-02-31,BASIS,true\n"
                        + "SMR-200001,C D,c@voorbeeld.nl,Delft,2015-02-01,BASIS;EXTRA_X,true\n"), Map.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) broken.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("row 2: initialRegistrationDate", "row 3: registrationNumber", "row 3: modules");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coach WHERE registration_number = 'SMR-200001'",
                Integer.class)).isZero();
        assertThat(api("demo").postForEntity("/api/coaches/import", csv(""), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api("portal").postForEntity("/api/coaches/import", csv(csvOf(1)), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("caseworker").postForEntity("/api/transition-cases", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("portal").getForEntity("/api/transition-cases/TRANS-SMR-999999", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    // --- helpers

    /** {@code n} coaches registered 2012-2021 (SMR-100001 and up) plus 3 registered from 2022 on. */
    static String csvOf(int n) {
        StringBuilder csv = new StringBuilder(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n");
        String[] cities = {"Amsterdam", "Rotterdam", "Utrecht", "Groningen", "Zwolle", "Maastricht"};
        for (int i = 1; i <= n + 3; i++) {
            LocalDate since = i <= n ? LocalDate.of(2012 + i % 10, 1 + i % 12, 1 + i % 28) : LocalDate.of(2022, 1, i - n);
            csv.append("SMR-%06d,Coach %d,%s,%s,%s,%s,%s\n".formatted(100000 + i, i, email(i), cities[i % cities.length],
                    since, i % 7 == 0 ? "BASIS;EXTRA_ZWANGER" : "BASIS", i % 3 != 0));
        }
        return csv.toString();
    }

    static String email(int i) {
        return "coach" + i + "@voorbeeld.nl";
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static final byte[] PDF = "%PDF-1.4\n% certificaat BASIS 2.6\n%%EOF".getBytes();

    private static HttpEntity<MultiValueMap<String, Object>> evidenceForm() {
        return evidenceForm(PDF, "SMR-000001");
    }

    private static HttpEntity<MultiValueMap<String, Object>> evidenceForm(byte[] certificate, String supervisor) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (certificate != null) {
            form.add("certificates", new ByteArrayResource(certificate) {
                @Override
                public String getFilename() {
                    return "certificaat-basis.pdf";
                }
            });
        }
        form.add("supervisorRegistrationNumber", supervisor);
        form.add("epaSummary", "12 intakes, 30 begeleidingsgesprekken");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(form, headers);
    }

    /** The fields an error answer names, after checking its status. */
    private static List<String> fieldsOf(ResponseEntity<Map> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    /** Received messages whose subject starts with the prefix, counted per recipient. */
    private Map<String, Long> countByRecipient(String subjectPrefix) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith(subjectPrefix))
                .collect(Collectors.groupingBy(TransitionIT::recipient, Collectors.counting()));
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

}
