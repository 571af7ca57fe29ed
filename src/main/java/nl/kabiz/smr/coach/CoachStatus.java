package nl.kabiz.smr.coach;

/** Whether a coach is in the register. */
public enum CoachStatus {
    ACTIVE("Ingeschreven"),
    ENDED("Uitgeschreven");

    private final String label;

    CoachStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
