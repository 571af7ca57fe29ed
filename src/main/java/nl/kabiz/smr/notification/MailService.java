package nl.kabiz.smr.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an email once: renders its templates, records it under its message key unless recorded before, and delivers
 * it, all in the caller's transaction (the mail job's). A job retried after a delivery failure finds no record and
 * sends; a message already recorded is never sent again. The one window left: a crash after the SMTP server
 * accepted the message and before the transaction committed; the retry then delivers it again, with the same
 * Message-ID (derived from the key), so that the receiving side can drop it.
 */
@Service
public class MailService {

    private static final Logger LOG = LoggerFactory.getLogger(MailService.class);

    private final MailTemplates templates;
    private final MailTransport transport;
    private final SentMailLog log;

    MailService(MailTemplates templates, MailTransport transport, SentMailLog log) {
        this.templates = templates;
        this.transport = transport;
        this.log = log;
    }

    /** Sends the message unless one with the same key was sent before; returns whether it sent. */
    @Transactional
    public boolean send(MailRequest request) {
        // rendered first, for the subject the record keeps (a message sent before costs a rendering, not a query)
        MailTemplates.RenderedMail mail = templates.render(request);
        // recorded before delivery: the unique key stops a concurrent duplicate; a failed delivery rolls it back
        if (!log.recordUnlessSent(request.messageKey(), new SentMail(request.caseReference(), request.recipient(),
                request.template(), mail.subject(), SentMailLog.now()))) {
            LOG.info("Mail {} was sent before; not sending it again", request.messageKey());
            return false;
        }
        transport.deliver(request.messageKey(), request.recipient(), mail);
        return true;
    }

    /** What was sent for a case, oldest first. */
    @Transactional(readOnly = true)
    public List<SentMail> sentFor(String caseReference) {
        return log.forCase(caseReference);
    }
}
