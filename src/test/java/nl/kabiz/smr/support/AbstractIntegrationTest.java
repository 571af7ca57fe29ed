package nl.kabiz.smr.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A full application on a random port: H2 in memory (one database per Spring context; subclasses annotated with
 * {@code @ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)} run on an embedded PostgreSQL),
 * demo users, GreenMail as SMTP server, and no job executor: tests run due jobs with {@link #executeJobs()}.
 *
 * <p>Each test class gets a context of its own, closed after the class: Camunda registers its engine in a static
 * registry under the name "default", so two live contexts in one JVM would let the engine REST API of one reach
 * the engine (and data) of the other. A fresh context per class also keeps classes from seeing each other's cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class AbstractIntegrationTest {

    /** One free port per test JVM, so that test runs side by side (other checkouts, CI) never clash. */
    private static final ServerSetup SMTP = new ServerSetup(FreePort.any(), null, ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    protected static final GreenMailExtension greenMail = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    protected TestRestTemplate rest;

    @Autowired
    protected ManagementService managementService;

    /** The portal's demo API key (its SHA-256 is in application-demo.yaml). */
    protected static final String PORTAL_API_KEY = "portal";

    private TestRestTemplate portal;

    /**
     * The API as a demo user: HTTP Basic with password = user name; {@code "portal"} is the KABIZ portal, which
     * sends its API key in {@code X-Api-Key} instead.
     */
    protected TestRestTemplate api(String user) {
        if ("portal".equals(user)) {
            if (portal == null) {
                portal = new TestRestTemplate(new RestTemplateBuilder()
                        .uriTemplateHandler(rest.getRestTemplate().getUriTemplateHandler())
                        .defaultHeader("X-Api-Key", PORTAL_API_KEY));
            }
            return portal;
        }
        return rest.withBasicAuth(user, user);
    }

    /**
     * Runs every job that is due now (on the engine clock), including jobs that become due by running others,
     * until none is left, and fails the test on the first job that fails (with the job's own exception). Returns
     * how many ran. A test about failing jobs (an SMTP outage) uses {@link #executeJobsAllowingFailures()}.
     */
    protected int executeJobs() {
        return executeJobs(false);
    }

    /**
     * As {@link #executeJobs()}, but a failing job is left with its retries decremented (an exhausted one becomes an
     * incident) and the run goes on: for tests of what happens when jobs fail.
     */
    protected int executeJobsAllowingFailures() {
        return executeJobs(true);
    }

    private int executeJobs(boolean failuresExpected) {
        int executed = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = managementService.createJobQuery().executable().listPage(0, 100);
            if (due.isEmpty()) {
                return executed;
            }
            boolean progress = false;
            for (Job job : due) {
                try {
                    managementService.executeJob(job.getId());
                    executed++;
                    progress = true;
                } catch (RuntimeException failed) {
                    if (!failuresExpected) {
                        throw new AssertionError("Job " + job.getId() + " (" + job.getProcessDefinitionKey() + ", "
                                + job.getFailedActivityId() + ") failed: " + failed.getMessage(), failed);
                    }
                    // retries are decremented by the engine; an exhausted job becomes an incident
                    if (managementService.createJobQuery().jobId(job.getId()).withRetriesLeft().count() == 0) {
                        progress = true;
                    }
                }
            }
            if (!progress) {
                return executed;
            }
        }
        throw new IllegalStateException("Jobs keep coming: more than 10,000 rounds");
    }

    /** Completes a task over the engine REST API as {@code user}, with a body {@code {"variables": {...}}}. */
    protected ResponseEntity<String> completeTask(String user, Task task, ObjectNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api(user).postForEntity("/engine-rest/task/" + task.getId() + "/complete",
                new HttpEntity<>(body.toString(), headers), String.class);
    }

    /**
     * A webapp login ({@code tasklist}, {@code cockpit}, ...) as its login page does it: the CSRF token from the page's
     * cookie in the header, the form posted; {@code extra} headers go on both requests (a client address).
     */
    protected ResponseEntity<String> webappLoginAttempt(String user, String password, String app, HttpHeaders extra) {
        HttpHeaders get = new HttpHeaders();
        get.addAll(extra);
        ResponseEntity<String> page = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(get), String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        HttpHeaders login = new HttpHeaders();
        login.addAll(extra);
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        login.add("X-XSRF-TOKEN", token);
        login.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + password, login), String.class);
    }

    /** Logs in to a webapp as {@code user} (password = user name, as the test users have); the session's cookies. */
    protected HttpHeaders webappSession(String user, String app) {
        ResponseEntity<String> answer = webappLoginAttempt(user, user, app, new HttpHeaders());
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("login of " + user + " to " + app + ": " + answer.getStatusCode());
        }
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, cookieHeader(answer.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE,
                List.of())));
        return session;
    }

    private static String cookieHeader(List<String> setCookies) {
        return String.join("; ", setCookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
    }

    protected void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    protected void moveClockBy(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Subjects of every email received so far, in order. */
    protected List<String> receivedSubjects() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(AbstractIntegrationTest::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded plain-text part of a message (what a person reads), or null. */
    public static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
