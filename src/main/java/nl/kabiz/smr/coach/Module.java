package nl.kabiz.smr.coach;

/** The register's modules (profiles). New modules are added here and as a profile file under competency/profiles. */
public enum Module {
    BASIS("BASIS"),
    EXTRA_ZWANGER("EXTRA-Zwanger"),
    EXTRA_PSYCHIATRIE("EXTRA-Psychiatrie");

    private final String label;

    Module(String label) {
        this.label = label;
    }

    /** The Dutch name as the register shows it. */
    public String label() {
        return label;
    }
}
