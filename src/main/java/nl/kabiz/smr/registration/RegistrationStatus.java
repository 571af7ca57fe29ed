package nl.kabiz.smr.registration;

/** Where an application stands: a stable code for the portal and a Dutch label for people. */
public enum RegistrationStatus {
    RECEIVED("Aanvraag ontvangen", false),
    IN_REVIEW("Documenten worden gecontroleerd", false),
    WAITING_FOR_DOCUMENTS("Wacht op aanvulling van documenten", false),
    SUPERVISOR_REPLACEMENT("Wacht op een andere supervisor", false),
    ASSESSMENT("Beoordeling door de supervisor", false),
    ASSESSMENT_OVERDUE("Beoordeling door de supervisor is te laat", false),
    COMMISSION("Ter beoordeling bij de Kwaliteitscommissie", false),
    REGISTERED("Ingeschreven in het register", true),
    REFUSED("Aanvraag afgewezen", true),
    NOT_CONSIDERED("Niet in behandeling genomen", true);

    private final String label;
    private final boolean closed;

    RegistrationStatus(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return closed;
    }
}
