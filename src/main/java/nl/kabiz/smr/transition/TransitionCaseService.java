package nl.kabiz.smr.transition;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.RegistrationNumber;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.document.DocumentStore;
import nl.kabiz.smr.document.DocumentType;
import nl.kabiz.smr.notification.MailService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A transition case from the portal's side: evidence, extension requests, and where the case stands, read from
 * the case table, the register, the documents, the decisions and the mail log only (never from the engine).
 */
@Service
public class TransitionCaseService {

    static final Pattern REFERENCE = Pattern.compile("TRANS-" + RegistrationNumber.FORMAT);
    static final String REMINDER_TEMPLATE = "transition-reminder";
    static final int MAX_DOCUMENTS = 10;

    private final TransitionCaseRepository repository;
    private final TransitionProcedure procedure;
    private final CoachRegister register;
    private final DocumentStore documents;
    private final MailService mail;
    private final TransitionCaseSteps steps;

    TransitionCaseService(TransitionCaseRepository repository, TransitionProcedure procedure, CoachRegister register,
            DocumentStore documents, MailService mail, TransitionCaseSteps steps) {
        this.repository = repository;
        this.procedure = procedure;
        this.register = register;
        this.documents = documents;
        this.mail = mail;
        this.steps = steps;
    }

    /**
     * Stores the coach's training certificates (and other documents) and resumes the case: review by a case
     * worker, then the supervisor's assessment. All in one transaction: a refused file or a case that does not
     * wait for evidence stores nothing.
     */
    @Transactional
    public TransitionCaseView submitEvidence(String reference, List<MultipartFile> certificates,
            List<MultipartFile> otherDocuments, String supervisorRegistrationNumber, String epaSummary,
            String uploadedBy) throws IOException {
        requireCase(reference);
        List<MultipartFile> certs = present(certificates);
        List<MultipartFile> others = present(otherDocuments);
        if (certs.isEmpty()) {
            throw new RuleViolation("certificates", "lever minstens één opleidingscertificaat aan");
        }
        if (certs.size() + others.size() > MAX_DOCUMENTS) {
            throw new RuleViolation("certificates", "lever ten hoogste " + MAX_DOCUMENTS + " documenten tegelijk aan");
        }
        String supervisor = RegistrationNumber.normalize(supervisorRegistrationNumber);
        if (!RegistrationNumber.isValid(supervisor)) {
            throw new RuleViolation("supervisorRegistrationNumber",
                    "vul het registratienummer van uw supervisor in (SMR-123456)");
        }
        if (register.find(supervisor).isEmpty()) {
            // eligibility (experience, a login) is the procedure's business; an unknown number is bad input
            throw new RuleViolation("supervisorRegistrationNumber",
                    "registratienummer " + supervisor + " is niet bekend in het register");
        }
        if (epaSummary != null && epaSummary.length() > 2000) {
            throw new RuleViolation("epaSummary", "is langer dan 2000 tekens");
        }
        for (MultipartFile file : certs) {
            documents.store(reference, DocumentType.TRAINING_CERTIFICATE, file.getOriginalFilename(), file.getBytes(),
                    uploadedBy);
        }
        for (MultipartFile file : others) {
            documents.store(reference, DocumentType.OTHER, file.getOriginalFilename(), file.getBytes(), uploadedBy);
        }
        procedure.submitEvidence(reference, steps.evidenceSubmitted(reference, supervisor,
                epaSummary == null || epaSummary.isBlank() ? "Geen EPA-aantallen opgegeven." : epaSummary.strip(),
                documents.forCase(reference)));
        return view(reference);
    }

    /** Hands the coach's extension request to the commission. */
    @Transactional
    public TransitionCaseView requestExtension(String reference, String reason) {
        requireCase(reference);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "geef de reden van uw verzoek om verlenging");
        }
        if (reason.length() > 4000) {
            throw new RuleViolation("reason", "is langer dan 4000 tekens");
        }
        procedure.requestExtension(reference, steps.extensionRequested(reference), reason.strip());
        return view(reference);
    }

    @Transactional(readOnly = true)
    public TransitionCaseView view(String reference) {
        TransitionCaseRepository.CaseRow row = requireCase(reference);
        TransitionStatus status = row.status();
        List<java.time.LocalDate> pending = status == TransitionStatus.AWAITING_EVIDENCE
                ? repository.pendingReminders(reference) : List.of();
        List<OffsetDateTime> sent = mail.sentFor(reference).stream()
                .filter(m -> m.template().equals(REMINDER_TEMPLATE)).map(m -> m.sentAt()).toList();
        List<TransitionCaseView.Document> docs = documents.forCase(reference).stream()
                .map(d -> new TransitionCaseView.Document(d.id(), d.type().name(), d.typeLabel(), d.fileName(),
                        d.uploadedAt(), d.contentPath())).toList();
        // the decision table's reason, for the current round of evidence only
        String outcomeReason = steps.latest(reference, TransitionDecision.Question.OUTCOME)
                .filter(d -> row.evidenceSubmittedAt() == null || !d.decidedAt().isBefore(row.evidenceSubmittedAt()))
                .map(Decision::reason).orElse(null);
        return new TransitionCaseView(reference, row.registrationNumber(),
                register.find(row.registrationNumber()).map(Coach::name).orElse(null), status, status.label(),
                row.openedAt(), row.transitionStart(), row.transitionYears(), row.deadline(), sent, pending,
                new TransitionCaseView.Evidence(row.evidenceRounds(), row.supervisorRegistrationNumber(), docs),
                row.extensionRequests(), outcomeReason, row.closedAt());
    }

    private TransitionCaseRepository.CaseRow requireCase(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new CaseNotFound("Onbekende overgangszaak " + reference);
        }
        return repository.findCase(reference)
                .orElseThrow(() -> new CaseNotFound("Onbekende overgangszaak " + reference));
    }

    private static List<MultipartFile> present(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }
}
