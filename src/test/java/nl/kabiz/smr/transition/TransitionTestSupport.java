package nl.kabiz.smr.transition;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.kabiz.smr.notification.MailSettings;
import nl.kabiz.smr.transition.process.DetermineDeadlineDelegate;
import nl.kabiz.smr.transition.process.ExtendDeadlineDelegate;
import nl.kabiz.smr.transition.process.PlanRemindersDelegate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Shared set-up of the transition process tests: the real date logic on the engine clock, recorded mails. */
final class TransitionTestSupport {

    static final ZoneId ZONE = nl.kabiz.smr.casework.RegisterTime.ZONE;

    /** Mails the process sent: template and occurrence. */
    record SentMail(String template, Object occurrence, String businessKey) {
    }

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
                Period.ofDays(14), 50, Period.ofYears(1)), engineClock());
    }

    /** Registers the real deadline/reminder delegates and a recording mail delegate; returns the mail record. */
    static List<SentMail> registerCommonBeans() {
        TransitionSchedule schedule = schedule();
        Mocks.register("transitionSchedule", schedule);
        Mocks.register("mailSettings", java.util.Map.of("retryCycle", "R3/PT1S"));
        Mocks.register("determineDeadlineDelegate", new DetermineDeadlineDelegate(schedule, (number, deadline) -> { }));
        Mocks.register("planRemindersDelegate", new PlanRemindersDelegate(schedule));
        Mocks.register("extendDeadlineDelegate", new ExtendDeadlineDelegate(schedule, (number, deadline) -> { }));
        List<SentMail> mails = new ArrayList<>();
        Mocks.register("sendMailDelegate", (JavaDelegate) execution -> mails.add(new SentMail(
                (String) execution.getVariable("mailTemplate"), execution.getVariable("mailOccurrence"),
                execution.getProcessBusinessKey())));
        return mails;
    }

    static void setClock(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZONE).toInstant()));
    }

    /** Runs every due job until none is left (mail jobs, due timers). */
    static int runDueJobs(ManagementService management) {
        int ran = 0;
        for (int i = 0; i < 1000; i++) {
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
