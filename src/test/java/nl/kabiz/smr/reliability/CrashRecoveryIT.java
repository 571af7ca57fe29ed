package nl.kabiz.smr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kabiz.smr.support.FreePort;
import nl.kabiz.smr.support.ReliabilityReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 of the application halfway through a sweep of N reminders (N = {@code -Dsmr.reliability.crash-reminders},
 * 60 in the normal build, 1,000 with {@code -Preliability}), then a restart: delivered / duplicates (with equal
 * Message-ID?) / missing and the time until the sweep completes, in {@code target/reliability.json}. The
 * application is a child JVM on the test's embedded PostgreSQL, GreenMail the SMTP server; job lock 20 s.
 */
class CrashRecoveryIT {

    private static final int N = Integer.getInteger("smr.reliability.crash-reminders", 60);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(FreePort.any(), null, ServerSetup.PROTOCOL_SMTP));

    private ChildApplication node;

    @AfterEach
    void stopChild() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void aNodeKilledHalfwayThroughAReminderSweepCompletesItAfterARestart() {
        long t0 = System.nanoTime();
        ReminderSweep sweep = new ReminderSweep("crash");
        node = new ChildApplication("crash", sweep.jdbcUrl, greenMail.getSmtp().getPort());
        double firstStart = node.start();
        sweep.openCases(node, N, "crash");
        assertThat(ReminderSweep.reminders(greenMail)).isEmpty();

        assertThat(sweep.makeRemindersDue()).isEqualTo(N);
        long due = System.nanoTime();
        ReminderSweep.await(600, "half the reminders", () -> ReminderSweep.reminders(greenMail).size() >= N / 2);
        node.kill();
        long killed = System.nanoTime();
        int deliveredBeforeKill = ReminderSweep.reminders(greenMail).size();
        int sentMailRowsAtKill = sweep.sentMailRows();

        double restart = node.start();
        ReminderSweep.await(900, "the sweep to complete after the restart", sweep::sweepDone);
        long done = System.nanoTime();

        List<MimeMessage> reminders = ReminderSweep.reminders(greenMail);
        Map<String, List<MimeMessage>> byRecipient = reminders.stream()
                .collect(Collectors.groupingBy(ReminderSweep::recipient));
        long delivered = byRecipient.size();
        long duplicates = reminders.size() - delivered;
        long duplicatesWithSameMessageId = byRecipient.values().stream().filter(m -> m.size() > 1)
                .filter(m -> m.stream().map(ReminderSweep::messageId).collect(Collectors.toSet()).size() == 1)
                .mapToLong(m -> m.size() - 1).sum();
        Set<String> messageIds = reminders.stream().map(ReminderSweep::messageId).collect(Collectors.toSet());

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("database", "embedded PostgreSQL, application as child JVM, job lock 20 s");
        figures.put("reminders", N);
        figures.put("deliveredWhenKilled", deliveredBeforeKill);
        figures.put("sentMailRowsWhenKilled", sentMailRowsAtKill);
        figures.put("delivered", delivered);
        figures.put("duplicates", duplicates);
        figures.put("duplicatesWithSameMessageId", duplicatesWithSameMessageId);
        figures.put("distinctMessageIds", messageIds.size());
        figures.put("missing", N - delivered);
        figures.put("sentMailRows", sweep.sentMailRows());
        figures.put("secondsFromDueToKill", round((killed - due) / 1e9));
        figures.put("secondsRestartUntilHealthy", round(restart));
        figures.put("secondsFromKillUntilSweepComplete", round((done - killed) / 1e9));
        figures.put("firstStartSeconds", round(firstStart));
        figures.put("wallClockSeconds", round((System.nanoTime() - t0) / 1e9));
        ReliabilityReport.record("crashRecovery", figures);

        assertThat(deliveredBeforeKill).as("killed halfway, not after the sweep").isLessThan(N);
        assertThat(delivered).as("every reminder delivered").isEqualTo(N);
        assertThat(messageIds).as("one Message-ID per message, a duplicate carries the same one").hasSize(N);
        assertThat(duplicatesWithSameMessageId).isEqualTo(duplicates);
        assertThat(sweep.sentMailRows()).isEqualTo(N);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
