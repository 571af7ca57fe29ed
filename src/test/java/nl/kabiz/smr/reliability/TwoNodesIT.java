package nl.kabiz.smr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kabiz.smr.support.FreePort;
import nl.kabiz.smr.support.ReliabilityReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two application nodes (child JVMs) on one embedded PostgreSQL: both start and deploy without clashing, N due
 * reminders (N = {@code -Dsmr.reliability.crash-reminders}, 60 in the normal build, 1,000 with
 * {@code -Preliability}) are each delivered once by the two job executors together, and a task completed on node A
 * is gone on node B. Figures in {@code target/reliability.json}.
 */
class TwoNodesIT {

    private static final int N = Integer.getInteger("smr.reliability.crash-reminders", 60);
    private static final String MEMBER = "commissielid";
    private static final String MEMBER_PASSWORD = "Commissie-wachtwoord-42";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(FreePort.any(), null, ServerSetup.PROTOCOL_SMTP));

    private ChildApplication a;
    private ChildApplication b;

    @AfterEach
    void stopChildren() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void twoNodesShareTheWorkWithoutDuplicatesAndSeeTheSameTasks() {
        long t0 = System.nanoTime();
        ReminderSweep sweep = new ReminderSweep("twonodes");
        int smtp = greenMail.getSmtp().getPort();
        // the engine's host name goes into the job log: which node ran which job
        a = new ChildApplication("node-a", sweep.jdbcUrl, smtp,
                "--camunda.bpm.generic-properties.properties.hostname=node-a");
        b = new ChildApplication("node-b", sweep.jdbcUrl, smtp,
                "--camunda.bpm.generic-properties.properties.hostname=node-b");
        double startA = a.start();
        Map<String, Integer> versionsAfterA = versionsPerProcess(sweep);
        double startB = b.start();
        Map<String, Integer> versionsAfterB = versionsPerProcess(sweep);
        int deployments = sweep.jdbc.queryForObject("SELECT COUNT(*) FROM act_re_deployment", Integer.class);

        sweep.openCases(a, N, "tweenodes");
        assertThat(sweep.makeRemindersDue()).isEqualTo(N);
        long due = System.nanoTime();
        ReminderSweep.await(900, "the sweep to complete", sweep::sweepDone);
        double sweepSeconds = (System.nanoTime() - due) / 1e9;
        List<MimeMessage> reminders = ReminderSweep.reminders(greenMail);
        Map<String, Long> byRecipient = reminders.stream()
                .collect(Collectors.groupingBy(ReminderSweep::recipient, Collectors.counting()));
        Map<String, Integer> sentByNode = new java.util.TreeMap<>();
        sweep.jdbc.query("SELECT sent_by, COUNT(*) AS n FROM sent_mail WHERE template = 'transition-reminder'"
                + " GROUP BY sent_by", rs -> {
                    sentByNode.put(rs.getString("sent_by"), rs.getInt("n"));
                });
        // every reminder names the node that sent it (smr.node-name, here Camunda's host name of each node)
        assertThat(sentByNode.keySet()).isSubsetOf("node-a", "node-b");
        assertThat(sentByNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(N);

        // a task completed on node A is gone on node B
        String reference = sweep.jdbc.queryForObject(
                "SELECT case_reference FROM transition_case ORDER BY registration_number LIMIT 1", String.class);
        HttpResponse<String> request = a.send("POST", "/api/transition-cases/" + reference + "/extension-requests",
                "portal", null, "application/json", "{\"reason\":\"Langdurig ziek geweest\"}");
        assertThat(request.statusCode()).as(request.body()).isEqualTo(200);
        ReminderSweep.await(60, "the extension task", () -> sweep.jdbc.queryForObject(
                "SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'userTask_decideExtension'",
                Integer.class) == 1);
        String taskId = sweep.jdbc.queryForObject(
                "SELECT id_ FROM act_ru_task WHERE task_def_key_ = 'userTask_decideExtension'", String.class);
        HttpResponse<String> user = a.asAdmin("POST", "/engine-rest/user/create", "application/json",
                "{\"profile\":{\"id\":\"" + MEMBER + "\",\"firstName\":\"Carla\",\"lastName\":\"Commissie\","
                        + "\"email\":\"carla@voorbeeld.nl\"},\"credentials\":{\"password\":\"" + MEMBER_PASSWORD
                        + "\"}}");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(204);
        HttpResponse<String> member = a.asAdmin("PUT", "/engine-rest/group/commission/members/" + MEMBER, null,
                null);
        assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
        int onBBefore = b.send("GET", "/engine-rest/task/" + taskId, MEMBER, MEMBER_PASSWORD, null, null)
                .statusCode();
        HttpResponse<String> completed = a.send("POST", "/engine-rest/task/" + taskId + "/complete", MEMBER,
                MEMBER_PASSWORD, "application/json", "{\"variables\":{\"extensionDecision\":{\"value\":\"REFUSE\"},"
                        + "\"extensionDecisionReason\":{\"value\":\"Onvoldoende onderbouwd\"}}}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        int onBAfter = b.send("GET", "/engine-rest/task/" + taskId, MEMBER, MEMBER_PASSWORD, null, null)
                .statusCode();
        String countOnB = b.send("GET", "/engine-rest/task/count?taskDefinitionKey=userTask_decideExtension",
                MEMBER, MEMBER_PASSWORD, null, null).body();

        long delivered = byRecipient.size();
        long duplicates = reminders.size() - delivered;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("database", "embedded PostgreSQL, two application child JVMs, job executor on in both");
        figures.put("startSecondsA", round(startA));
        figures.put("startSecondsB", round(startB));
        figures.put("processVersionsAfterA", versionsAfterA);
        figures.put("processVersionsAfterB", versionsAfterB);
        figures.put("deployments", deployments);
        figures.put("reminders", N);
        figures.put("delivered", delivered);
        figures.put("duplicates", duplicates);
        figures.put("missing", N - delivered);
        figures.put("sentMailRows", sweep.sentMailRows());
        figures.put("remindersSentByNode", sentByNode);
        figures.put("sweepSeconds", round(sweepSeconds));
        figures.put("taskOnBBeforeCompletion", onBBefore);
        figures.put("taskOnBAfterCompletionOnA", onBAfter);
        figures.put("taskCountOnBAfter", countOnB);
        figures.put("wallClockSeconds", round((System.nanoTime() - t0) / 1e9));
        ReliabilityReport.record("twoNodes", figures);

        assertThat(versionsAfterB).as("the second node's start deploys no new version").isEqualTo(versionsAfterA);
        assertThat(delivered).isEqualTo(N);
        assertThat(duplicates).isZero();
        assertThat(sweep.sentMailRows()).isEqualTo(N);
        assertThat(onBBefore).isEqualTo(200);
        assertThat(onBAfter).isEqualTo(404);
        assertThat(countOnB).contains("\"count\":0");
    }

    private static Map<String, Integer> versionsPerProcess(ReminderSweep sweep) {
        Map<String, Integer> versions = new java.util.TreeMap<>();
        sweep.jdbc.query("SELECT key_, MAX(version_) AS v FROM act_re_procdef GROUP BY key_",
                rs -> {
                    versions.put(rs.getString("key_"), rs.getInt("v"));
                });
        return versions;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
