package nl.kabiz.smr.transition;

import nl.kabiz.smr.notification.process.MailStep;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kabiz.smr.casework.CaseDecisions;
import nl.kabiz.smr.casework.CaseworkFixtures;
import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.process.FormDocumentList;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachStatus;
import nl.kabiz.smr.document.DocumentType;
import nl.kabiz.smr.document.StoredDocument;
import nl.kabiz.smr.transition.process.DetermineDeadlineDelegate;
import nl.kabiz.smr.transition.process.EndTransitionRegistrationDelegate;
import nl.kabiz.smr.transition.process.ExtendDeadlineDelegate;
import nl.kabiz.smr.transition.process.PlanRemindersDelegate;
import nl.kabiz.smr.transition.process.TakeNextReminderDelegate;
import nl.kabiz.smr.transition.process.RecordTransitionQualificationDelegate;
import nl.kabiz.smr.transition.process.RefuseExtensionDelegate;
import nl.kabiz.smr.transition.process.TransitionDecisionListener;
import nl.kabiz.smr.transition.process.TransitionProcessAdapter;
import nl.kabiz.smr.transition.process.TransitionStatusListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Shared set-up of the transition process tests: the application's own transition code on the test engine (the
 * process adapter, the case steps on a real case table, the delegates and listeners), the real date logic on the
 * engine clock; the register and the mails recorded.
 */
final class TransitionTestSupport {

    static final ZoneId ZONE = nl.kabiz.smr.casework.RegisterTime.ZONE;
    static final String OBJECTION_TEXT = "Bent u het niet eens met dit besluit? Dien bezwaar in.";

    /** Mails the process sent: template and occurrence. */
    record SentMail(String template, Object occurrence, String businessKey) {
    }

    private static JdbcTemplate caseTables;

    private TransitionTestSupport() {
    }

    static Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return ClockUtil.now().toInstant();
            }
        };
    }

    static TransitionSchedule schedule() {
        return new TransitionSchedule(new TransitionSettings(null, Period.ofMonths(6), LocalTime.of(9, 0),
                Period.ofDays(14), 50, Period.ofYears(1), 2), engineClock());
    }

    /**
     * Registers the application's transition beans on the engine (real delegates, listeners and schedule; a
     * recording mail delegate) and returns the case side of the test.
     */
    static Cases registerCommonBeans(ProcessEngine engine) {
        Cases cases = new Cases(engine);
        TransitionSchedule schedule = cases.schedule;
        TransitionCaseSteps steps = cases.steps;
        Mocks.register("transitionSchedule", schedule);
        Mocks.register("mailSettings", Map.of("retryCycle", "R3/PT1S"));
        Mocks.register("determineDeadlineDelegate", new DetermineDeadlineDelegate(steps, schedule));
        Mocks.register("planRemindersDelegate", new PlanRemindersDelegate(steps, schedule));
        Mocks.register("takeNextReminderDelegate", new TakeNextReminderDelegate(steps, schedule));
        Mocks.register("extendDeadlineDelegate", new ExtendDeadlineDelegate(steps, schedule));
        Mocks.register("refuseExtensionDelegate", new RefuseExtensionDelegate(steps));
        Mocks.register("recordTransitionQualificationDelegate", new RecordTransitionQualificationDelegate(steps));
        Mocks.register("endTransitionRegistrationDelegate", new EndTransitionRegistrationDelegate(steps));
        Mocks.register("transitionStatusListener", new TransitionStatusListener(steps));
        Mocks.register("transitionDecisionListener", new TransitionDecisionListener(steps));
        Mocks.register("sendMailDelegate", (JavaDelegate) execution -> cases.mails.add(new SentMail(
                MailStep.of(execution).template(), MailStep.of(execution).occurrence(execution),
                execution.getProcessBusinessKey())));
        return cases;
    }

    /** The application's side of a process test. */
    static final class Cases {

        final List<SentMail> mails = new ArrayList<>();
        /** What the register learned: "SMR-000003@2.6" per qualification, the numbers of ended registrations. */
        final List<String> qualified = new ArrayList<>();
        final List<String> ended = new ArrayList<>();
        final List<String> deadlines = new ArrayList<>();
        final TransitionSchedule schedule = schedule();
        final TransitionCaseRepository repository = new TransitionCaseRepository(caseTables());
        final CaseDecisions decisions = CaseworkFixtures.decisions(caseTables(), engineClock(), OBJECTION_TEXT);
        final TransitionCaseSteps steps;
        final TransitionProcessAdapter adapter;
        private final ProcessEngine engine;

        Cases(ProcessEngine engine) {
            this.engine = engine;
            this.steps = new TransitionCaseSteps(repository, schedule, new TransitionRegister() {
                @Override
                public void deadlineSet(String registrationNumber, LocalDate deadline) {
                    deadlines.add(registrationNumber + "@" + deadline);
                }

                @Override
                public void qualified(String registrationNumber, String profileVersion) {
                    qualified.add(registrationNumber + "@" + profileVersion);
                }

                @Override
                public List<String> registrationEnded(String registrationNumber, String reason) {
                    ended.add(registrationNumber);
                    return List.of();
                }
            }, decisions, engineClock());
            this.adapter = new TransitionProcessAdapter(engine.getRuntimeService(), engine.getHistoryService(),
                    engine.getDecisionService(),
                    new FormDocumentList(new ObjectMapper()));
        }

        /** Opens the case of a coach on its own (not by a bulk start): the case row, then the procedure. */
        ProcessInstance open(String number, String initialRegistrationDate) {
            return open(number, initialRegistrationDate, null);
        }

        /**
         * Opens the case of a coach as a bulk start's batch does (bulkStartId set: the batch sends the start letter)
         * or on its own (null): the case row, then the procedure.
         */
        ProcessInstance open(String number, String initialRegistrationDate, Long bulkStartId) {
            String reference = TransitionBulkStarts.caseReference(number);
            JdbcTemplate jdbc = caseTables();
            jdbc.update("DELETE FROM transition_case_reminder WHERE case_reference = ?", reference);
            jdbc.update("DELETE FROM transition_case WHERE case_reference = ?", reference);
            jdbc.update("DELETE FROM case_decision WHERE case_reference = ?", reference);
            jdbc.update("DELETE FROM coach WHERE registration_number = ?", number);
            Coach coach = new Coach(number, "Coach " + number, number.toLowerCase() + "@voorbeeld.nl", "Utrecht", null,
                    LocalDate.parse(initialRegistrationDate), true, CoachStatus.ACTIVE, null, null, null, null, List.of());
            jdbc.update("INSERT INTO coach (registration_number, name, email, city, initial_registration_date,"
                    + " healthcare_professional, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    number, coach.name(), coach.email(), coach.city(), java.sql.Date.valueOf(coach.initialRegistrationDate()),
                    true, "ACTIVE", java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()));
            repository.insertCase(number, reference, bulkStartId, ClockUtil.now().toInstant());
            adapter.startCase(reference, coach);
            ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).singleResult();
            if (running != null) {
                return running;
            }
            // a case that ended at once (not applicable): the instance as its history knows it
            HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).singleResult();
            ExecutionEntity ended = new ExecutionEntity();
            ended.setId(history.getId());
            ended.setProcessInstanceId(history.getId());
            ended.setBusinessKey(reference);
            ended.setProcessDefinitionId(history.getProcessDefinitionId());
            return ended;
        }

        /** The coach sends evidence (one certificate, supervisor SMR-000001), as the portal's service does. */
        void submitEvidence(String reference) {
            String id = UUID.randomUUID().toString();
            StoredDocument certificate = new StoredDocument(id, reference, DocumentType.TRAINING_CERTIFICATE,
                    "Opleidingscertificaat", "cert.pdf", "application/pdf", 2048, "0".repeat(64), "portal",
                    ClockUtil.now().toInstant().atOffset(ZoneOffset.UTC));
            adapter.submitEvidence(reference, steps.evidenceSubmitted(reference, "SMR-000001",
                    "12 intakes", List.of(certificate)));
        }

        /** The coach asks for an extension, as the portal's service does. */
        void requestExtension(String reference, String reason) {
            adapter.requestExtension(reference, steps.extensionRequested(reference), reason);
        }

        TransitionCaseRepository.CaseRow row(String reference) {
            return repository.findCase(reference).orElseThrow();
        }

        TransitionStatus status(String reference) {
            return row(reference).status();
        }

        List<String> pendingReminders(String reference) {
            return repository.pendingReminders(reference).stream().map(LocalDate::toString).toList();
        }

        List<Decision> decisions(String reference) {
            return decisions.forCase(reference);
        }
    }

    /** The application's tables (Flyway, as in the application) in an in-memory database, once per test JVM. */
    static synchronized JdbcTemplate caseTables() {
        if (caseTables == null) {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(
                    "jdbc:h2:mem:transition-cases;DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(dataSource).table("smr_schema_history").load().migrate();
            caseTables = new JdbcTemplate(dataSource);
        }
        return caseTables;
    }

    static void setClock(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZONE).toInstant()));
    }
}
