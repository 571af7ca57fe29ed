package nl.kabiz.smr.registration;

import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.RuleViolation;
import nl.kabiz.smr.casework.RegistrationNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.SupervisorDirectory;
import nl.kabiz.smr.document.DocumentStore;
import nl.kabiz.smr.document.DocumentType;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.registration.process.RegistrationProcessAdapter;
import nl.kabiz.smr.system.ReferenceCounter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for registration of a new coach: accepting them from the portal, their documents, and every change
 * the procedure makes to them (status, handling period, supervisor, outcome).
 */
@Service
public class RegistrationService {

    static final String COUNTER_PREFIX = "registration-";

    private final RegistrationRepository applications;
    private final RegistrationProcessAdapter process;
    private final DocumentStore documents;
    private final SupervisorDirectory supervisors;
    private final CoachRegister register;
    private final ReferenceCounter counter;
    private final RegistrationSettings settings;
    private final int handlingPeriodDays;
    private final Clock clock;

    RegistrationService(RegistrationRepository applications, RegistrationProcessAdapter process,
            DocumentStore documents, SupervisorDirectory supervisors, CoachRegister register,
            ReferenceCounter counter, RegistrationSettings settings,
            @Value("${smr.handling.decision-period-days}") int handlingPeriodDays, Clock clock) {
        this.applications = applications;
        this.process = process;
        this.documents = documents;
        this.supervisors = supervisors;
        this.register = register;
        this.counter = counter;
        this.settings = settings;
        this.handlingPeriodDays = handlingPeriodDays;
        this.clock = clock;
    }

    /**
     * Accepts a (Bean-validated) application: domain checks (400 naming each field), one open case per email
     * (409), then the row and the process start in one transaction.
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
        String email = request.email().trim();
        if (applications.hasOpenCase(email)) {
            throw new CaseConflict("Er loopt al een aanvraag voor dit e-mailadres");
        }
        String reference = "REG-%d-%06d".formatted(today.getYear(),
                counter.next(COUNTER_PREFIX + today.getYear(), 1));
        OffsetDateTime now = now();
        RegistrationRequest.Epa epa = request.epa();
        RegistrationApplication application = new RegistrationApplication(reference, RegistrationStatus.RECEIVED,
                request.firstName().trim(), request.lastName().trim(), email, request.phone().replaceAll("[ -]", ""),
                request.dateOfBirth(), ApplicationPolicy.normalizePostalCode(request.postalCode()),
                request.city().trim(), EducationLevel.fromCode(request.educationLevel()).orElseThrow(),
                request.healthcareProfessional(), blankToNull(request.profession()), blankToNull(request.bigNumber()),
                request.smrInProfessionalEducation(), request.training().trim(),
                request.supervisorRegistrationNumber(),
                new RegistrationApplication.EpaCounts(epa.coachingHours(), epa.clients(),
                        epa.clientsLimitedHealthLiteracy(), epa.intakes(), epa.integralTrajectories(),
                        epa.pharmacotherapyTrajectories(), epa.referrals()),
                null, HandlingPeriod.start(today, handlingPeriodDays), null, null, null, null, null, null,
                submittedBy, now, now, null);
        try {
            applications.insert(application);
        } catch (DuplicateKeyException raced) {
            throw new CaseConflict("Er loopt al een aanvraag voor dit e-mailadres");
        }
        process.start(application);
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
        process.documentsChanged(reference, documents.forCase(reference));
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

    /** Document review starts (again): the training route is on the case; returns the documents to review. */
    @Transactional
    public List<StoredDocument> startReview(String reference, String trainingRoute) {
        RegistrationApplication application = require(reference);
        applications.update(application.withTrainingRoute(trainingRoute, now())
                .withStatus(RegistrationStatus.IN_REVIEW, now()));
        return documents.forCase(reference);
    }

    @Transactional
    public void changeStatus(String reference, RegistrationStatus status) {
        if (status.isClosed()) {
            throw new IllegalArgumentException("Closing a case goes through register, refuse or closeNotConsidered");
        }
        applications.update(require(reference).withStatus(status, now()));
    }

    /** The documents are incomplete: the handling period stops until the coach answers. Returns the deadline. */
    @Transactional
    public OffsetDateTime waitForDocuments(String reference, String missingDocuments) {
        RegistrationApplication application = require(reference);
        OffsetDateTime deadline = now().plus(settings.documentDeadlineDuration());
        applications.update(application.waitingForDocuments(
                application.handlingPeriod().suspend(LocalDate.now(clock)), deadline, missingDocuments, now()));
        return deadline;
    }

    /** The coach sent documents: the handling period runs again, later by the days waited. */
    @Transactional
    public HandlingPeriod documentsReceived(String reference) {
        RegistrationApplication application = require(reference);
        HandlingPeriod resumed = application.handlingPeriod().resume(LocalDate.now(clock));
        applications.update(application.documentsReceived(resumed, now()));
        return resumed;
    }

    /** The case worker names another supervisor (the procedure checks them again). */
    @Transactional
    public void changeSupervisor(String reference, String registrationNumber) {
        String number = registrationNumber == null ? "" : registrationNumber.trim().toUpperCase(Locale.ROOT);
        if (!number.matches(RegistrationNumber.FORMAT)) {
            throw new IllegalArgumentException("Het registratienummer van de supervisor moet de vorm SMR-000000 hebben");
        }
        applications.update(require(reference).withSupervisor(number, now()));
    }

    /** Approved: the coach enters the register (BASIS from today) under the profile version assessed. */
    @Transactional
    public Coach register(String reference, String profileVersion, String decidedBy, String reason) {
        RegistrationApplication application = require(reference);
        requireOpen(application);
        Coach coach = register.registerNew(application.fullName(), application.email(), application.city(),
                application.postalCode(), application.healthcareProfessional(), profileVersion);
        applications.update(application.closed(RegistrationStatus.REGISTERED, decidedBy, reason,
                coach.registrationNumber(), profileVersion, now()));
        return coach;
    }

    @Transactional
    public void refuse(String reference, String decidedBy, String reason, String profileVersion) {
        RegistrationApplication application = require(reference);
        requireOpen(application);
        applications.update(application.closed(RegistrationStatus.REFUSED, decidedBy, reason, null, profileVersion,
                now()));
    }

    /** The coach has no suitable supervisor: niet in behandeling genomen, with the case worker's note. */
    @Transactional
    public void closeWithoutSupervisor(String reference, String caseWorkerNote) {
        RegistrationApplication application = require(reference);
        requireOpen(application);
        applications.update(application.closed(RegistrationStatus.NOT_CONSIDERED, "case-worker",
                "Geen geschikte supervisor beschikbaar" + (caseWorkerNote == null || caseWorkerNote.isBlank() ? ""
                        : ": " + caseWorkerNote), null, null, now()));
    }

    /** The deadline for the missing documents passed: the case closes as "niet in behandeling genomen". */
    @Transactional
    public void closeNotConsidered(String reference) {
        RegistrationApplication application = require(reference);
        requireOpen(application);
        applications.update(application.closed(RegistrationStatus.NOT_CONSIDERED, "case-worker",
                "Ontbrekende documenten niet binnen de termijn aangevuld: " + application.missingDocuments(), null,
                null, now()));
    }

    private RegistrationApplication require(String reference) {
        return applications.find(reference)
                .orElseThrow(() -> new IllegalStateException("No registration application " + reference));
    }

    private static void requireOpen(RegistrationApplication application) {
        if (application.status().isClosed()) {
            throw new IllegalStateException(application.reference() + " is already closed: " + application.status());
        }
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
