package nl.kabiz.smr.transition;

/** Where a transition case stands, as the portal and the API show it. */
public enum TransitionStatus {
    OPENING("Zaak wordt geopend"),
    AWAITING_EVIDENCE("Wacht op bewijsstukken van de coach"),
    EVIDENCE_UNDER_REVIEW("Bewijsstukken in behandeling"),
    ASSESSMENT("Beoordeling door de supervisor"),
    COMMISSION_DECISION("Voorgelegd aan de Kwaliteitscommissie"),
    EXTENSION_REQUESTED("Verlenging aangevraagd"),
    DEADLINE_PASSED("Uiterste datum verstreken, beëindiging wordt bevestigd"),
    QUALIFIED("Gekwalificeerd onder het nieuwe profiel"),
    REGISTRATION_ENDED("Registratie beëindigd"),
    NOT_APPLICABLE("Overgangsregeling niet van toepassing"),
    CLOSED("Afgesloten");

    private final String label;

    TransitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
