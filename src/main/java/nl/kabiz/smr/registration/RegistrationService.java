package nl.kabiz.smr.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.CaseDecisions;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.RegistrationNumber;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.SupervisorDirectory;
import nl.kabiz.smr.document.DocumentStore;
import nl.kabiz.smr.document.DocumentType;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.system.ReferenceCounter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for registration of a new coach: accepting them from the portal, their documents, and every change
 * the procedure makes to them (status, handling period, deadlines, supervisor, decision). The case table
 * ({@code registration_application}) is the only record of all of it; the procedure is reached through
 * {@link RegistrationProcedure}.
 */
@Service
public class RegistrationService {

    static final String COUNTER_PREFIX = "registration-";
    /** Who decided when the decision table {@code registrationEligibility} did. */
    public static final String DECIDED_BY_RULES = Decision.byRules("registrationEligibility");

    private final RegistrationRepository applications;
    private final RegistrationProcedure procedure;
    private final DocumentStore documents;
    private final SupervisorDirectory supervisors;
    private final CoachRegister register;
    private final CaseDecisions decisions;
    private final ReferenceCounter counter;
    private final RegistrationSettings settings;
    private final int handlingPeriodDays;
    private final Clock clock;

    RegistrationService(RegistrationRepository applications, RegistrationProcedure procedure,
            DocumentStore documents, SupervisorDirectory supervisors, CoachRegister register,
            CaseDecisions decisions, ReferenceCounter counter, RegistrationSettings settings,
            @Value("${smr.handling.decision-period-days}") int handlingPeriodDays, Clock clock) {
        this.applications = applications;
        this.procedure = procedure;
        this.documents = documents;
        this.supervisors = supervisors;
        this.register = register;
        this.decisions = decisions;
        this.counter = counter;
        this.settings = settings;
        this.handlingPeriodDays = handlingPeriodDays;
        this.clock = clock;
    }

    /**
     * Accepts a (Bean-validated) application: domain checks (400 naming each field), one open case per email
     * (409), then the row and the procedure's start in one transaction.
     */
    @Transactional
    public RegistrationApplication submit(RegistrationRequest request, String submittedBy) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = new LinkedHashMap<>(
                ApplicationPolicy.problems(request, today, settings.minimumAge(), settings.maximumAge()));
        if (supervisors.find(request.supervisorRegistrationNumber()).isEmpty()) {
            problems.put("supervisorRegistrationNumber",
                    "is geen actief geregistreerde supervisor in het register");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (applications.hasOpenCase(request.email().trim())) {
            throw new CaseConflict("Er loopt al een aanvraag voor dit e-mailadres");
        }
        OffsetDateTime now = now();
        String reference = "REG-%d-%06d".formatted(today.getYear(),
                counter.next(COUNTER_PREFIX + today.getYear(), 1));
        RegistrationApplication application = RegistrationApplication.received(reference, request,
                HandlingPeriod.start(today, handlingPeriodDays), submittedBy, now);
        try {
            applications.insert(application);
        } catch (DuplicateKeyException raced) {
            throw new CaseConflict("Er loopt al een aanvraag voor dit e-mailadres");
        }
        procedure.start(application);
        return application;
    }

    /** Stores a document of an open case and resumes the case if it waits for documents. */
    @Transactional
    public StoredDocument addDocument(String reference, String type, String fileName, byte[] content,
            String uploadedBy) {
        RegistrationApplication application = applications.findForUpdate(reference)
                .orElseThrow(() -> notFound(reference));
        if (application.status().isClosed()) {
            throw new CaseConflict("De zaak " + reference + " is gesloten (" + application.status().label()
                    + "); er kunnen geen documenten meer worden toegevoegd");
        }
        DocumentType documentType = parseType(type);
        StoredDocument stored = documents.store(reference, documentType, fileName, content, uploadedBy);
        procedure.documentsChanged(reference, documents.forCase(reference));
        return stored;
    }

    @Transactional(readOnly = true)
    public RegistrationApplication get(String reference) {
        return applications.find(reference).orElseThrow(() -> notFound(reference));
    }

    @Transactional(readOnly = true)
    public List<StoredDocument> documents(String reference) {
        return documents.forCase(reference);
    }

    // ---- changes made by the procedure

    /**
     * The case waits in another step: its open status. The one place an open case changes status (a closed case
     * gets its final status with the decision: {@link #register}, {@link #refuse}, {@link #closeNotConsidered},
     * {@link #closeWithoutSupervisor}).
     */
    @Transactional
    public void changeStatus(String reference, RegistrationStatus status) {
        RegistrationApplication application = requireOpen(reference);
        applications.update(application.withStatus(status, now()));
    }

    /** Document review starts (again): the training route is on the case; returns the documents to review. */
    @Transactional
    public List<StoredDocument> startReview(String reference, String trainingRoute) {
        applications.update(requireOpen(reference).withTrainingRoute(trainingRoute, now()));
        return documents.forCase(reference);
    }

    /**
     * The documents are incomplete: the handling period stops until the coach answers, and the case gets the
     * moments the coach is reminded and the case closes. Returns the case's deadlines.
     */
    @Transactional
    public RegistrationApplication.Deadlines waitForDocuments(String reference, String missingDocuments) {
        RegistrationApplication application = requireOpen(reference);
        OffsetDateTime now = now();
        RegistrationApplication waiting = application.waitingForDocuments(
                application.handlingPeriod().suspend(LocalDate.now(clock)),
                now.plus(settings.documentReminderDuration()), now.plus(settings.documentDeadlineDuration()),
                missingDocuments, now);
        applications.update(waiting);
        return waiting.deadlines();
    }

    /** The coach sent documents: the handling period runs again, later by the days waited. */
    @Transactional
    public HandlingPeriod documentsReceived(String reference) {
        RegistrationApplication application = requireOpen(reference);
        HandlingPeriod resumed = application.handlingPeriod().resume(LocalDate.now(clock));
        applications.update(application.documentsReceived(resumed, now()));
        return resumed;
    }

    /**
     * A round of the supervisor's assessment starts: the case gets the moments the supervisor is reminded and the
     * assessment goes to a case worker. Returns the case's deadlines.
     */
    @Transactional
    public RegistrationApplication.Deadlines startAssessment(String reference) {
        OffsetDateTime now = now();
        RegistrationApplication assessing = requireOpen(reference).assessmentStarted(
                now.plus(settings.supervisorReminderDuration()), now.plus(settings.assessmentEscalationDuration()),
                now);
        applications.update(assessing);
        return assessing.deadlines();
    }

    /**
     * The case worker names another supervisor (the procedure checks them again). Returns the number as stored:
     * normalised, or a {@link RuleViolation} on the form field.
     */
    @Transactional
    public String changeSupervisor(String reference, String registrationNumber) {
        String number = RegistrationNumber.require("newSupervisorRegistrationNumber", registrationNumber);
        applications.update(requireOpen(reference).withSupervisor(number, now()));
        return number;
    }

    /**
     * Approved (by {@code decidedBy}: a person, or {@link #DECIDED_BY_RULES}): the coach enters the register
     * (BASIS from today) under the profile version assessed.
     */
    @Transactional
    public Coach register(String reference, String profileVersion, String decidedBy, String reason) {
        RegistrationApplication application = requireOpen(reference);
        Coach coach = register.registerNew(application.fullName(), application.email(), application.city(),
                application.postalCode(), application.healthcareProfessional(), profileVersion);
        close(application, decisions.record(reference, RegistrationStatus.REGISTERED.name(), decidedBy, reason),
                coach.registrationNumber(), profileVersion);
        return coach;
    }

    /** Refused (by a person, or {@link #DECIDED_BY_RULES}): the decision carries the objection route. */
    @Transactional
    public Decision refuse(String reference, String decidedBy, String reason, String profileVersion) {
        RegistrationApplication application = requireOpen(reference);
        Decision decision = decisions.recordAgainstCoach(reference, RegistrationStatus.REFUSED.name(), decidedBy,
                reason);
        close(application, decision, null, profileVersion);
        return decision;
    }

    /** The coach has no suitable supervisor: niet in behandeling genomen, with the case worker's note. */
    @Transactional
    public Decision closeWithoutSupervisor(String reference, String decidedBy, String caseWorkerNote) {
        RegistrationApplication application = requireOpen(reference);
        Decision decision = decisions.recordAgainstCoach(reference, RegistrationStatus.NOT_CONSIDERED.name(),
                decidedBy, "Geen geschikte supervisor beschikbaar" + (caseWorkerNote == null
                        || caseWorkerNote.isBlank() ? "" : ": " + caseWorkerNote));
        close(application, decision, null, null);
        return decision;
    }

    /**
     * The deadline for the missing documents passed: the case closes as "niet in behandeling genomen", decided by
     * the case worker who asked for them.
     */
    @Transactional
    public Decision closeNotConsidered(String reference, String decidedBy) {
        RegistrationApplication application = requireOpen(reference);
        Decision decision = decisions.recordAgainstCoach(reference, RegistrationStatus.NOT_CONSIDERED.name(),
                decidedBy, "Ontbrekende documenten niet binnen de termijn aangevuld: "
                        + application.missingDocuments());
        close(application, decision, null, null);
        return decision;
    }

    private void close(RegistrationApplication application, Decision decision, String registrationNumber,
            String profileVersion) {
        applications.update(application.closed(RegistrationStatus.valueOf(decision.outcome()), decision.decidedBy(),
                decision.reason(), registrationNumber, profileVersion, now()));
    }

    private RegistrationApplication requireOpen(String reference) {
        RegistrationApplication application = applications.find(reference).orElseThrow(() -> notFound(reference));
        if (application.status().isClosed()) {
            throw new CaseConflict("De zaak " + reference + " is al gesloten (" + application.status().label() + ")");
        }
        return application;
    }

    private static DocumentType parseType(String type) {
        if (type == null || type.isBlank()) {
            throw new RuleViolation("type", "is verplicht (een van: " + typeCodes() + ")");
        }
        try {
            return DocumentType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("type", "moet een van " + typeCodes() + " zijn");
        }
    }

    private static String typeCodes() {
        return String.join(", ", java.util.Arrays.stream(DocumentType.values()).map(Enum::name).toList());
    }

    private static CaseNotFound notFound(String reference) {
        return new CaseNotFound("Onbekende aanvraag: " + reference);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
