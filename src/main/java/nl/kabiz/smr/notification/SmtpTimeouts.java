package nl.kabiz.smr.notification;

import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@code smr.mail.connect-timeout}, {@code read-timeout} and {@code write-timeout} on the SMTP sender as
 * Jakarta Mail's {@code mail.smtp(s).connectiontimeout}, {@code timeout} and {@code writetimeout} (milliseconds).
 * Without them Jakarta Mail waits forever for a server that accepted the connection but never answers.
 */
@Component
class SmtpTimeouts implements BeanPostProcessor {

    private final MailSettings settings;

    SmtpTimeouts(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            apply(sender.getJavaMailProperties(), settings);
        }
        return bean;
    }

    static void apply(Properties properties, MailSettings settings) {
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.setProperty("mail." + protocol + ".connectiontimeout",
                    String.valueOf(settings.connectTimeout().toMillis()));
            properties.setProperty("mail." + protocol + ".timeout", String.valueOf(settings.readTimeout().toMillis()));
            properties.setProperty("mail." + protocol + ".writetimeout",
                    String.valueOf(settings.writeTimeout().toMillis()));
        }
    }
}
