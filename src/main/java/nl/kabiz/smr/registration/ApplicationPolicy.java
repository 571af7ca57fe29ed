package nl.kabiz.smr.registration;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks on an application that go beyond single fields (the fields themselves are checked by Bean
 * Validation first). Returns field -> Dutch reason; empty when the application is acceptable.
 */
public final class ApplicationPolicy {

    private ApplicationPolicy() {
    }

    public static Map<String, String> problems(RegistrationRequest request, LocalDate today, int minimumAge,
            int maximumAge) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.dateOfBirth() != null) {
            if (!request.dateOfBirth().isBefore(today)) {
                problems.put("dateOfBirth", "moet in het verleden liggen");
            } else {
                int age = Period.between(request.dateOfBirth(), today).getYears();
                if (age < minimumAge) {
                    problems.put("dateOfBirth", "de aanvrager moet minstens " + minimumAge + " jaar oud zijn");
                } else if (age > maximumAge) {
                    problems.put("dateOfBirth", "is niet aannemelijk (ouder dan " + maximumAge + " jaar)");
                }
            }
        }
        if (Boolean.TRUE.equals(request.healthcareProfessional())) {
            if (request.profession() == null || request.profession().isBlank()) {
                problems.put("profession", "is verplicht voor een zorgprofessional");
            }
        } else if (Boolean.FALSE.equals(request.healthcareProfessional())) {
            if (request.bigNumber() != null && !request.bigNumber().isBlank()) {
                problems.put("bigNumber", "alleen een zorgprofessional heeft een BIG-nummer");
            }
            if (Boolean.TRUE.equals(request.smrInProfessionalEducation())) {
                problems.put("smrInProfessionalEducation", "kan alleen bij een zorgprofessional");
            }
        }
        RegistrationRequest.Epa epa = request.epa();
        if (epa != null && epa.clients() != null && epa.clientsLimitedHealthLiteracy() != null
                && epa.clientsLimitedHealthLiteracy() > epa.clients()) {
            problems.put("epa.clientsLimitedHealthLiteracy", "kan niet groter zijn dan het aantal cliënten");
        }
        return problems;
    }

    /** The postal code as stored: four digits, a space, two capitals. */
    public static String normalizePostalCode(String postalCode) {
        String compact = postalCode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return compact.substring(0, 4) + " " + compact.substring(4);
    }
}
