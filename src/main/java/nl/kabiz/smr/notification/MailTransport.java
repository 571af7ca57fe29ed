package nl.kabiz.smr.notification;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers a rendered message: over SMTP when {@code spring.mail.host} is set, otherwise into the sink folder as
 * {@code .eml} files that any mail program (or a text editor) opens.
 */
@Component
class MailTransport implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Jakarta Mail's lookup of its stream provider: a system property named after the interface, else a ServiceLoader. */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";
    /**
     * One file type map for every message. {@link MimeMessageHelper} builds a new one per message whose type is not
     * the sender's own ({@link KeyedMimeMessage} is not), reading {@code mime.types} from the classpath each time:
     * measured (issue 12, JFR) as about half the CPU of rendering and sending a reminder.
     */
    private static final FileTypeMap FILE_TYPES = fileTypes();

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up for every body part, multipart and encoded word; without the
        // property that is a ServiceLoader scan of the whole classpath each time (measured, issue 12). Naming the
        // provider Angus registers anyway makes it a Class.forName. Set only when unset and Angus is there.
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null && angusPresent()) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
    }

    private final JavaMailSender smtp;
    /** Open connections of {@link #smtp} when it is Spring's sender (always, but for a test's own sender). */
    private final SmtpConnections connections;
    private final Path sinkDir;
    private final String from;

    MailTransport(ObjectProvider<JavaMailSender> smtp, MailSettings settings,
            @Value("${spring.mail.host:}") String host) {
        this.smtp = host == null || host.isBlank() ? null : smtp.getIfAvailable();
        this.connections = this.smtp instanceof JavaMailSenderImpl impl
                ? new SmtpConnections(impl, settings.keepAlive()) : null;
        this.sinkDir = settings.sinkDir();
        this.from = settings.from();
        if (this.smtp == null) {
            LOG.info("No SMTP host configured: emails are written to {}", sinkDir.toAbsolutePath());
        }
    }

    /**
     * Delivers the message with a Message-ID derived from its key: a crash between the server's acceptance and the
     * commit of the job can make a retry deliver it again, and then with the same Message-ID, so that a receiving
     * server or mail program can drop the duplicate.
     */
    void deliver(String messageKey, String to, MailTemplates.RenderedMail mail) {
        try {
            Session session = smtp instanceof JavaMailSenderImpl impl ? impl.getSession()
                    : Session.getInstance(new Properties());
            MimeMessage message = new KeyedMimeMessage(session, messageId(messageKey, from));
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8") {
                @Override
                protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                    return FILE_TYPES;
                }
            };
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            if (connections != null) {
                connections.send(message);
            } else if (smtp != null) {
                smtp.send(message);
            } else {
                writeToSink(to, message);
            }
        } catch (MessagingException | IOException | org.springframework.mail.MailException e) {
            throw new MailDeliveryException("Sending '" + mail.subject() + "' to " + to + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        if (connections != null) {
            connections.close();
        }
    }

    private static FileTypeMap fileTypes() {
        ConfigurableMimeFileTypeMap fileTypes = new ConfigurableMimeFileTypeMap();
        fileTypes.afterPropertiesSet();
        return fileTypes;
    }

    private static boolean angusPresent() {
        try {
            Class.forName(ANGUS_STREAM_PROVIDER, false, MailTransport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** {@code <sha-256 of the key, 32 hex digits>.smr@<domain of the sender>}. */
    static String messageId(String messageKey, String from) {
        String domain = from.replaceAll("(?s).*@([^>\\s]+)>?\\s*$", "$1");
        if (domain.equals(from) || domain.isBlank()) {
            domain = "kwaliteitsregister-smr.nl";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + ".smr@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID is fixed (Jakarta Mail would make a new random one on every save). */
    static final class KeyedMimeMessage extends MimeMessage {

        private final String messageId;

        KeyedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    private void writeToSink(String to, MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(sinkDir);
        String name = FILE_TIME.format(java.time.LocalDateTime.now()) + "-"
                + to.replaceAll("[^A-Za-z0-9@._-]", "_") + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
        try (OutputStream out = Files.newOutputStream(sinkDir.resolve(name))) {
            message.saveChanges();
            message.writeTo(out);
        }
        LOG.info("Email to {} written to {}", to, sinkDir.resolve(name));
    }

    /** The mail server did not take the message; the job fails and is retried. */
    static class MailDeliveryException extends RuntimeException {
        MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
