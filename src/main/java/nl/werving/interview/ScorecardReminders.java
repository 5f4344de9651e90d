package nl.werving.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled.SkipPredicate;
import io.quarkus.scheduler.ScheduledExecution;
import nl.werving.identity.AppUser;
import nl.werving.interview.ScorecardReminder.Due;
import nl.werving.mail.Outbox;

/**
 * One reminder per interviewer and interview: a colleague who has not submitted their scorecard a day after the interview
 * ended gets a mail with the link, in their language, through the outbox. Not for cancelled interviews, submitted
 * scorecards, inactive colleagues or colleagues without an address; the row in {@code scorecard_reminder} makes sure it
 * is never sent twice.
 */
@ApplicationScoped
public class ScorecardReminders {

    private static final Logger LOG = Logger.getLogger(ScorecardReminders.class);

    /**
     * Interviews that ended longer ago than this before the reminder was due get none: a reminder weeks late helps no one,
     * and the first run after an upgrade would otherwise mail about every old interview.
     */
    static final Duration TOO_LATE = Duration.ofDays(7);

    private final InterviewMails mails;
    private final Outbox outbox;
    private final InterviewConfig config;
    private final Clock clock;

    public ScorecardReminders(InterviewMails mails, Outbox outbox, InterviewConfig config, Clock clock) {
        this.mails = mails;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "scorecard-reminders", cron = "${werving.interviews.reminder-cron}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = ReminderSwitch.class)
    void hourly() {
        LOG.infof("Scorecard reminders queued: %d", remindDue());
    }

    /** Queues the reminders that are due now; returns how many. */
    @Transactional
    public int remindDue() {
        Instant now = Instant.now(clock);
        Instant endedBefore = now.minus(config.remindAfter());
        List<Due> due = ScorecardReminder.due(endedBefore, endedBefore.minus(TOO_LATE));
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, Interview> interviews = Interview.withVacancy(due.stream().map(Due::interviewId).distinct().toList()).stream()
                .collect(Collectors.toMap(interview -> interview.id, Function.identity()));
        Map<Long, AppUser> users = AppUser.<AppUser> list("id in ?1", due.stream().map(Due::userId).distinct().toList()).stream()
                .collect(Collectors.toMap(user -> user.id, Function.identity()));
        for (Due reminder : due) {
            ScorecardReminder sent = new ScorecardReminder();
            sent.interviewId = reminder.interviewId();
            sent.userId = reminder.userId();
            sent.sentAt = now;
            sent.persist();
            outbox.enqueue(mails.reminder(interviews.get(reminder.interviewId()), users.get(reminder.userId())));
        }
        return due.size();
    }

    /** Lets a deployment, or the tests that run the reminders themselves, switch the schedule off. */
    @Singleton
    public static class ReminderSwitch implements SkipPredicate {

        private final InterviewConfig config;

        public ReminderSwitch(InterviewConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.reminderEnabled();
        }
    }
}
