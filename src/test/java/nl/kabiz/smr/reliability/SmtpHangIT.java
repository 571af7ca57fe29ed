package nl.kabiz.smr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.support.ReliabilityReport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * An SMTP server that accepts connections and never answers, with the real job executor (2 threads): ten mail jobs
 * queued before another job no longer hold it up until the connections drop; each mail job fails after the read
 * timeout (2 s here, 15 s by default), keeps nothing, and is retried later.
 */
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=true", "smr.mail.read-timeout=2s",
        "logging.level.org.camunda.bpm.engine.context=off", "logging.level.org.camunda.bpm.engine.jobexecutor=off"})
class SmtpHangIT extends AbstractIntegrationTest {

    private static final int MAIL_JOBS = 10;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void otherJobsKeepRunningWhileTheMailServerHangs() throws Exception {
        repositoryService.createDeployment().addClasspathResource("mail-test/mailRetry.bpmn")
                .addClasspathResource("reliability/otherJob.bpmn").deploy();
        int port = mailSender.getPort();
        Properties configured = mailSender.getJavaMailProperties();
        assertThat(configured).containsEntry("mail.smtp.timeout", "2000");
        try (ServerSocket silent = new ServerSocket(0, 100)) {
            mailSender.setPort(silent.getLocalPort());
            Properties copy = new Properties();
            copy.putAll(configured);
            mailSender.setJavaMailProperties(copy);
            List<String> mails = new ArrayList<>();
            for (int i = 0; i < MAIL_JOBS; i++) {
                mails.add(runtimeService.startProcessInstanceByKey("mailRetryTest", "HANG-" + i, Map.of(
                        "coachEmail", "hang" + i + "@example.nl", "coachName", "Hang " + i, "topic", "hang"))
                        .getId());
            }
            long t0 = System.nanoTime();
            String other = runtimeService.startProcessInstanceByKey("otherJobTest").getId();
            long deadline = System.currentTimeMillis() + 90_000;
            while (historyService.createHistoricProcessInstanceQuery().processInstanceId(other).finished().count() == 0
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long failedMailJobs = mails.stream().mapToLong(id -> managementService.createJobQuery()
                    .processInstanceId(id).withException().count()).sum();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("jobExecutorThreads", 2);
            figures.put("mailJobsQueuedFirst", MAIL_JOBS);
            figures.put("readTimeoutSeconds", 2);
            figures.put("otherJobDoneAfterSeconds", Math.round(seconds * 10) / 10.0);
            figures.put("mailJobsFailedAndRetryLater", failedMailJobs);
            figures.put("sentMailRowsOfHungMails",
                    jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE case_reference LIKE 'HANG-%'", Integer.class));
            ReliabilityReport.record("smtpHang", figures);
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(other).finished().count())
                    .as("the other job ran while the mail server hung").isOne();
            assertThat(figures.get("sentMailRowsOfHungMails")).isEqualTo(0);
        } finally {
            mailSender.setPort(port);
            mailSender.setJavaMailProperties(configured);
        }
    }
}
