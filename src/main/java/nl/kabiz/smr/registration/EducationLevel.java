package nl.kabiz.smr.registration;

import java.util.Arrays;
import java.util.Optional;

/** The applicant's highest education, as the portal sends it ({@code MBO-2} ... {@code FOREIGN}). */
public enum EducationLevel {
    MBO_2("MBO-2", "MBO niveau 2"),
    MBO_3("MBO-3", "MBO niveau 3"),
    MBO_4("MBO-4", "MBO niveau 4"),
    HBO("HBO", "HBO"),
    WO("WO", "WO"),
    FOREIGN("FOREIGN", "Buitenlands diploma");

    private final String code;
    private final String label;

    EducationLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<EducationLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
