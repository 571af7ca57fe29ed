package nl.kabiz.smr.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kabiz.smr.support.AbstractIntegrationTest;

/**
 * The emails a coach received (GreenMail) and the checks every one of them gets. The checks are soft (the test
 * goes on through the browser and reports every mail problem at its end).
 */
public final class Mails {

    /** "23 november 2029" */
    public static final DateTimeFormatter DUTCH_LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d-])\\d{1,2}-\\d{1,2}-\\d{4}(?![\\d-])");
    private static final Pattern CASE_REFERENCE = Pattern.compile("(REG-\\d{4}-\\d{6}|TRANS-SMR-\\d{6}|SMR-\\d{6})");
    private static final Pattern EMPTY_PLACEHOLDER = Pattern.compile(
            "\\bnull\\b|\\[\\(|\\$\\{|\\{\\{|[^\\S\\n][.,;:!?)]|\\( *\\)");

    private Mails() {
    }

    /** A received message: subject and decoded plain text. */
    public record Mail(String to, String subject, String text) {
        @Override
        public String toString() {
            return "'" + subject + "' to " + to;
        }
    }

    /** Every message received so far by one address, in order. */
    public static List<Mail> to(MimeMessage[] received, String email) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : received) {
            try {
                boolean match = Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(email));
                if (match) {
                    mails.add(new Mail(email, message.getSubject(), AbstractIntegrationTest.text(message)));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** The one mail to {@code email} whose subject starts with {@code subjectPrefix}. */
    public static Mail one(MimeMessage[] received, String email, String subjectPrefix) {
        List<Mail> matching = to(received, email).stream().filter(m -> m.subject().startsWith(subjectPrefix)).toList();
        assertThat(matching).as("mails to %s starting with '%s' (all: %s)", email, subjectPrefix, to(received, email))
                .hasSize(1);
        return matching.get(0);
    }

    /**
     * The text part carries every date as a Dutch long date (no ISO {@code 2029-11-23}, no {@code 23-11-2029}
     * outside the case reference) and no empty placeholder ("Uiterlijk .", "null", a space before punctuation,
     * an unrendered template expression).
     */
    public static void assertDutchDatesAndNoEmptyPlaceholders(org.assertj.core.api.SoftAssertions softly, Mail mail) {
        String text = CASE_REFERENCE.matcher(mail.text()).replaceAll("<ref>");
        List<String> problems = new ArrayList<>();
        find(ISO_DATE, text, "ISO date", problems);
        find(NUMERIC_DATE, text, "numeric date", problems);
        find(EMPTY_PLACEHOLDER, text, "empty placeholder", problems);
        softly.assertThat(problems).as("%s:%n%s", mail, mail.text()).isEmpty();
    }

    /** The text names {@code day} as a Dutch long date ("23 november 2029"). */
    public static void assertNamesDate(org.assertj.core.api.SoftAssertions softly, Mail mail, LocalDate day) {
        softly.assertThat(mail.text()).as("%s names %s", mail, day).contains(DUTCH_LONG.format(day));
    }

    private static void find(Pattern pattern, String text, String what, List<String> problems) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            int to = Math.min(text.length(), m.end() + 30);
            problems.add(what + " '" + m.group() + "' in \"…" + text.substring(from, to).replace('\n', '⏎') + "…\"");
        }
    }

}
