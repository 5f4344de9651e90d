package nl.werving.booking;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.candidate.Candidate;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;

/**
 * The mail that invites a candidate to choose a moment: a link to
 * {@code /status/{token}/applications/{applicationId}/booking}, in the candidate's language, through the outbox. Sent by
 * the recruiter (one candidate or the ticked cards of the board) and meant for stage automations too.
 */
@ApplicationScoped
public class BookingInvitations {

    /** The outbox kind of the invitation mail. */
    public static final String KIND = "booking-invitation";

    private final BookingMails mails;
    private final Outbox outbox;
    private final Bookings bookings;

    public BookingInvitations(BookingMails mails, Outbox outbox, Bookings bookings) {
        this.mails = mails;
        this.outbox = outbox;
        this.bookings = bookings;
    }

    /**
     * Mails the booking link when the application is active, its candidate is still there and its stage is offered slots
     * still to come (of a kind it has not booked yet). Joins the caller's transaction or starts one; returns whether a mail
     * was queued. Does no access check: callers are the recruiter's action (checked there) and stage automations.
     */
    @Transactional
    public boolean invite(long applicationId) {
        Application application = Application.findWithCandidate(applicationId).orElse(null);
        if (application == null || application.candidate == null || application.status != ApplicationStatus.ACTIVE) {
            return false;
        }
        List<SlotKind> kinds = Slot.kindsOffered(application.stage.id, bookings.bookableAfter()).stream()
                .filter(kind -> Booking.of(applicationId, kind).isEmpty()).sorted().toList();
        if (kinds.isEmpty()) {
            return false;
        }
        Candidate candidate = application.candidate;
        outbox.enqueue(mails.invitation(candidate, application.vacancy, kinds, bookings.link(candidate, applicationId)));
        return true;
    }

    /** Invites each of these applications; returns how many got the mail. */
    @Transactional
    public int inviteAll(Collection<Long> applicationIds) {
        return (int) applicationIds.stream().filter(this::invite).count();
    }
}
