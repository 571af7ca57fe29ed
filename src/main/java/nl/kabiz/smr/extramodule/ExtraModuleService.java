package nl.kabiz.smr.extramodule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.CaseDecisions;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.casework.RegistrationNumber;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.casework.UnacceptableDocument;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.competency.ProfileCatalog;
import nl.kabiz.smr.document.DocumentStore;
import nl.kabiz.smr.document.DocumentType;
import nl.kabiz.smr.document.StoredDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for an EXTRA module (EXTRA-Zwanger, EXTRA-Psychiatrie), whoever asks: the portal's API and the
 * procedure's steps. Every change to a case goes through here; the case table is the only truth, decisions go to
 * {@link CaseDecisions} with the person or the decision table that took them.
 */
@Service
public class ExtraModuleService {

    static final int MAX_CERTIFICATES = 10;
    static final int MAX_EPA_SUMMARY = 2000;

    private final ExtraModuleRepository repository;
    private final ExtraModuleProcedure procedure;
    private final CoachRegister register;
    private final ProfileCatalog profiles;
    private final DocumentStore documents;
    private final CaseDecisions decisions;
    private final ExtraModuleSettings settings;
    private final Clock clock;

    ExtraModuleService(ExtraModuleRepository repository, ExtraModuleProcedure procedure, CoachRegister register,
            ProfileCatalog profiles, DocumentStore documents, CaseDecisions decisions, ExtraModuleSettings settings,
            Clock clock) {
        this.repository = repository;
        this.procedure = procedure;
        this.register = register;
        this.profiles = profiles;
        this.documents = documents;
        this.decisions = decisions;
        this.settings = settings;
        this.clock = clock;
    }

    /** A training certificate as uploaded: the original name (a label only) and the bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /**
     * Checks the application, stores it with its certificates and starts the procedure, all in one transaction:
     * a refused field or file leaves nothing behind. {@link RuleViolation} naming each bad field (400),
     * {@link CaseNotFound} for an unknown coach (404), {@link CaseConflict} (409) when the coach holds the module, has
     * an open application for it, or the module has no published profile in force (no case is started then).
     */
    @Transactional
    public ExtraModuleApplication submit(String registrationNumber, String module, List<Upload> certificates,
            String supervisorRegistrationNumber, String epaSummary, String submittedBy) {
        Map<String, String> bad = new LinkedHashMap<>();
        String number = RegistrationNumber.normalize(registrationNumber);
        if (!RegistrationNumber.isValid(number)) {
            bad.put("registrationNumber", number.isEmpty() ? "vul uw registratienummer in (SMR-123456)"
                    : "'" + number + "' is geen registratienummer; de vorm is SMR-123456");
        }
        Module wanted = module(module);
        if (wanted == null) {
            bad.put("module", "kies de EXTRA-module: EXTRA_ZWANGER of EXTRA_PSYCHIATRIE");
        }
        List<Upload> files = certificates == null ? List.of()
                : certificates.stream().filter(f -> f != null && f.content() != null && f.content().length > 0).toList();
        if (files.isEmpty()) {
            bad.put("certificates", "lever minstens één certificaat van de scholing voor de module aan (PDF, PNG of JPEG)");
        } else if (files.size() > MAX_CERTIFICATES) {
            bad.put("certificates", "lever ten hoogste " + MAX_CERTIFICATES + " certificaten tegelijk aan");
        }
        String supervisor = RegistrationNumber.normalize(supervisorRegistrationNumber);
        if (!RegistrationNumber.isValid(supervisor)) {
            bad.put("supervisorRegistrationNumber", "vul het registratienummer van uw supervisor in (SMR-123456)");
        } else if (supervisor.equals(number)) {
            bad.put("supervisorRegistrationNumber", "u kunt niet uw eigen supervisor zijn");
        } else if (register.find(supervisor).isEmpty()) {
            bad.put("supervisorRegistrationNumber", "registratienummer " + supervisor + " is niet bekend in het register");
        }
        if (epaSummary != null && epaSummary.length() > MAX_EPA_SUMMARY) {
            bad.put("epaSummary", "is langer dan " + MAX_EPA_SUMMARY + " tekens");
        }
        if (!bad.isEmpty()) {
            throw new RuleViolation(bad);
        }
        Coach coach = register.find(number).orElseThrow(() -> new CaseNotFound("Onbekend registratienummer: " + number));
        if (!profiles.publishedInForce(wanted.name())) {
            throw new CaseConflict("Voor " + wanted.label() + " is nog geen competentieprofiel vastgesteld. U kunt deze"
                    + " module aanvragen zodra de Kwaliteitscommissie de eisen heeft gepubliceerd.");
        }
        LocalDate today = LocalDate.now(clock);
        if (coach.holds(wanted, today)) {
            throw new CaseConflict("U heeft " + wanted.label() + " al (sinds "
                    + RegisterTime.longDate(coach.module(wanted).orElseThrow().validFrom()) + ").");
        }
        if (repository.hasOpenApplication(number, wanted)) {
            throw new CaseConflict("U heeft al een lopende aanvraag voor " + wanted.label() + ".");
        }
        OffsetDateTime now = now();
        int sequence = repository.applicationCount(number, wanted) + 1;
        ExtraModuleApplication application = new ExtraModuleApplication(
                ExtraModuleApplication.reference(wanted, number, sequence), number, wanted, sequence,
                ExtraModuleStatus.RECEIVED, coach.name(), coach.email(), supervisor,
                epaSummary == null || epaSummary.isBlank() ? null : epaSummary.strip(), null, null, null, null, null,
                submittedBy, now, now, null);
        repository.insert(application);
        for (Upload file : files) {
            storeCertificate(application.reference(), file, submittedBy);
        }
        procedure.start(application);
        return application;
    }

    private void storeCertificate(String reference, Upload file, String submittedBy) {
        try {
            documents.store(reference, DocumentType.TRAINING_CERTIFICATE, file.fileName(), file.content(), submittedBy);
        } catch (UnacceptableDocument e) {
            String reason = (file.fileName() == null ? "" : file.fileName() + ": ") + e.getMessage();
            throw e.tooLarge() ? UnacceptableDocument.tooLarge("certificates", reason)
                    : UnacceptableDocument.wrongType("certificates", reason);
        } catch (RuleViolation e) {
            throw new RuleViolation("certificates", e.getMessage());
        }
    }

    private static Module module(String value) {
        if (value == null) {
            return null;
        }
        try {
            Module module = Module.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            return module == Module.BASIS ? null : module;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- the procedure's steps

    /** What DMN {@code extraModuleEligibility} decides on, read from the register now. */
    public record EligibilityFacts(String module, Boolean basisActive, Boolean inTransition,
            Boolean moduleProfilePublished, Boolean moduleTrainingCompleted, String educationLevel) {
    }

    /**
     * The facts for the eligibility decision. {@code moduleTrainingCompleted}: the application carries at least one
     * certificate (the API requires it); the case worker judges the certificates in the document review.
     * {@code educationLevel}: the register keeps none (checked at the BASIS registration), so null. A coach the
     * register no longer knows gives unknown (null) facts: the table sends such a case to the commission.
     */
    @Transactional(readOnly = true)
    public EligibilityFacts eligibilityFacts(String reference) {
        ExtraModuleApplication a = require(reference);
        Optional<Coach> coach = register.find(a.registrationNumber());
        Boolean basisActive = coach.map(c -> c.holds(Module.BASIS, LocalDate.now(clock))).orElse(null);
        Boolean inTransition = coach.isPresent() ? register.transitionUntil(a.registrationNumber()).isPresent() : null;
        boolean certificates = documents.forCase(reference).stream()
                .anyMatch(d -> d.type() == DocumentType.TRAINING_CERTIFICATE);
        return new EligibilityFacts(a.module().name(), basisActive, inTransition,
                profiles.publishedInForce(a.module().name()), certificates, null);
    }

    /** A case worker reviews the documents: the case's documents for the form. */
    @Transactional
    public List<StoredDocument> startReview(String reference) {
        ExtraModuleApplication a = require(reference);
        repository.update(a.with(ExtraModuleStatus.DOCUMENT_REVIEW, now()));
        return documents.forCase(reference);
    }

    /** A decision that does not close the case (eligible, admitted, documents complete, supervisor accepted). */
    @Transactional
    public Decision record(String reference, String outcome, String decidedBy, String reason) {
        require(reference);
        return decisions.record(reference, outcome, decidedBy, reason);
    }

    /** The case goes to the Kwaliteitscommissie; the reason is the question the commission answers. */
    @Transactional
    public Decision toCommission(String reference, String decidedBy, String reason) {
        ExtraModuleApplication a = require(reference);
        repository.update(a.with(ExtraModuleStatus.COMMISSION, now()));
        return decisions.record(reference, "TO_COMMISSION", decidedBy, reason);
    }

    /** Refuses the application and closes the case; the decision carries the objection route. */
    @Transactional
    public Decision refuse(String reference, String decidedBy, String reason) {
        ExtraModuleApplication a = requireOpen(reference);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("commissionReason", "geef de reden van de afwijzing; de coach krijgt die te lezen");
        }
        repository.update(a.closed(ExtraModuleStatus.REFUSED, reason.strip(), null, now()));
        return decisions.recordAgainstCoach(reference, "REFUSED", decidedBy, reason.strip());
    }

    /** The commission's answer on a supervisor who does not hold the module; the case goes back to the rule. */
    @Transactional
    public Decision supervisorApproval(String reference, boolean approved, String decidedBy, String reason) {
        ExtraModuleApplication a = require(reference);
        repository.update(a.with(ExtraModuleStatus.SUPERVISOR_CHECK, now()));
        return decisions.record(reference, approved ? "SUPERVISOR_APPROVED" : "SUPERVISOR_NOT_APPROVED", decidedBy,
                reason);
    }

    /** The supervisor named on the case is being checked; whether they hold the module today. */
    @Transactional
    public boolean supervisorHoldsModule(String reference) {
        ExtraModuleApplication a = require(reference);
        repository.update(a.withSupervisor(a.supervisorRegistrationNumber(), now()));
        return register.find(a.supervisorRegistrationNumber())
                .map(c -> c.holds(a.module(), LocalDate.now(clock))).orElse(false);
    }

    /** The coach names another supervisor (a case worker types the number in Tasklist). */
    @Transactional
    public String changeSupervisor(String reference, String newSupervisor) {
        ExtraModuleApplication a = require(reference);
        String number = RegistrationNumber.require("newSupervisorRegistrationNumber", newSupervisor);
        if (number.equals(a.registrationNumber())) {
            throw new RuleViolation("newSupervisorRegistrationNumber", "de coach kan niet zijn eigen supervisor zijn");
        }
        repository.update(a.withSupervisor(number, now()));
        return number;
    }

    /**
     * The supervisor is asked to assess against the module's profile version: the reminder and escalation moments
     * (smr.extra-module.*) are kept in the case, and the model's timers fire on them.
     */
    @Transactional
    public ExtraModuleApplication assessmentRequested(String reference, String profileVersion) {
        ExtraModuleApplication a = require(reference);
        OffsetDateTime now = now();
        ExtraModuleApplication updated = a.withAssessment(profileVersion, now.plus(settings.supervisorReminder()),
                now.plus(settings.assessmentEscalation()), now);
        repository.update(updated);
        return updated;
    }

    /**
     * Adds the module to the coach in the register, with the version of the module's profile the supervisor
     * assessed against and today, and closes the case as approved. The approval itself is recorded where it was
     * decided (rules or commission).
     */
    @Transactional
    public ExtraModuleApplication grant(String reference) {
        ExtraModuleApplication a = requireOpen(reference);
        String version = a.profileVersion() != null ? a.profileVersion()
                : profiles.inForce(a.module().name()).version();
        Coach coach = register.grantModule(a.registrationNumber(), a.module(), version);
        LocalDate day = coach.module(a.module()).orElseThrow().validFrom();
        ExtraModuleApplication approved = new ExtraModuleApplication(a.reference(), a.registrationNumber(), a.module(),
                a.sequenceNumber(), a.status(), a.coachName(), a.coachEmail(), a.supervisorRegistrationNumber(),
                a.epaSummary(), version, null, null, a.outcomeReason(), day, a.submittedBy(), a.openedAt(),
                a.updatedAt(), a.closedAt()).closed(ExtraModuleStatus.APPROVED,
                        a.module().label() + " toegekend onder profielversie " + version, day, now());
        repository.update(approved);
        return approved;
    }

    // ---- reading

    @Transactional(readOnly = true)
    public ExtraModuleApplication get(String reference) {
        return require(reference);
    }

    /** The case as the portal and case workers see it: from the case table, its decisions and documents only. */
    @Transactional(readOnly = true)
    public ExtraModuleView view(String reference) {
        ExtraModuleApplication a = require(reference);
        return ExtraModuleView.of(a, decisions.forCase(reference), documents.forCase(reference));
    }

    private ExtraModuleApplication require(String reference) {
        return (reference == null ? Optional.<ExtraModuleApplication>empty() : repository.find(reference))
                .orElseThrow(() -> new CaseNotFound("Onbekende aanvraag voor een EXTRA-module: " + reference));
    }

    private ExtraModuleApplication requireOpen(String reference) {
        ExtraModuleApplication a = require(reference);
        if (a.status().isClosed()) {
            throw new CaseConflict("De aanvraag " + reference + " is al afgesloten (" + a.status().label() + ")");
        }
        return a;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
