package nl.kabiz.smr.document;

/** What a document is, as the portal sends it ({@code type} of an upload). */
public enum DocumentType {
    DIPLOMA("Diploma"),
    TRAINING_CERTIFICATE("Certificaat scholing"),
    EPA_PORTFOLIO("EPA-portfolio"),
    BIG_REGISTRATION("Uittreksel BIG-register"),
    SUPERVISOR_STATEMENT("Verklaring supervisor"),
    OTHER("Overig document");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
