package nl.kabiz.smr.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Jobs in process tests, which run on a plain engine without a job executor. */
public final class ProcessJobs {

    private ProcessJobs() {
    }

    /**
     * Runs every job due now (async steps, fired timers), including jobs those create, until none is left; a failing
     * job fails the test. Returns how many ran.
     */
    public static int runDue(ManagementService management) {
        int ran = 0;
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }
}
