package nl.kabiz.smr.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.competency.ProfileCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a transition case for every coach who needs one, without one long transaction: the request selects the
 * coaches (DMN {@code transitionApplicability}, skipping coaches with a case) and records them, dealt over
 * {@code smr.transition.bulk-workers} workers; one process {@code transitionBulkStart} per worker then opens its own
 * share in jobs of {@code smr.transition.bulk-batch-size} cases each, the workers side by side. The run is completed
 * when the last worker is done. Calling it again starts nothing for coaches who already have a case.
 */
@Service
public class TransitionBulkStarts {

    private static final Logger LOG = LoggerFactory.getLogger(TransitionBulkStarts.class);

    private final TransitionCaseRepository repository;
    private final CoachRegister register;
    private final TransitionProcedure process;
    private final TransitionSettings settings;
    private final Clock clock;
    private final ProfileCatalog profiles;

    TransitionBulkStarts(TransitionCaseRepository repository, CoachRegister register, TransitionProcedure process,
            TransitionSettings settings, Clock clock, ProfileCatalog profiles) {
        this.profiles = profiles;
        this.repository = repository;
        this.register = register;
        this.process = process;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a bulk start and hands it to the batch jobs; a {@link CaseConflict} while another one still runs. */
    @Transactional
    public BulkStart request(String requestedBy) {
        repository.runningBulkStart().ifPresent(id -> {
            throw new CaseConflict("Er loopt al een bulkstart (" + id + "); wacht tot die klaar is");
        });
        Set<String> withCase = repository.registrationNumbersWithCase();
        Map<LocalDate, TransitionProcedure.Applicability> decided = new HashMap<>();
        List<String> toStart = new ArrayList<>();
        int existing = 0;
        int notApplicable = 0;
        for (Coach coach : register.all()) {
            if (!coach.isActive()) {
                continue;
            }
            if (withCase.contains(coach.registrationNumber())) {
                existing++;
            } else if (qualifiedUnderProfileInForce(coach)) {
                // already met the profile in force (a registration since 2022, or a finished transition)
                notApplicable++;
            } else if (decided.computeIfAbsent(coach.initialRegistrationDate(), process::applicability).required()) {
                toStart.add(coach.registrationNumber());
            } else {
                notApplicable++;
            }
        }
        Instant now = clock.instant();
        int workers = Math.max(1, Math.min(settings.bulkWorkers(), toStart.size()));
        long id = repository.insertBulkStart(requestedBy, now, toStart.isEmpty() ? "COMPLETED" : "RUNNING",
                toStart.size(), existing, notApplicable, workers);
        if (!toStart.isEmpty()) {
            repository.insertItems(id, toStart, workers);
            for (int worker = 0; worker < workers; worker++) {
                process.startBulkRun(id, worker);
            }
        }
        LOG.info("Bulk start {} by {}: {} to start, {} with a case already, {} not applicable", id, requestedBy,
                toStart.size(), existing, notApplicable);
        return status(id).orElseThrow();
    }

    private boolean qualifiedUnderProfileInForce(Coach coach) {
        return coach.profileVersion() != null
                && coach.profileVersion().equals(profiles.inForce(Module.BASIS.name()).version());
    }

    /**
     * Opens a worker's next batch of cases (one job's transaction); returns the cases it opened, whose start letters
     * the worker's next job sends ({@link TransitionStartLetters#sendBatch}), and whether the worker has coaches left.
     * The last worker to finish completes the run.
     */
    @Transactional
    public Batch startNextBatch(long bulkStartId, int worker) {
        List<String> opened = new ArrayList<>();
        for (String number : repository.nextItems(bulkStartId, worker, settings.bulkBatchSize())) {
            Optional<Coach> coach = register.find(number);
            Instant now = clock.instant();
            if (repository.hasCase(number) || coach.isEmpty() || !coach.get().isActive()) {
                repository.markItem(bulkStartId, number, "SKIPPED", now);
                continue;
            }
            String reference = caseReference(number);
            repository.insertCase(number, reference, bulkStartId, now);
            process.startCase(reference, coach.get());
            repository.markItem(bulkStartId, number, "STARTED", now);
            opened.add(reference);
        }
        boolean more = repository.remainingItems(bulkStartId, worker) > 0;
        if (!more) {
            repository.workerDone(bulkStartId, clock.instant());
        }
        return new Batch(opened, more);
    }

    /** What one batch did: the cases it opened, and whether coaches remain. */
    public record Batch(List<String> opened, boolean more) {
    }

    /** The reference of a coach's transition case: {@code TRANS-SMR-123456}. */
    public static String caseReference(String registrationNumber) {
        return "TRANS-" + registrationNumber;
    }

    @Transactional(readOnly = true)
    public Optional<BulkStart> status(long id) {
        return repository.findBulkStart(id);
    }
}
