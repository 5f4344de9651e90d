package nl.werving.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.interview.CalendarInvite;
import nl.werving.interview.CalendarInvite.Attendee;
import nl.werving.interview.CalendarInvite.Method;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.WervingConfig;

/**
 * Booking mails: the link to choose a moment, the confirmation of a booking, a move, a cancellation and the reminder,
 * each with the calendar event (one uid per booking), and the colleagues' event of a slot. The colleagues' event names
 * the vacancy and the kind, never a candidate: calendars keep entries long after the purge.
 */
@ApplicationScoped
public class BookingMails {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitation(String name, String vacancyTitle, List<SlotKind> kinds, String link, String company);

        static native TemplateInstance booking(String name, Vacancy vacancy, Slot slot, BookingEvent event, String intro,
                String link, String contact, String company);

        static native TemplateInstance staffSlot(Vacancy vacancy, Slot slot, boolean cancelled, String slotsUrl, String company);
    }

    private final WervingConfig config;
    private final Clock clock;
    private final String from;

    public BookingMails(WervingConfig config, Clock clock, @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.config = config;
        this.clock = clock;
        this.from = from;
    }

    /** The link to the booking page, in the candidate's language. */
    Outbox.Mail invitation(Candidate candidate, Vacancy vacancy, List<SlotKind> kinds, String link) {
        Locale locale = candidate.preferredLocale();
        String title = vacancy.titleIn(locale);
        Bodies bodies = MailTemplates.render(() -> Templates.invitation(candidate.fullName(), title, kinds, link, config.companyName()),
                locale);
        return new Outbox.Mail(BookingInvitations.KIND, candidate.email(), messages(locale).mailInvitationSubject(title),
                bodies.html(), bodies.text(), candidate.id);
    }

    /**
     * A booking's confirmation, move, cancellation or reminder, with its calendar event: the event as the booking has it, or
     * its cancellation, which comes with the next sequence number. Without a link when there is nothing left to choose.
     */
    Outbox.Mail toCandidate(Booking booking, BookingEvent event, String link) {
        Candidate candidate = booking.candidate;
        Slot slot = booking.slot;
        Vacancy vacancy = slot.vacancy;
        int sequence = event.isCancellation() ? booking.calendarSequence + 1 : booking.calendarSequence;
        Locale locale = candidate.preferredLocale();
        BookingMessages msg = messages(locale);
        String title = vacancy.titleIn(locale);
        Method method = event.isCancellation() ? Method.CANCEL : Method.REQUEST;
        String summary = msg.calendarSummary(msg.kind(slot.kind), title, config.companyName());
        CalendarInvite invite = invite(booking.calendarUid, sequence, method, slot, summary,
                link == null ? null : msg.calendarDescription(link),
                organizer(vacancy),
                List.of(new Attendee(candidate.fullName(), candidate.email())));
        String contact = contact(vacancy);
        String kind = msg.kind(slot.kind);
        String kindInText = msg.kindInText(slot.kind);
        String intro = switch (event) {
            case BOOKED -> msg.introBooked(kindInText, title);
            case RESCHEDULED -> msg.introRescheduled(kindInText, title);
            case PROMOTED -> msg.introPromoted(kindInText, title);
            case CANCELLED -> msg.introCancelled(kindInText, title);
            case SLOT_CANCELLED -> msg.introSlotCancelled(kindInText, title);
            case REMINDER -> msg.introReminder(kindInText, title);
            case ENDED -> msg.introEnded(kindInText, title);
        };
        String subject = switch (event) {
            case BOOKED -> msg.subjectBooked(kind, title);
            case RESCHEDULED -> msg.subjectRescheduled(kind, title);
            case PROMOTED -> msg.subjectPromoted(kind, title);
            case CANCELLED -> msg.subjectCancelled(kind, title);
            case SLOT_CANCELLED -> msg.subjectSlotCancelled(kind, title);
            case REMINDER -> msg.subjectReminder(kind, title);
            case ENDED -> msg.subjectEnded(kind, title);
        };
        Bodies bodies = MailTemplates.render(() -> Templates.booking(candidate.fullName(), vacancy, slot, event, intro, link, contact,
                config.companyName()), locale);
        return new Outbox.Mail("booking-" + event.name().toLowerCase(Locale.ROOT).replace('_', '-'), candidate.email(), subject,
                bodies.html(), bodies.text(), candidate.id, invite.toIcs(), method.name());
    }

    /** The slot's event for each colleague on it with an address, in their language: REQUEST, or CANCEL. */
    List<Outbox.Mail> toStaff(Vacancy vacancy, Slot slot, boolean cancelled) {
        List<AppUser> reachable = slot.interviewers.stream().filter(AppUser::hasEmail).toList();
        List<Attendee> attendees = reachable.stream().map(user -> new Attendee(user.displayName, user.email)).toList();
        Method method = cancelled ? Method.CANCEL : Method.REQUEST;
        String slotsUrl = config.baseUrl() + "/app/vacancies/" + vacancy.id + "/slots";
        List<Outbox.Mail> mails = new ArrayList<>();
        for (AppUser user : reachable) {
            Locale locale = user.mailLocale();
            BookingMessages msg = messages(locale);
            CalendarInvite invite = invite(slot.calendarUid, slot.calendarSequence, method, slot,
                    msg.calendarStaffSummary(msg.kind(slot.kind), vacancy.title), msg.calendarStaffDescription(slotsUrl),
                    organizer(vacancy), attendees);
            Bodies bodies = MailTemplates.render(() -> Templates.staffSlot(vacancy, slot, cancelled, slotsUrl, config.companyName()),
                    locale);
            mails.add(new Outbox.Mail(cancelled ? "slot-cancelled" : "slot-booked", user.email,
                    cancelled ? msg.mailStaffCancelledSubject(msg.kind(slot.kind), vacancy.title)
                            : msg.mailStaffSubject(msg.kind(slot.kind), vacancy.title),
                    bodies.html(), bodies.text(), null, invite.toIcs(), method.name()));
        }
        return mails;
    }

    /** Who the candidate contacts when it is too late to change online: the vacancy's recruiter, or a reply to the mail. */
    static String contact(Vacancy vacancy) {
        AppUser recruiter = vacancy.recruiter;
        return recruiter != null && recruiter.hasEmail() ? recruiter.displayName + " (" + recruiter.email + ")" : null;
    }

    private AppUser organizer(Vacancy vacancy) {
        return vacancy.recruiter != null && vacancy.recruiter.hasEmail() ? vacancy.recruiter : null;
    }

    private CalendarInvite invite(String uid, int sequence, Method method, Slot slot, String summary, String description,
            AppUser organizer, List<Attendee> attendees) {
        String location = slot.location == null ? slot.room : slot.room == null ? slot.location : slot.location + ", " + slot.room;
        return new CalendarInvite(uid, sequence, method, slot.startsAt, Duration.ofMinutes(slot.durationMinutes), summary,
                description, location, slot.videoUrl, organizer != null ? organizer.displayName : config.companyName(),
                organizer != null ? organizer.email : senderAddress(), attendees, Instant.now(clock));
    }

    private String senderAddress() {
        Matcher bracketed = Pattern.compile("<([^>]+)>").matcher(from);
        return bracketed.find() ? bracketed.group(1) : from.strip();
    }

    static BookingMessages messages(Locale locale) {
        return MessageBundles.get(BookingMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
