package nl.kabiz.smr.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends messages over SMTP connections that stay open for {@code smr.mail.keep-alive} after a message, so that the
 * next message (on a reminder day, thousands of them) does not pay for a new connection, the server's greeting,
 * EHLO, STARTTLS and AUTH again: Spring's {@link JavaMailSenderImpl} opens and closes one per message, measured
 * (issue 12, JFR) as a third of the cost of handing a reminder to the server.
 * <p>
 * Connections are the sender's own (host, port, user, protocol, session with its timeouts), one per thread at a
 * time. One the server closed while it was idle fails on its first command: the message then goes once more over
 * a new connection; what fails there fails the job, which retries as before. A connection idle longer than the
 * keep-alive is closed (QUIT) by a cleanup every keep-alive, or when it would be taken.
 */
final class SmtpConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpConnections.class);

    private final JavaMailSenderImpl sender;
    private final long keepAliveNanos;
    private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();
    private final ScheduledExecutorService cleanup;

    private record Idle(Transport transport, long since) {
    }

    SmtpConnections(JavaMailSenderImpl sender, Duration keepAlive) {
        this.sender = sender;
        this.keepAliveNanos = keepAlive.toNanos();
        this.cleanup = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "smtp-connections");
            thread.setDaemon(true);
            return thread;
        });
        if (!keepAlive.isZero()) {
            // with 0s no connection is kept, so there is nothing to clean up (a 0 ms period would spin)
            long period = Math.max(1, keepAlive.toMillis());
            cleanup.scheduleWithFixedDelay(this::closeExpired, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends the message; a failure throws (the job retries). */
    void send(MimeMessage message) throws MessagingException {
        prepare(message);
        Transport reused = take();
        if (reused != null) {
            try {
                reused.sendMessage(message, message.getAllRecipients());
                release(reused);
                return;
            } catch (MessagingException | IllegalStateException e) {
                LOG.debug("An open SMTP connection failed ({}); sending over a new one", e.getMessage());
                close(reused);
            }
        }
        Transport fresh = connect();
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close(fresh);
            throw e;
        }
        release(fresh);
    }

    /** What {@link JavaMailSenderImpl} does before sending: a sent date, the headers updated (our Message-ID kept). */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        message.saveChanges();
    }

    private Transport connect() throws MessagingException {
        Transport transport = sender.getSession().getTransport(
                sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        String username = sender.getUsername();
        String password = sender.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        transport.connect(sender.getHost(), sender.getPort(), username, password);
        return transport;
    }

    /** The most recently used open connection that is not past its keep-alive, if any. */
    private Transport take() {
        for (Idle candidate = idle.pollFirst(); candidate != null; candidate = idle.pollFirst()) {
            // no isConnected(): Jakarta Mail would ask the server (NOOP) every time; a dead connection fails instead
            if (System.nanoTime() - candidate.since() < keepAliveNanos) {
                return candidate.transport();
            }
            close(candidate.transport());
        }
        return null;
    }

    private void release(Transport transport) {
        if (keepAliveNanos == 0) {
            close(transport);
            return;
        }
        idle.addFirst(new Idle(transport, System.nanoTime()));
    }

    private void closeExpired() {
        long now = System.nanoTime();
        for (Idle oldest = idle.peekLast(); oldest != null && now - oldest.since() >= keepAliveNanos;
                oldest = idle.peekLast()) {
            if (idle.removeLastOccurrence(oldest)) {
                close(oldest.transport());
            }
        }
    }

    /** How many connections are open and waiting for the next message. */
    int open() {
        return idle.size();
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("Closing an SMTP connection failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        cleanup.shutdownNow();
        for (Idle open = idle.pollFirst(); open != null; open = idle.pollFirst()) {
            close(open.transport());
        }
    }
}
