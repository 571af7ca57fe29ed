package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.transition.TransitionBulkStarts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * One job of a bulk start worker: opens the worker's next batch of cases in this job's transaction; the next job
 * sends their letters.
 */
@Component("startTransitionBatchDelegate")
public class StartTransitionBatchDelegate implements JavaDelegate {

    private final TransitionBulkStarts bulkStarts;

    public StartTransitionBatchDelegate(TransitionBulkStarts bulkStarts) {
        this.bulkStarts = bulkStarts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(TransitionProcess.BULK_START_ID)).longValue();
        Object worker = execution.getVariable(TransitionProcess.BULK_WORKER);
        TransitionBulkStarts.Batch batch = bulkStarts.startNextBatch(id,
                worker == null ? 0 : ((Number) worker).intValue());
        execution.setVariable(TransitionProcess.BATCH_CASES, Spin.JSON(batch.opened()));
        execution.setVariable(TransitionProcess.MORE_TO_START, batch.more());
    }
}
