package nl.werving.automation;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Fires due stage automations every minute by default ({@code werving.automations.fire-every}). Quartz's clustered
 * store starts each run on one instance; should two overlap anyway, claiming keeps every action to one run.
 */
@ApplicationScoped
public class AutomationJob {

    private final AutomationFirer firer;
    private final AutomationConfig config;

    public AutomationJob(AutomationFirer firer, AutomationConfig config) {
        this.firer = firer;
        this.config = config;
    }

    /** Whether the job runs at all on this instance ({@code off}: tests, or an instance kept out of the work). */
    public boolean isOn() {
        return !"off".equalsIgnoreCase(config.fireEvery());
    }

    @Scheduled(identity = "stage-automations", every = "${werving.automations.fire-every}", concurrentExecution = ConcurrentExecution.SKIP)
    void fire() {
        firer.fireDue();
    }
}
