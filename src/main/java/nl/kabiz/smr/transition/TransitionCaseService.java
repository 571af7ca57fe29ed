package nl.kabiz.smr.transition;

import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.casework.RegistrationNumber;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.document.DocumentStore;
import nl.kabiz.smr.document.DocumentType;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.notification.MailService;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.transition.process.TransitionProcess;
import nl.kabiz.smr.transition.process.TransitionProcessAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** A transition case from the portal's and the register's side: evidence, extension requests, outcome, status. */
@Service
public class TransitionCaseService {

    static final Pattern REFERENCE = Pattern.compile("TRANS-" + RegistrationNumber.FORMAT);
    static final String REMINDER_TEMPLATE = "transition-reminder";
    static final int MAX_DOCUMENTS = 10;

    private final TransitionCaseRepository repository;
    private final TransitionProcessAdapter process;
    private final CoachRegister register;
    private final DocumentStore documents;
    private final MailService mail;
    private final Clock clock;
    private final String objectionText;

    TransitionCaseService(TransitionCaseRepository repository, TransitionProcessAdapter process, CoachRegister register,
            DocumentStore documents, MailService mail, Clock clock, @Value("${smr.objection.text}") String objectionText) {
        this.repository = repository;
        this.process = process;
        this.register = register;
        this.documents = documents;
        this.mail = mail;
        this.clock = clock;
        this.objectionText = objectionText;
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
        String supervisor = supervisorRegistrationNumber == null ? "" : supervisorRegistrationNumber.strip();
        if (!supervisor.matches(RegistrationNumber.FORMAT)) {
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
        List<StoredDocument> earlier = documents.forCase(reference);
        List<StoredDocument> stored = new ArrayList<>();
        for (MultipartFile file : certs) {
            stored.add(documents.store(reference, DocumentType.TRAINING_CERTIFICATE, file.getOriginalFilename(),
                    file.getBytes(), uploadedBy));
        }
        for (MultipartFile file : others) {
            stored.add(documents.store(reference, DocumentType.OTHER, file.getOriginalFilename(), file.getBytes(),
                    uploadedBy));
        }
        // the reviewer sees what is new in this submission, and what the coach sent before
        StringBuilder list = new StringBuilder();
        for (StoredDocument d : stored) {
            list.append(documentLine(d)).append(earlier.isEmpty() ? "\n" : " — **nieuw in deze inzending**\n");
        }
        if (!earlier.isEmpty()) {
            list.append("\nEerder ingediend:\n\n");
            for (StoredDocument d : earlier) {
                list.append(documentLine(d)).append(" (ontvangen ").append(RegisterTime.longDate(d.uploadedAt()))
                        .append(")\n");
            }
        }
        process.submitEvidence(reference, supervisor,
                epaSummary == null || epaSummary.isBlank() ? "Geen EPA-aantallen opgegeven." : epaSummary.strip(),
                list.toString());
        return view(reference);
    }

    private static String documentLine(StoredDocument d) {
        return "- [" + d.typeLabel() + ": " + d.fileName().replaceAll("[\\[\\]()]", "_") + "](" + d.contentPath() + ")";
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
        process.requestExtension(reference, reason.strip());
        return view(reference);
    }

    /** Records the qualification in the register and closes the case (delegate). Returns the day. */
    @Transactional
    public LocalDate recordQualification(String reference, String registrationNumber, String profileVersion) {
        if (profileVersion == null || profileVersion.isBlank()) {
            throw new IllegalStateException("No profile version on case " + reference);
        }
        register.recordQualification(registrationNumber, profileVersion);
        repository.close(reference, TransitionStatus.QUALIFIED.name(), clock.instant());
        return LocalDate.now(clock);
    }

    /** Ends the registration after the confirmed deadline and closes the case (delegate). */
    @Transactional
    public Ended endRegistration(String reference, String registrationNumber) {
        register.endRegistration(registrationNumber);
        repository.close(reference, TransitionStatus.REGISTRATION_ENDED.name(), clock.instant());
        return new Ended(LocalDate.now(clock), objectionText);
    }

    public record Ended(LocalDate endedOn, String objectionText) {
    }

    @Transactional(readOnly = true)
    public TransitionCaseView view(String reference) {
        TransitionCaseRepository.CaseRow row = requireCase(reference);
        TransitionProcessAdapter.CaseState state = process.state(reference)
                .orElseThrow(() -> new CaseNotFound("Onbekende overgangszaak " + reference));
        Map<String, Object> v = state.variables();
        TransitionStatus status = status(state, row);
        List<LocalDate> pending = status == TransitionStatus.AWAITING_EVIDENCE
                ? Arrays.stream(String.valueOf(v.getOrDefault(TransitionProcess.PENDING_REMINDER_DATES, ""))
                        .split(",")).filter(s -> !s.isBlank() && !s.equals("null")).map(LocalDate::parse).toList()
                : List.of();
        List<java.time.OffsetDateTime> sent = mail.sentFor(reference).stream()
                .filter(m -> m.template().equals(REMINDER_TEMPLATE)).map(m -> m.sentAt()).toList();
        List<TransitionCaseView.Document> docs = documents.forCase(reference).stream()
                .map(d -> new TransitionCaseView.Document(d.id(), d.type().name(), d.typeLabel(), d.fileName(),
                        d.uploadedAt(), d.contentPath())).toList();
        Object deadlineDate = v.get(TransitionProcess.DEADLINE_DATE);
        return new TransitionCaseView(reference, row.registrationNumber(), (String) v.get(TransitionProcess.COACH_NAME),
                status, status.label(), row.openedAt(), day(v.get(TransitionProcess.TRANSITION_START)),
                v.get(TransitionProcess.TRANSITION_YEARS) instanceof Number n ? n.intValue() : null,
                deadlineDate == null ? null : LocalDate.parse(deadlineDate.toString()), sent, pending,
                new TransitionCaseView.Evidence(intValue(v.get(TransitionProcess.EVIDENCE_ROUND)),
                        (String) v.get(TransitionProcess.SUPERVISOR_REGISTRATION_NUMBER), docs),
                intValue(v.get(TransitionProcess.EXTENSION_ROUND)), (String) v.get(TransitionProcess.OUTCOME_REASON),
                row.closedAt());
    }

    private static TransitionStatus status(TransitionProcessAdapter.CaseState state,
            TransitionCaseRepository.CaseRow row) {
        if (!state.running()) {
            if (row.outcome() != null) {
                return TransitionStatus.valueOf(row.outcome());
            }
            return TransitionProcess.END_NOT_APPLICABLE.equals(state.endActivityId())
                    ? TransitionStatus.NOT_APPLICABLE : TransitionStatus.CLOSED;
        }
        List<String> active = state.activeActivityIds();
        if (active.contains(TransitionProcess.TASK_DECIDE_EXTENSION)) {
            return TransitionStatus.EXTENSION_REQUESTED;
        }
        if (active.contains(TransitionProcess.TASK_CONFIRM_END) || active.contains("serviceTask_endRegistration")
                || active.contains("serviceTask_sendRegistrationEnded")) {
            return TransitionStatus.DEADLINE_PASSED;
        }
        if (active.contains(TransitionProcess.TASK_ASSESS_COMPETENCIES)) {
            return TransitionStatus.ASSESSMENT;
        }
        if (active.contains(TransitionProcess.TASK_DECIDE_EDGE_CASE)) {
            return TransitionStatus.COMMISSION_DECISION;
        }
        if (active.contains(TransitionProcess.TASK_SEND_START_LETTER)) {
            return TransitionStatus.OPENING;
        }
        if (active.stream().anyMatch(a -> a.equals(TransitionProcess.TIMER_REMINDER_DUE)
                || a.equals(TransitionProcess.TIMER_DEADLINE_REACHED) || a.startsWith("serviceTask_sendReminder")
                || a.equals("serviceTask_sendEvidenceInsufficient") || a.startsWith("serviceTask_sendExtension"))) {
            return TransitionStatus.AWAITING_EVIDENCE;
        }
        return TransitionStatus.EVIDENCE_UNDER_REVIEW;
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

    private static int intValue(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toInstant().atZone(RegisterTime.ZONE).toLocalDate() : null;
    }
}
