package nl.kabiz.smr.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Properties;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail step of every process: sent by a job after the user's transaction, in Dutch HTML and plain text,
 * recorded once; an SMTP outage retries and ends in an incident that a retry resolves, without a second send.
 */
class MailJobIT extends AbstractIntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailService mailService;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    MailSettings mailSettings;

    @BeforeEach
    void deploy() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("mailRetryTest").count() == 0) {
            repositoryService.createDeployment().addClasspathResource("mail-test/mailRetry.bpmn")
                    .addClasspathResource("mail-test/mailInputParameters.bpmn").deploy();
        }
    }

    @Test
    void sendsAfterTheStartingTransactionWithHtmlAndTextAndRecordsIt() throws Exception {
        ProcessInstance instance = start("TEST-0001");
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        executeJobs();

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Testbericht voor TEST-0001");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("jan.modaal@example.nl");
        MimeMultipart body = (MimeMultipart) received[0].getContent();
        String raw = new String(received[0].getInputStream().readAllBytes());
        assertThat(raw).isNotEmpty();
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]))
                .contains("Beste Jan Modaal", "Dit is een testbericht over uw aanmelding", "TEST-0001")
                .contains("text/plain").contains("text/html");
        assertThat(body.getCount()).isGreaterThanOrEqualTo(1);
        assertThat(mailService.sentFor("TEST-0001")).singleElement()
                .satisfies(m -> {
                    assertThat(m.template()).isEqualTo("test-message");
                    assertThat(m.recipient()).isEqualTo("jan.modaal@example.nl");
                    assertThat(m.subject()).isEqualTo("Testbericht voor TEST-0001");
                });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void anSmtpOutageEndsInAnIncidentAndTheRetrySendsOnce() throws Exception {
        greenMail.stop();
        ProcessInstance instance = start("TEST-0002");
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        // the configured cycle R6/PT20M means six attempts in total (not six retries): after five failures the
        // job still has a retry and no incident shows; the sixth failure ends in the incident
        for (int attempt = 0; attempt < 6; attempt++) {
            if (attempt == 5) {
                assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count())
                        .as("no incident after 5 attempts").isZero();
            }
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // delivery failed; retries decrease
            }
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).as("incident shown in Cockpit").isNotNull();
        assertThat(incident.getIncidentMessage()).contains("TEST-0002");
        assertThat(mailService.sentFor("TEST-0002")).isEmpty();

        greenMail.start();
        // what "Retry" in Cockpit does
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(mailService.sentFor("TEST-0002")).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    /** Finding: an SMTP server that accepts and never answers held both job threads until the connection dropped. */
    @Test
    void aMailServerThatNeverAnswersFailsTheJobWithinTheTimeoutAndKeepsNothing() throws Exception {
        Properties configured = mailSender.getJavaMailProperties();
        assertThat(configured).containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "15000").containsEntry("mail.smtp.writetimeout", "15000");
        int port = mailSender.getPort();
        Properties fast = new Properties();
        fast.putAll(configured);
        fast.setProperty("mail.smtp.timeout", "1500");
        try (ServerSocket silent = new ServerSocket(0)) {
            // accepts every connection (backlog), never says a word
            mailSender.setPort(silent.getLocalPort());
            mailSender.setJavaMailProperties(fast);
            ProcessInstance instance = start("TEST-0005");
            Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("failed");
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(millis).as("failed after the read timeout, not after minutes").isLessThan(10_000);
            assertThat(mailService.sentFor("TEST-0005")).as("nothing half-written kept").isEmpty();
            assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(5);
        } finally {
            mailSender.setPort(port);
            mailSender.setJavaMailProperties(configured);
        }
    }

    /** The Message-ID is derived from the message key, so that a duplicate after a crash can be recognised. */
    @Test
    void theMessageIdIsDerivedFromTheMessageKey() throws Exception {
        MailRequest request = new MailRequest("TEST-0006:test-message:once", "TEST-0006", "test-message",
                "jan.modaal@example.nl", "Jan Modaal", Map.of("topic", "vaste message-id"));
        mailService.send(request);
        String expected = MailTransport.messageId("TEST-0006:test-message:once", mailSettings.from());
        assertThat(expected).matches("<[0-9a-f]{32}\\.smr@kwaliteitsregister-smr\\.nl>");
        assertThat(greenMail.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getMessageID()).isEqualTo(expected));
        assertThat(MailTransport.messageId("TEST-0006:test-message:twice", mailSettings.from())).isNotEqualTo(expected);
    }

    @Test
    void aMessageAlreadySentIsNotSentAgain() {
        MailRequest request = new MailRequest("TEST-0003:test-message:once", "TEST-0003", "test-message",
                "jan.modaal@example.nl", "Jan Modaal", Map.of("topic", "dubbel verzenden"));
        assertThat(mailService.send(request)).isTrue();
        assertThat(mailService.send(request)).isFalse();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE case_reference = 'TEST-0003'",
                Integer.class)).isEqualTo(1);
    }

    /** Cases still running on a model version whose mail steps had input parameters (before issue 12) still mail. */
    @Test
    void aMailStepWithInputParametersOfAnOlderModelVersionStillSends() throws Exception {
        runtimeService.startProcessInstanceByKey("mailInputParametersTest", "TEST-0007", Map.of(
                "coachEmail", "jan.modaal@example.nl", "coachName", "Jan Modaal", "topic", "uw aanmelding"));

        executeJobs();

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Testbericht voor TEST-0007");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]))
                .contains("Beste Jan Modaal", "Dit is een testbericht over uw aanmelding", "TEST-0007");
        assertThat(mailService.sentFor("TEST-0007")).singleElement()
                .satisfies(m -> assertThat(m.template()).isEqualTo("test-message"));
    }

    /**
     * Statements per operation are stable: pinned here so that a change to the engine configuration (history
     * level, removal-time strategy) or to the mail step shows up as a failing number, not as a slow production.
     */
    @Test
    void statementCountsOfStartAndMailJobArePinned() {
        ProcessInstance[] started = new ProcessInstance[1];
        int start = nl.kabiz.smr.support.SqlStatementCounter.count(() -> started[0] = start("TEST-0004"));
        Job job = managementService.createJobQuery().processInstanceId(started[0].getId()).singleResult();
        int mailJob = nl.kabiz.smr.support.SqlStatementCounter.count(() -> managementService.executeJob(job.getId()));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        executeJobs(); // the asyncAfter continuation
        System.out.printf("SQL statements: start with async mail step %d, mail job %d%n", start, mailJob);
        assertThat(start).as("statements to start a process up to its async mail step").isEqualTo(START_STATEMENTS);
        assertThat(mailJob).as("statements of one mail job, incl. the sent-mail record (one statement) and the continuation job")
                .isEqualTo(MAIL_JOB_STATEMENTS);
    }

    static final int START_STATEMENTS = 11;
    static final int MAIL_JOB_STATEMENTS = 18;

    private ProcessInstance start(String reference) {
        return runtimeService.startProcessInstanceByKey("mailRetryTest", reference, Map.of(
                "coachEmail", "jan.modaal@example.nl", "coachName", "Jan Modaal", "topic", "uw aanmelding"));
    }
}
