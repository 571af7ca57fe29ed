package nl.kabiz.smr.publicregister;

/**
 * What the smoker needs, as the public register asks it: the tiers of the JZOJP framework ("Juiste Zorg op de
 * Juiste Plek") that registered coaches provide, and the Rookvrije Ouders referral network. The code is the
 * module's stored value in {@code coach_module.module} (or, for Rookvrije Ouders, column
 * {@code coach.rookvrije_ouders_since}).
 */
public enum Need {
    BASIS("stoppen met roken", "niveau 3: begeleiding door een geregistreerde coach (BASIS)"),
    EXTRA_ZWANGER("zwanger of kinderwens", "niveau 3a: coach met EXTRA-Zwanger"),
    EXTRA_PSYCHIATRIE("psychische klachten of verslaving", "niveau 3b: coach met EXTRA-Psychiatrie"),
    ROOKVRIJE_OUDERS("Rookvrije Ouders", "coach in het verwijsnetwerk Rookvrije Ouders (met EXTRA-Zwanger)");

    private final String label;
    private final String explanation;

    Need(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** The Dutch choice as the page shows it. */
    public String label() {
        return label;
    }

    /** The tier or network behind the choice, in Dutch. */
    public String explanation() {
        return explanation;
    }

    /** True when the need is a module held in {@code coach_module}. */
    public boolean isModule() {
        return this != ROOKVRIJE_OUDERS;
    }
}
