package nl.kabiz.smr.transition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kabiz.smr.casework.CaseDecisions;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.document.StoredDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of the transition procedure do to a case: the only way delegates and listeners change one. Each
 * step writes the case table (status, deadline, pending reminders), the register and the case's decisions, and
 * returns what the model needs next; the engine keeps nothing the portal reads.
 */
@Service
public class TransitionCaseSteps {

    private final TransitionCaseRepository repository;
    private final TransitionSchedule schedule;
    private final TransitionRegister register;
    private final CaseDecisions decisions;
    private final Clock clock;

    TransitionCaseSteps(TransitionCaseRepository repository, TransitionSchedule schedule, TransitionRegister register,
            CaseDecisions decisions, Clock clock) {
        this.repository = repository;
        this.schedule = schedule;
        this.register = register;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * A round of evidence arrived (the documents are stored): the case counts it and keeps the supervisor; returns
     * the round as the reviewer sees it (new documents, what the previous review asked for).
     */
    @Transactional
    public TransitionProcedure.EvidenceRound evidenceSubmitted(String reference, String supervisorRegistrationNumber,
            String epaSummary, List<StoredDocument> documents) {
        TransitionCaseRepository.CaseRow row = require(reference);
        int round = row.evidenceRounds() + 1;
        repository.evidenceSubmitted(reference, round, supervisorRegistrationNumber, clock.instant());
        return new TransitionProcedure.EvidenceRound(round, supervisorRegistrationNumber, epaSummary, documents,
                row.evidenceSubmittedAt() == null ? null : row.evidenceSubmittedAt().toInstant(),
                latest(reference, TransitionDecision.Question.REVIEW).map(Decision::reason).orElse(null));
    }

    /** The coach asked for an extension: the case counts the request; returns its number. */
    @Transactional
    public int extensionRequested(String reference) {
        int request = require(reference).extensionRequests() + 1;
        repository.extensionRequested(reference, request);
        return request;
    }

    /** The procedure moved: the case now has this status. */
    @Transactional
    public void moveTo(String reference, TransitionStatus status) {
        if (status == TransitionStatus.CLOSED) {
            closed(reference);
        } else {
            repository.status(reference, status);
        }
    }

    /** The procedure ended: a final status (qualified, ended, not applicable) stays, any other becomes CLOSED. */
    @Transactional
    public void closed(String reference) {
        repository.close(reference, clock.instant());
    }

    /**
     * Fixes the deadline from DMN {@code transitionApplicability}'s years: the configured start plus the years, at
     * least the grace period. The register learns it too.
     */
    @Transactional
    public FixedDeadline fixDeadline(String reference, int transitionYears) {
        TransitionCaseRepository.CaseRow row = require(reference);
        LocalDate deadline = schedule.deadline(transitionYears);
        repository.period(reference, schedule.transitionStart(), transitionYears, deadline);
        register.deadlineSet(row.registrationNumber(), deadline);
        return new FixedDeadline(deadline, row.bulkStartId() != null);
    }

    /**
     * A case's fixed deadline, and who sends its start letter.
     *
     * @param startLetterByBatch the case was opened by a bulk start, whose batch sends the letters of the cases it
     *     opened ({@link TransitionStartLetters}); otherwise the procedure sends it
     */
    public record FixedDeadline(LocalDate deadline, boolean startLetterByBatch) {
    }

    /**
     * Plans the reminders still to come from the deadline and DMN {@code reminderSchedule}'s months; returns the
     * next one's day, empty when none is left.
     */
    @Transactional
    public Optional<LocalDate> planReminders(String reference, Collection<Integer> monthsBefore) {
        TransitionCaseRepository.CaseRow row = require(reference);
        List<LocalDate> pending = schedule.pendingReminders(row.deadline(), monthsBefore);
        repository.pendingReminders(reference, pending);
        return pending.stream().findFirst();
    }

    /**
     * A reminder went out: the case drops it (and any planned day whose moment has passed meanwhile) and returns the
     * next one still to come, from the reminders planned when the period started.
     */
    @Transactional
    public Optional<LocalDate> nextReminder(String reference, LocalDate sent) {
        List<LocalDate> planned = repository.pendingReminders(reference);
        Optional<LocalDate> next = schedule.remindersToCome(planned, sent).stream().findFirst();
        List<LocalDate> gone = planned.stream().filter(day -> next.map(day::isBefore).orElse(true)).toList();
        if (!gone.isEmpty()) {
            repository.dropRemindersUpTo(reference, gone.get(gone.size() - 1));
        }
        return next;
    }

    /** Judges a new deadline the commission typed, against the case's current deadline; a {@code RuleViolation}. */
    @Transactional(readOnly = true)
    public LocalDate checkExtension(String reference, Object requestedDeadline) {
        return schedule.extendedDeadline(require(reference).deadline(), requestedDeadline);
    }

    /** The commission grants an extension: the new deadline (checked again) for the case and the register. */
    @Transactional
    public LocalDate grantExtension(String reference, Object requestedDeadline, String decidedBy, String reason) {
        TransitionCaseRepository.CaseRow row = require(reference);
        LocalDate extended = schedule.extendedDeadline(row.deadline(), requestedDeadline);
        repository.deadline(reference, extended);
        register.deadlineSet(row.registrationNumber(), extended);
        decisions.record(reference, TransitionDecision.EXTENSION_GRANTED.name(), decidedBy, reason);
        return extended;
    }

    /** The commission refuses an extension: a decision against the coach, sent with the objection route. */
    @Transactional
    public Decision refuseExtension(String reference, String decidedBy, String reason) {
        require(reference);
        return decisions.recordAgainstCoach(reference, TransitionDecision.EXTENSION_REFUSED.name(), decidedBy, reason);
    }

    /** A decision in the procedure (review, decision table, commission); {@code outcome} names a TransitionDecision. */
    @Transactional
    public Decision recordDecision(String reference, String outcome, String decidedBy, String reason) {
        require(reference);
        return decisions.record(reference, TransitionDecision.valueOf(outcome).name(), decidedBy, reason);
    }

    /** Records the qualification in the register and closes the case. Returns the day. */
    @Transactional
    public LocalDate recordQualification(String reference, String profileVersion) {
        if (profileVersion == null || profileVersion.isBlank()) {
            throw new IllegalStateException("No profile version on case " + reference);
        }
        TransitionCaseRepository.CaseRow row = require(reference);
        register.qualified(row.registrationNumber(), profileVersion);
        repository.status(reference, TransitionStatus.QUALIFIED);
        repository.close(reference, clock.instant());
        return LocalDate.now(clock);
    }

    /** Ends the registration after the confirmed deadline and closes the case: a decision against the coach. */
    @Transactional
    public Ended endRegistration(String reference, String decidedBy, String remarks) {
        TransitionCaseRepository.CaseRow row = require(reference);
        List<String> alsoEnded = register.registrationEnded(row.registrationNumber(), END_REASON);
        Decision decision = decisions.recordAgainstCoach(reference, TransitionDecision.REGISTRATION_ENDED.name(),
                decidedBy, remarks);
        repository.status(reference, TransitionStatus.REGISTRATION_ENDED);
        repository.close(reference, clock.instant());
        return new Ended(LocalDate.now(clock), decision.objectionText(), alsoEnded);
    }

    /** Why the register records the end of a registration by a transition case. */
    static final String END_REASON = "Overgangstermijn verstreken zonder aangetoonde kwalificatie voor het nieuwe"
            + " competentieprofiel";

    /**
     * The end of a registration: the day, the objection route the letter states, and what ended with BASIS (Dutch
     * names of EXTRA modules and Rookvrije Ouders; empty if nothing else).
     */
    public record Ended(LocalDate endedOn, String objectionText, List<String> alsoEnded) {

        /** "EXTRA-Zwanger en Rookvrije Ouders", or empty text. */
        public String alsoEndedText() {
            if (alsoEnded.isEmpty()) {
                return "";
            }
            if (alsoEnded.size() == 1) {
                return alsoEnded.get(0);
            }
            return String.join(", ", alsoEnded.subList(0, alsoEnded.size() - 1)) + " en "
                    + alsoEnded.get(alsoEnded.size() - 1);
        }
    }

    /** The case's latest decision on a question. */
    Optional<Decision> latest(String reference, TransitionDecision.Question question) {
        List<Decision> answers = decisions.forCase(reference).stream()
                .filter(d -> TransitionDecision.answers(d.outcome(), question)).toList();
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    private TransitionCaseRepository.CaseRow require(String reference) {
        return repository.findCase(reference)
                .orElseThrow(() -> new CaseNotFound("Onbekende overgangszaak " + reference));
    }
}
