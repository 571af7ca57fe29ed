package nl.kabiz.smr.publicregister;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.coach.SearchKeys;

/**
 * One search of the public register, checked: the page and the API accept the same parameters. Empty parameters
 * count as absent (an HTML form sends every field); anything else that is not valid is refused with HTTP 400 naming
 * each bad parameter in Dutch, before any query runs.
 *
 * @param nameWords the words of the name searched; each must begin a word of the coach's name
 * @param registrationNumber {@code SMR-000123}
 * @param cityKey the city's search key (whole city name, case and accents ignored)
 * @param postalArea 4 digits
 * @param need what the smoker needs
 * @param page 1-based
 */
record CoachSearch(List<String> nameWords, String registrationNumber, String cityKey, String postalArea, Need need,
        int page, int size) {

    static final List<String> PARAMETERS = List.of("name", "registrationNumber", "city", "postalCode", "need", "page",
            "size");
    static final int MAX_TEXT = 100;
    static final int MAX_WORDS = 6;
    static final int MAX_PAGE = 100_000;

    private static final Pattern NUMBER = Pattern.compile("(?:SMR-?)?(\\d{6})");
    private static final Pattern POSTAL = Pattern.compile("([1-9]\\d{3})\\s*(?:[A-Za-z]{2})?");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    boolean hasFilter() {
        return !nameWords.isEmpty() || registrationNumber != null || cityKey != null || postalArea != null
                || need != null;
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    /** Checks the parameters (first value of each); throws {@link RuleViolation} (400) listing every bad one. */
    static CoachSearch of(Map<String, String> parameters, int defaultSize, int maxSize) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = value(parameters, "name");
        List<String> words = List.of();
        if (name != null) {
            words = SearchKeys.words(name);
            if (name.length() > MAX_TEXT || CONTROL.matcher(name).find()) {
                errors.put("name", "is langer dan " + MAX_TEXT + " tekens of bevat ongeldige tekens");
            } else if (String.join("", words).length() < 2) {
                errors.put("name", "vul minstens 2 letters van de naam in");
            } else if (words.size() > MAX_WORDS) {
                errors.put("name", "gebruik ten hoogste " + MAX_WORDS + " woorden");
            }
        }
        String number = value(parameters, "registrationNumber");
        String registrationNumber = null;
        if (number != null) {
            Matcher m = NUMBER.matcher(number.toUpperCase(Locale.ROOT));
            if (number.length() <= MAX_TEXT && m.matches()) {
                registrationNumber = "SMR-" + m.group(1);
            } else {
                errors.put("registrationNumber", "is geen registratienummer (SMR-123456)");
            }
        }
        String city = value(parameters, "city");
        String cityKey = null;
        if (city != null) {
            cityKey = SearchKeys.key(city);
            if (city.length() > MAX_TEXT || CONTROL.matcher(city).find()) {
                errors.put("city", "is langer dan " + MAX_TEXT + " tekens of bevat ongeldige tekens");
            } else if (cityKey.isEmpty()) {
                errors.put("city", "vul een plaatsnaam in");
            }
        }
        String postal = value(parameters, "postalCode");
        String postalArea = null;
        if (postal != null) {
            Matcher m = POSTAL.matcher(postal);
            if (postal.length() <= MAX_TEXT && m.matches()) {
                postalArea = m.group(1);
            } else {
                errors.put("postalCode", "is geen postcodegebied: vul de 4 cijfers van een postcode in (bijvoorbeeld 3511)");
            }
        }
        String needValue = value(parameters, "need");
        Need need = null;
        if (needValue != null) {
            need = Arrays.stream(Need.values()).filter(n -> n.name().equalsIgnoreCase(needValue)).findFirst()
                    .orElse(null);
            if (need == null) {
                errors.put("need", "onbekende keuze; kies uit "
                        + String.join(", ", Arrays.stream(Need.values()).map(Enum::name).toList()));
            }
        }
        int page = number(parameters, "page", 1, 1, MAX_PAGE, "is geen paginanummer (1 tot en met " + MAX_PAGE + ")",
                errors);
        int size = number(parameters, "size", defaultSize, 1, maxSize,
                "moet een getal van 1 tot en met " + maxSize + " zijn", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return new CoachSearch(words, registrationNumber, cityKey, postalArea, need, page, size);
    }

    private static int number(Map<String, String> parameters, String key, int absent, int min, int max,
            String reason, Map<String, String> errors) {
        String text = value(parameters, key);
        if (text == null) {
            return absent;
        }
        try {
            int n = text.length() > 9 ? -1 : Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(key, reason);
        return absent;
    }

    private static String value(Map<String, String> parameters, String key) {
        String v = parameters.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
