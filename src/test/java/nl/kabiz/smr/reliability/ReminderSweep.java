package nl.kabiz.smr.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.base.GreenMailOperations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import nl.kabiz.smr.support.EmbeddedPostgresConfig;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * N transition cases in a fresh database of the test JVM's embedded PostgreSQL, opened through a child's API, whose
 * first reminder is then made due: the timer jobs' due date set to now, which is what the clock reaching the
 * reminder date does (a child's clock cannot be moved from outside).
 */
final class ReminderSweep {

    static final String REMINDER = "Herinnering overgangsregeling";
    /** A job whose execution waits at the first (or next) reminder's timer. */
    private static final String AT_REMINDER_TIMER =
            "execution_id_ IN (SELECT id_ FROM act_ru_execution WHERE act_id_ = 'timer_reminderDue')";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final String jdbcUrl;
    final JdbcTemplate jdbc;

    ReminderSweep(String name) {
        EmbeddedPostgres postgres = EmbeddedPostgresConfig.server();
        String database = "smr_" + name + "_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.jdbcUrl = postgres.getJdbcUrl("postgres", database);
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(jdbcUrl, "postgres", "", true));
    }

    /** Imports n coaches and opens their transition cases (bulk start as the administrator) through {@code node}. */
    void openCases(ChildApplication node, int n, String prefix) {
        StringBuilder rows = new StringBuilder(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n");
        for (int i = 1; i <= n; i++) {
            rows.append("SMR-%06d,Coach %d,%s%d@voorbeeld.nl,Delft,2015-03-01,BASIS,true\n"
                    .formatted(500000 + i, i, prefix, i));
        }
        HttpResponse<String> imported = node.asAdmin("POST", "/api/coaches/import", "text/csv", rows.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        HttpResponse<String> bulk = node.asAdmin("POST", "/api/transition-cases", null, null);
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(202);
        await(300, () -> "all " + n + " reminder timers: " + reminderTimers() + " timers, " + otherJobs()
                + " other jobs, " + jdbc.queryForList("SELECT e.act_id_, COUNT(*) FROM act_ru_job j JOIN act_ru_execution e"
                + " ON e.id_ = j.execution_id_ GROUP BY e.act_id_"), () -> reminderTimers() == n && otherJobs() == 0);
    }

    int reminderTimers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'timer' AND " + AT_REMINDER_TIMER,
                Integer.class);
    }

    /** Asynchronous continuations still to run (start letters, bulk start batches, ...). */
    int otherJobs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'", Integer.class);
    }

    /** The first reminder of every case falls due now. Returns how many timers. */
    int makeRemindersDue() {
        return jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE type_ = 'timer' AND " + AT_REMINDER_TIMER,
                new Timestamp(System.currentTimeMillis() - 1000));
    }

    /** No due reminder timer and no reminder mail job left (the next reminder's timer is months away). */
    boolean sweepDone() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE (" + AT_REMINDER_TIMER
                + " AND duedate_ <= ?) OR execution_id_ IN (SELECT id_ FROM act_ru_execution"
                + " WHERE act_id_ = 'serviceTask_sendReminder')", Integer.class,
                new Timestamp(System.currentTimeMillis() + 60_000)) == 0;
    }

    int sentMailRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE template = 'transition-reminder'",
                Integer.class);
    }

    static List<MimeMessage> reminders(GreenMailOperations greenMail) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith(REMINDER)).toList();
    }

    static void await(int seconds, String what, BooleanSupplier condition) {
        await(seconds, () -> what, condition);
    }

    static void await(int seconds, java.util.function.Supplier<String> what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long report = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > report) {
                System.out.println("waiting for " + what.get());
                report = System.nanoTime() + 15_000_000_000L;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + seconds + " s: " + what.get());
            }
            ChildApplication.sleep(50);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
