package nl.kabiz.smr.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code sent_mail} table: every message sent, under its key, with the node that sent it ({@code smr.node-name};
 * default: the engine's configured host name, else this machine's).
 */
@Repository
class SentMailLog {

    private final JdbcTemplate jdbc;
    private final String node;

    SentMailLog(JdbcTemplate jdbc,
            @Value("${smr.node-name:${camunda.bpm.generic-properties.properties.hostname:}}") String node) {
        this.jdbc = jdbc;
        this.node = node == null || node.isBlank() ? localHostName() : node.strip();
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /**
     * Records the message unless one with its key is recorded already; returns whether it recorded. One statement
     * (the check and the insert were two, on every mail: issue 12). Two transactions that both find no record both
     * insert: the unique key refuses the second, whose job fails and, retried, finds the record.
     */
    boolean recordUnlessSent(String messageKey, SentMail mail) {
        return jdbc.update("INSERT INTO sent_mail (message_key, case_reference, recipient, template, subject, sent_at,"
                        + " sent_by) SELECT CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(320)),"
                        + " CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(500)), CAST(? AS TIMESTAMP WITH TIME ZONE),"
                        + " CAST(? AS VARCHAR(255)) WHERE NOT EXISTS (SELECT 1 FROM sent_mail WHERE message_key = ?)",
                messageKey, mail.caseReference(), mail.recipient(), mail.template(), mail.subject(),
                Timestamp.from(mail.sentAt().toInstant()), node, messageKey) == 1;
    }

    List<SentMail> forCase(String caseReference) {
        return jdbc.query("SELECT case_reference, recipient, template, subject, sent_at FROM sent_mail"
                        + " WHERE case_reference = ? ORDER BY sent_at, id",
                (rs, i) -> new SentMail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant().atOffset(ZoneOffset.UTC)),
                caseReference);
    }

    int countForTemplate(String template) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE template = ?", Integer.class, template);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
