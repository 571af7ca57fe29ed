package nl.kabiz.smr.browser;

/**
 * The labels of the Camunda Forms (./forms) the browser suite fills, per form. A label may be given by its
 * beginning ({@link TaskForm#field(String)}), so small wording changes at the end need no change here.
 */
public final class FormLabels {

    private FormLabels() {
    }

    /** forms/review-documents.form */
    public static final class ReviewDocuments {
        public static final String TRAINING_COMPLETED = "Het scholingscertificaat toont";
        public static final String OUTCOME = "Uitkomst van de controle";
        public static final String COMPLETE = "Compleet";
        public static final String INCOMPLETE = "Onvolledig";
        public static final String MISSING = "Wat ontbreekt er?";

        private ReviewDocuments() {
        }
    }

    /** forms/assess-competencies.form (registration and transition) */
    public static final class Assessment {
        /** One checkbox that judges every requirement sufficient (hides the per-requirement judgements). */
        public static final String ALL_SUFFICIENT = "Alle eisen voldoende";
        /** Per requirement (a row of the dynamic list, found by its code, e.g. "7.2"): the judgement. */
        public static final String REQUIREMENT_JUDGEMENT = "Oordeel";
        public static final String SUFFICIENT = "Voldoende";
        public static final String INSUFFICIENT = "Onvoldoende";
        public static final String REQUIREMENT_REMARK = "Opmerking bij deze eis";
        public static final String EPA_CONFIRMED = "Ik bevestig dat de coach de opgegeven EPA-aantallen";
        public static final String JUDGEMENT = "Eindoordeel";
        public static final String POSITIVE = "Positief";
        public static final String NEGATIVE = "Negatief";
        public static final String REMARKS = "Toelichting op uw eindoordeel";

        private Assessment() {
        }
    }

    /** forms/decide-registration.form */
    public static final class DecideRegistration {
        public static final String DECISION = "Besluit van de commissie";
        public static final String APPROVE = "Registreren";
        public static final String REJECT = "Afwijzen";
        public static final String REASON = "Schriftelijke motivering";

        private DecideRegistration() {
        }
    }

    /** forms/transition-review-evidence.form */
    public static final class ReviewEvidence {
        public static final String OUTCOME = "Zijn de bewijsstukken compleet en geldig?";
        public static final String COMPLETE = "Compleet";
        public static final String INCOMPLETE = "Onvolledig";
        public static final String DOUBT = "Ik twijfel aan de bewijsstukken";
        public static final String REMARKS = "Toelichting voor de coach";

        private ReviewEvidence() {
        }
    }

    /** forms/transition-decide-extension.form */
    public static final class DecideExtension {
        public static final String DECISION = "Besluit";
        public static final String GRANT = "Verlenging toekennen";
        public static final String REFUSE = "Verlenging weigeren";
        /** A text field: a Dutch date typed as dd-mm-jjjj ({@link TasklistTexts#DATE_TYPED}). */
        public static final String NEW_DEADLINE = "Nieuwe uiterste datum";
        public static final String REASON = "Motivering van het besluit";

        private DecideExtension() {
        }
    }

    /** forms/transition-confirm-end.form */
    public static final class ConfirmEnd {
        public static final String CONFIRMED = "Ik heb gecontroleerd dat er geen bewijsstukken";
        public static final String REMARKS = "Opmerking voor het dossier";

        private ConfirmEnd() {
        }
    }
}
