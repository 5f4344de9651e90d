package nl.werving.automation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import nl.werving.booking.BookingInvitations;
import nl.werving.interview.Interviews;
import nl.werving.messaging.Messaging;
import nl.werving.pipeline.Application;
import nl.werving.reference.ReferenceChecks;
import nl.werving.web.RuleViolation;

/**
 * Runs the actions that are due. Each is claimed first in a transaction of its own (PENDING to RUNNING in one
 * conditional update), so with several instances firing at once every action runs exactly once; then it runs, with the
 * application checked again, in a second transaction that also records the result.
 */
@ApplicationScoped
public class AutomationFirer {

    private static final Logger LOG = Logger.getLogger(AutomationFirer.class);

    static final int BATCH = 100;

    private final Clock clock;
    private final Messaging messaging;
    private final ReferenceChecks references;
    private final Interviews interviews;
    private final BookingInvitations bookingInvitations;

    public AutomationFirer(Clock clock, Messaging messaging, ReferenceChecks references, Interviews interviews,
            BookingInvitations bookingInvitations) {
        this.clock = clock;
        this.messaging = messaging;
        this.references = references;
        this.interviews = interviews;
        this.bookingInvitations = bookingInvitations;
    }

    /**
     * Runs what is due now; returns how many actions this caller ran (claimed by another instance: not counted). Nobody
     * is logged in here: the audit log records no actor, and messages go out as the user who set the automation up.
     */
    @ActivateRequestContext
    public int fireDue() {
        int ran = 0;
        List<Long> due;
        do {
            due = dueIds();
            for (long id : due) {
                if (claim(id)) {
                    try {
                        run(id);
                    } catch (RuntimeException e) {
                        // One broken action must not stop the others; it stays visible as failed, the log names no person.
                        LOG.errorf(e, "Automated action %d failed", id);
                        fail(id);
                    }
                    ran++;
                }
            }
        } while (due.size() == BATCH);
        return ran;
    }

    @Transactional(TxType.REQUIRES_NEW)
    List<Long> dueIds() {
        return ScheduledAction.dueIds(Instant.now(clock), BATCH);
    }

    @Transactional(TxType.REQUIRES_NEW)
    boolean claim(long id) {
        return ScheduledAction.claim(id);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void run(long id) {
        ScheduledAction action = ScheduledAction.findById(id);
        Application application = Application.findById(action.applicationId);
        ScheduledActionStatus outcome;
        if (!StageAutomations.stillApplies(action, application)) {
            outcome = ScheduledActionStatus.SKIPPED;
        } else {
            try {
                outcome = perform(action.automation, application) ? ScheduledActionStatus.DONE : ScheduledActionStatus.SKIPPED;
            } catch (RuleViolation | jakarta.ws.rs.NotFoundException nothingToDo) {
                // e.g. a reference check already open: the candidate is not asked twice.
                LOG.infof("Automated action %d not run: %s", id, nothingToDo.getMessage());
                outcome = ScheduledActionStatus.SKIPPED;
            }
        }
        action.status = outcome;
        action.finishedAt = Instant.now(clock);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void fail(long id) {
        ScheduledAction.update("status = ?1, finishedAt = ?2 where id = ?3", ScheduledActionStatus.FAILED, Instant.now(clock), id);
    }

    private boolean perform(StageAutomation automation, Application application) {
        long sender = automation.createdBy != null ? automation.createdBy
                : application.vacancy.recruiter != null ? application.vacancy.recruiter.id : 0L;
        return switch (automation.action) {
            case SEND_TEMPLATE -> automation.messageTemplate != null
                    && messaging.sendAutomated(application.id, automation.messageTemplate.id, sender);
            case SEND_BOOKING_LINK -> bookingInvitations.invite(application.id);
            case ASK_REFEREES -> references.startAutomated(application.id, sender) != null;
            case REMIND_INTERVIEWERS -> interviews.remindInterviewers(application.id) > 0;
        };
    }
}
