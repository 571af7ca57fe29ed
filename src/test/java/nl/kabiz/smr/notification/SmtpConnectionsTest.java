package nl.kabiz.smr.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import nl.kabiz.smr.support.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Messages go over connections that stay open for the next one; a connection the server dropped is replaced. */
class SmtpConnectionsTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(FreePort.any(), null, ServerSetup.PROTOCOL_SMTP));

    @Test
    void messagesShareOneConnectionWhileItIsKeptAlive() throws Exception {
        try (SmtpConnections connections = new SmtpConnections(sender(), Duration.ofSeconds(30))) {
            for (int i = 1; i <= 3; i++) {
                connections.send(message("coach" + i + "@example.nl", "Herinnering " + i));
                assertThat(connections.open()).as("open connections after message " + i).isEqualTo(1);
            }
        }
        assertThat(greenMail.getReceivedMessages()).extracting(Message::getSubject)
                .containsExactly("Herinnering 1", "Herinnering 2", "Herinnering 3");
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedOnce() throws Exception {
        try (SmtpConnections connections = new SmtpConnections(sender(), Duration.ofSeconds(30))) {
            connections.send(message("a@example.nl", "Eerste"));
            // the server goes away and comes back: the open connection is dead
            greenMail.stop();
            greenMail.start();
            connections.send(message("b@example.nl", "Tweede"));
            assertThat(connections.open()).isEqualTo(1);
        }
        assertThat(greenMail.getReceivedMessages()).extracting(Message::getSubject).containsExactly("Tweede");
    }

    @Test
    void aConnectionIdleLongerThanTheKeepAliveIsClosed() throws Exception {
        try (SmtpConnections connections = new SmtpConnections(sender(), Duration.ofMillis(100))) {
            connections.send(message("a@example.nl", "Eerste"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (connections.open() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(connections.open()).isZero();
            connections.send(message("b@example.nl", "Tweede"));
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void noKeepAliveClosesEachConnection() throws Exception {
        try (SmtpConnections connections = new SmtpConnections(sender(), Duration.ZERO)) {
            connections.send(message("a@example.nl", "Eerste"));
            assertThat(connections.open()).isZero();
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    private static JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }

    private static MimeMessage message(String to, String subject) throws Exception {
        MimeMessage message = new MimeMessage(sender().getSession());
        message.setFrom(new InternetAddress("noreply@kwaliteitsregister-smr.nl"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Tekst");
        return message;
    }
}
