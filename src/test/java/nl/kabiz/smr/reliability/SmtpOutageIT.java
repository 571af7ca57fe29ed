package nl.kabiz.smr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.support.ReliabilityReport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The mail server is down for two retry intervals while N reminders fall due (embedded PostgreSQL; N =
 * {@code -Dsmr.reliability.reminders}, 100 in the normal build, 1,000 with {@code -Preliability}). Once it is back,
 * every reminder is delivered exactly once: delivered / duplicates / missing go to {@code target/reliability.json}.
 */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
// every failed mail job would log its stack trace (thousands of lines): the figures say enough
@TestPropertySource(properties = "logging.level.org.camunda.bpm.engine.context=off")
class SmtpOutageIT extends AbstractIntegrationTest {

    private static final int N = Integer.getInteger("smr.reliability.reminders", 100);
    private static final ZoneId ZONE = nl.kabiz.smr.casework.RegisterTime.ZONE;
    private static final String REMINDER = "Herinnering overgangsregeling";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void remindersDueDuringAnOutageAreEachDeliveredOnceWhenTheServerReturns() {
        moveClockTo(LocalDate.of(2026, 1, 1).atTime(10, 0).atZone(ZONE).toInstant());
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(MediaType.parseMediaType("text/csv"));
        StringBuilder rows = new StringBuilder(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n");
        for (int i = 1; i <= N; i++) {
            rows.append("SMR-%06d,Coach %d,storing%d@voorbeeld.nl,Delft,2015-03-01,BASIS,true\n"
                    .formatted(400000 + i, i, i));
        }
        assertThat(api("demo").postForEntity("/api/coaches/import", new HttpEntity<>(rows.toString(), csv),
                String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(api("demo").postForEntity("/api/transition-cases", null, String.class).getStatusCode().value())
                .isEqualTo(202);
        executeJobs();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transition_case", Integer.class)).isEqualTo(N);

        long t0 = System.nanoTime();
        greenMail.stop();
        // the first reminder falls due (12 months before the deadline) while the server is down
        moveClockTo(LocalDate.of(2028, 1, 1).atTime(LocalTime.of(9, 5)).atZone(ZONE).toInstant());
        int firstRound = drain();
        int failedJobs = (int) managementService.createJobQuery().withException().count();
        // still down after the first retry interval (smr.mail.retry-cycle R6/PT20M)
        moveClockBy(Duration.ofMinutes(21));
        drain();
        int failedTwice = (int) managementService.createJobQuery().withException().count();
        // back after the second interval
        greenMail.start();
        moveClockBy(Duration.ofMinutes(21));
        drain();
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;

        Map<String, Long> byRecipient = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).startsWith(REMINDER))
                .collect(Collectors.groupingBy(SmtpOutageIT::recipient, Collectors.counting()));
        long delivered = byRecipient.size();
        long duplicates = byRecipient.values().stream().mapToLong(c -> c - 1).sum();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("database", "embedded PostgreSQL");
        figures.put("reminders", N);
        figures.put("jobsSucceededInFirstRound", firstRound);
        figures.put("mailJobsFailedFirstAttempt", failedJobs);
        figures.put("mailJobsFailedSecondAttempt", failedTwice);
        figures.put("delivered", delivered);
        figures.put("duplicates", duplicates);
        figures.put("missing", N - delivered);
        figures.put("sentMailRows", jdbc.queryForObject(
                "SELECT COUNT(*) FROM sent_mail WHERE template = 'transition-reminder'", Integer.class));
        figures.put("incidents", runtimeService.createIncidentQuery().count());
        figures.put("engineMinutesUntilDelivered", 42);
        figures.put("wallClockSeconds", seconds);
        ReliabilityReport.record("smtpOutage", figures);

        assertThat(failedJobs).as("every reminder mail failed while the server was down").isEqualTo(N);
        assertThat(failedTwice).isEqualTo(N);
        assertThat(delivered).isEqualTo(N);
        assertThat(duplicates).isZero();
        assertThat(figures.get("sentMailRows")).isEqualTo(N);
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }

    /** Runs due jobs until none is executable (failed mail jobs wait for their retry interval). */
    private int drain() {
        int ran = 0;
        while (managementService.createJobQuery().executable().count() > 0) {
            ran += executeJobsAllowingFailures();
        }
        return ran;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
