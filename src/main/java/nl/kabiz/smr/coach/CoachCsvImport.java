package nl.kabiz.smr.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kabiz.smr.casework.RegistrationNumber;
import nl.kabiz.smr.casework.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the existing register from a CSV export, all or nothing.
 *
 * <p>Format: UTF-8, a header line
 * {@code registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional}, then one coach
 * per line; fields may be quoted with {@code "} (a quote inside a quoted field is doubled); dates ISO
 * ({@code 2015-03-01}); modules separated by {@code ;} ({@code BASIS;EXTRA_ZWANGER}), BASIS always included;
 * {@code true}/{@code false}. An optional last column {@code postalCode} (header
 * {@code ...,healthcareProfessional,postalCode}) holds the postal code ({@code 3511 AB}) or only its 4-digit area
 * ({@code 3511}); empty or absent keeps what the register has.
 *
 * <p>Every row is validated before anything is written. With any error nothing is loaded and the answer lists every
 * error as field {@code "row <line number>: <column>"} (line 1 is the header). The import is idempotent: a known
 * registration number updates name, email, city, first registration date, healthcare-professional flag and
 * modules, and keeps the coach's status, end date, linked Camunda user and profile qualification.
 */
@Service
public class CoachCsvImport {

    public static final List<String> COLUMNS = List.of("registrationNumber", "name", "email", "city",
            "initialRegistrationDate", "modules", "healthcareProfessional");
    /** The optional last column: files without it load as before. */
    public static final String POSTAL_CODE = "postalCode";
    /** More errors than this are summarised, so that a wrong file does not produce a megabyte of problems. */
    static final int MAX_REPORTED_ERRORS = 200;

    private static final Pattern NUMBER = Pattern.compile(RegistrationNumber.FORMAT);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    private static final Pattern POSTAL = Pattern.compile("([1-9][0-9]{3})\\s?([A-Za-z]{2})?");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final CoachRegister register;
    private final Clock clock;

    CoachCsvImport(CoachRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** The outcome of a successful import. */
    public record Result(int rows, int created, int updated) {
    }

    /** One valid row. */
    record Row(int line, String registrationNumber, String name, String email, String city,
            LocalDate initialRegistrationDate, Set<Module> modules, boolean healthcareProfessional,
            String postalCode) {
    }

    /**
     * Validates the whole file and, only when every row is valid, saves every coach in one transaction. Throws
     * {@link RuleViolation} (HTTP 400) listing each error otherwise.
     */
    @Transactional
    public Result importCsv(String csv) {
        List<Row> rows = parse(csv);
        int created = 0;
        for (Row row : rows) {
            if (register.save(merge(row, register.find(row.registrationNumber())))) {
                created++;
            }
        }
        return new Result(rows.size(), created, rows.size() - created);
    }

    /** Parses and validates; throws {@link RuleViolation} with every error found. */
    List<Row> parse(String csv) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String text = csv == null ? "" : csv.replace("\uFEFF", "");
        List<String> lines = text.lines().toList();
        int firstContent = 0;
        while (firstContent < lines.size() && lines.get(firstContent).isBlank()) {
            firstContent++;
        }
        if (firstContent == lines.size()) {
            throw new RuleViolation("file", "het bestand is leeg; verwacht een kopregel "
                    + String.join(",", COLUMNS) + " en minstens één coach");
        }
        List<String> header = split(lines.get(firstContent)).stream().map(String::strip).toList();
        List<String> withPostalCode = new ArrayList<>(COLUMNS);
        withPostalCode.add(POSTAL_CODE);
        if (!header.equals(COLUMNS) && !header.equals(withPostalCode)) {
            throw new RuleViolation("row " + (firstContent + 1) + ": header",
                    "de kopregel moet precies luiden: " + String.join(",", COLUMNS) + " (eventueel gevolgd door ,"
                            + POSTAL_CODE + ")");
        }
        int columns = header.size();
        Map<String, Integer> seen = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = firstContent + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int line = i + 1;
            parseRow(line, lines.get(i), columns, today, seen, errors).ifPresent(rows::add);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw new RuleViolation("file", "het bestand bevat alleen een kopregel en geen coaches");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(limit(errors));
        }
        return rows;
    }

    private Optional<Row> parseRow(int line, String text, int columns, LocalDate today, Map<String, Integer> seen,
            Map<String, String> errors) {
        String prefix = "row " + line + ": ";
        List<String> fields;
        try {
            fields = split(text);
        } catch (IllegalArgumentException e) {
            errors.put(prefix + "line", e.getMessage());
            return Optional.empty();
        }
        if (fields.size() != columns) {
            errors.put(prefix + "line", "verwacht " + columns + " kolommen, gevonden " + fields.size());
            return Optional.empty();
        }
        int before = errors.size();
        String number = fields.get(0).strip();
        if (!NUMBER.matcher(number).matches()) {
            errors.put(prefix + "registrationNumber", "'" + number + "' is geen registratienummer (SMR-123456)");
        } else if (seen.containsKey(number)) {
            errors.put(prefix + "registrationNumber", number + " komt dubbel voor in het bestand (ook in regel "
                    + seen.get(number) + ")");
        } else {
            seen.put(number, line);
        }
        String name = fields.get(1).strip();
        if (name.isEmpty() || name.length() > 250) {
            errors.put(prefix + "name", name.isEmpty() ? "is verplicht" : "is langer dan 250 tekens");
        }
        String email = fields.get(2).strip();
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            errors.put(prefix + "email", "'" + email + "' is geen geldig e-mailadres");
        }
        String city = fields.get(3).strip();
        if (city.length() > 100) {
            errors.put(prefix + "city", "is langer dan 100 tekens");
        }
        LocalDate since = null;
        String date = fields.get(4).strip();
        try {
            since = LocalDate.parse(date);
            if (since.isAfter(today)) {
                errors.put(prefix + "initialRegistrationDate", date + " ligt in de toekomst");
            } else if (since.isBefore(EARLIEST)) {
                errors.put(prefix + "initialRegistrationDate", date + " ligt vóór het bestaan van het register");
            }
        } catch (DateTimeParseException e) {
            errors.put(prefix + "initialRegistrationDate", "'" + date + "' is geen datum (JJJJ-MM-DD)");
        }
        Set<Module> modules = EnumSet.noneOf(Module.class);
        for (String code : fields.get(5).split(";", -1)) {
            String trimmed = code.strip().toUpperCase(Locale.ROOT);
            try {
                if (!modules.add(Module.valueOf(trimmed))) {
                    errors.put(prefix + "modules", "module " + trimmed + " staat er dubbel in");
                }
            } catch (IllegalArgumentException e) {
                errors.put(prefix + "modules", "onbekende module '" + code.strip() + "' (bekend: "
                        + String.join(", ", java.util.Arrays.stream(Module.values()).map(Enum::name).toList()) + ")");
            }
        }
        if (!errors.containsKey(prefix + "modules") && !modules.contains(Module.BASIS)) {
            errors.put(prefix + "modules", "BASIS ontbreekt (EXTRA-modules bouwen voort op BASIS)");
        }
        String professional = fields.get(6).strip().toLowerCase(Locale.ROOT);
        if (!professional.equals("true") && !professional.equals("false")) {
            errors.put(prefix + "healthcareProfessional", "'" + fields.get(6).strip() + "' moet true of false zijn");
        }
        String postalCode = null;
        if (columns > COLUMNS.size() && !fields.get(COLUMNS.size()).isBlank()) {
            java.util.regex.Matcher postal = POSTAL.matcher(fields.get(COLUMNS.size()).strip());
            if (postal.matches()) {
                postalCode = postal.group(2) == null ? postal.group(1)
                        : postal.group(1) + " " + postal.group(2).toUpperCase(Locale.ROOT);
            } else {
                errors.put(prefix + POSTAL_CODE, "'" + fields.get(COLUMNS.size()).strip()
                        + "' is geen postcode (1234 AB of 1234)");
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(line, number, name, email, city.isEmpty() ? null : city, since, modules,
                professional.equals("true"), postalCode));
    }

    /** The register entry after the import: the file's data, the register's status, user link and qualification. */
    private static Coach merge(Row row, Optional<Coach> existing) {
        List<Coach.CoachModule> modules = new ArrayList<>();
        for (Module module : row.modules()) {
            Optional<Coach.CoachModule> known = existing.flatMap(c -> c.module(module));
            modules.add(known.orElse(new Coach.CoachModule(module, row.initialRegistrationDate(), null, null)));
        }
        return existing.map(c -> new Coach(row.registrationNumber(), row.name(), row.email(), row.city(),
                        row.postalCode() != null ? row.postalCode() : c.postalCode(), row.initialRegistrationDate(), row.healthcareProfessional(), c.status(), c.endedOn(),
                        c.userId(), c.profileVersion(), c.profileQualifiedOn(), modules))
                .orElse(new Coach(row.registrationNumber(), row.name(), row.email(), row.city(), row.postalCode(),
                        row.initialRegistrationDate(), row.healthcareProfessional(), CoachStatus.ACTIVE, null, null,
                        null, null, modules));
    }

    /** Splits one CSV line; fields may be quoted, a quote inside a quoted field is doubled. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("aanhalingsteken niet afgesloten");
        }
        fields.add(field.toString());
        return fields;
    }

    private static Map<String, String> limit(Map<String, String> errors) {
        if (errors.size() <= MAX_REPORTED_ERRORS) {
            return errors;
        }
        Map<String, String> first = new LinkedHashMap<>();
        errors.entrySet().stream().limit(MAX_REPORTED_ERRORS).forEach(e -> first.put(e.getKey(), e.getValue()));
        first.put("file", "en nog " + (errors.size() - MAX_REPORTED_ERRORS) + " fouten; er is niets geladen");
        return first;
    }
}
