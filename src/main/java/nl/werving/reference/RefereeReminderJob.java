package nl.werving.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/** Looks for referees to remind, hourly by default ({@code werving.references.remind-every}). */
@ApplicationScoped
public class RefereeReminderJob {

    private final RefereeQuestionnaires questionnaires;

    public RefereeReminderJob(RefereeQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Scheduled(identity = "referee-reminders", every = "${werving.references.remind-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void remind() {
        questionnaires.remindDue();
    }
}
