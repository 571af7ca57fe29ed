package nl.kabiz.smr.extramodule;

/** Where an EXTRA-module application stands, as the portal shows it. Changed only by {@link ExtraModuleService}. */
public enum ExtraModuleStatus {
    RECEIVED("Ontvangen"),
    DOCUMENT_REVIEW("Documenten worden gecontroleerd"),
    SUPERVISOR_CHECK("Supervisor wordt getoetst"),
    ASSESSMENT("Beoordeling door de supervisor"),
    COMMISSION("Ter beslissing bij de Kwaliteitscommissie"),
    APPROVED("Toegekend"),
    REFUSED("Afgewezen");

    private final String label;

    ExtraModuleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == APPROVED || this == REFUSED;
    }
}
