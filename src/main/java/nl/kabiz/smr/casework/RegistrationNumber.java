package nl.kabiz.smr.casework;

import java.util.Locale;
import java.util.regex.Pattern;

/** The register's number of a coach: {@code SMR-} and six digits. The one place that knows the format. */
public final class RegistrationNumber {

    /** As a regular expression, for patterns that embed it ({@code TRANS-SMR-123456}). */
    public static final String FORMAT = "SMR-\\d{6}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    private RegistrationNumber() {
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    /** Trimmed and upper case ("smr-123456 " becomes "SMR-123456"); empty for null. */
    public static String normalize(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    /** The normalised number, or a {@link RuleViolation} on {@code field} in Dutch. */
    public static String require(String field, String value) {
        String number = normalize(value);
        if (!isValid(number)) {
            throw new RuleViolation(field, number.isEmpty() ? "vul een registratienummer in (SMR-123456)"
                    : "'" + number + "' is geen registratienummer; de vorm is SMR-123456");
        }
        return number;
    }

    /** Formats the n-th number of the register. */
    public static String of(long n) {
        return "SMR-%06d".formatted(n);
    }
}
