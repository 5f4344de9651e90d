package nl.werving.booking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of slots and bookings, for candidates and recruiters. */
@MessageBundle("booking")
public interface BookingMessages {

    @Message
    String pageTitle();

    @Message
    String backToStatus();

    @Message
    String nothingTitle();

    @Message
    String nothingText();

    @Message
    String kind(SlotKind kind);

    /** The kind inside a sentence ("your role-play for …"): as {@link #kind}, without the capital of a heading. */
    @Message
    String kindInText(SlotKind kind);

    @Message
    String yourBooking();

    @Message
    String minutes(int minutes);

    @Message
    String video();

    @Message
    String cancelBooking();

    @Message
    String cancelConfirm();

    @Message
    String cancelSubmit();

    @Message
    String cutOffContact(String contact);

    @Message
    String cutOffReply();

    @Message
    String moveLegend();

    @Message
    String chooseLegend();

    @Message
    String allFull();

    @Message
    String seatsFree(int count);

    @Message
    String moveSubmit();

    @Message
    String bookSubmit();

    @Message
    String fullTitle();

    @Message
    String onWaitingList(String when);

    @Message
    String leaveWaitingList();

    @Message
    String waitingHelp();

    @Message
    String full();

    @Message
    String joinWaitingListFor(String when);

    @Message
    String joinWaitingList();

    @Message
    String cutOffRule(long hours);

    @Message
    String statusTitle();

    @Message
    String statusWaiting(String when);

    @Message
    String chooseMoment();

    @Message
    String changeMoment();

    @Message
    String chooseSlot();

    @Message
    String rescheduled();

    @Message
    String booked();

    @Message
    String alreadyBooked();

    @Message
    String cancelled();

    @Message
    String waiting();

    @Message
    String leftWaitingList();

    @Message
    String slotFull();

    @Message
    String applicationEnded();

    @Message
    String slotFree();

    @Message
    String notOffered();

    @Message
    String slotsTitle(String title);

    @Message
    String slots();

    @Message
    String factsLine(long booked, long attended, long noShow, long cancelled);

    @Message
    String slotsIntro();

    @Message
    String publishTitle();

    @Message
    String kindLabel();

    @Message
    String stageLabel();

    @Message
    String stageHelp();

    @Message
    String chooseStage();

    @Message
    String date();

    @Message
    String days();

    @Message
    String times();

    @Message
    String timesHelp();

    @Message
    String duration();

    @Message
    String capacity();

    @Message
    String location();

    @Message
    String locationHelp();

    @Message
    String room();

    @Message
    String videoUrl();

    @Message
    String interviewers();

    @Message
    String publish();

    @Message
    String emptyTitle();

    @Message
    String emptyText();

    @Message
    String forStage(String stage);

    @Message
    String seats(int booked, int capacity);

    @Message
    String waitingCount(long count);

    @Message
    String cancelledBadge();

    @Message
    String attendance(Attendance attendance);

    @Message
    String markAttendedFor(String name);

    @Message
    String markAttended();

    @Message
    String markNoShowFor(String name);

    @Message
    String markNoShow();

    @Message
    String deleteSlotFor(String when);

    @Message
    String deleteSlot();

    @Message
    String cancelSlot();

    @Message
    String cancelSlotConfirm(int count);

    @Message
    String cancelSlotSubmit();

    @Message
    String published(long count);

    @Message
    String stageInvalid();

    @Message
    String timesInvalid();

    @Message
    String placeRequired();

    @Message
    String interviewerInvalid();

    @Message
    String tooMany(int most);

    @Message
    String inThePast();

    @Message
    String slotCancelled(long count);

    @Message
    String slotAlreadyCancelled();

    @Message
    String slotDeleted();

    @Message
    String slotHasBookings();

    @Message
    String attendanceRequired();

    @Message
    String attendanceRecorded();

    @Message
    String attendanceTooEarly();

    @Message
    String noneInvited();

    @Message
    String invited(long count);

    @Message
    String notInvited(long count);

    @Message
    String inviteButton();

    @Message
    String slotsLink();

    @Message
    String mailInvitationSubject(String title);

    @Message
    String calendarSummary(String kind, String title, String company);

    @Message
    String calendarDescription(String link);

    @Message
    String calendarStaffSummary(String kind, String title);

    @Message
    String calendarStaffDescription(String url);

    @Message
    String mailStaffSubject(String kind, String title);

    @Message
    String mailStaffCancelledSubject(String kind, String title);

    @Message
    String mailGreeting(String name);

    @Message
    String mailInvitationIntro(String title);

    @Message
    String mailChooseButton();

    @Message
    String mailInvitationNote();

    @Message
    String subjectBooked(String kind, String title);

    @Message
    String subjectRescheduled(String kind, String title);

    @Message
    String subjectPromoted(String kind, String title);

    @Message
    String subjectCancelled(String kind, String title);

    @Message
    String subjectSlotCancelled(String kind, String title);

    @Message
    String subjectReminder(String kind, String title);

    @Message
    String introBooked(String kind, String title);

    @Message
    String introRescheduled(String kind, String title);

    @Message
    String introPromoted(String kind, String title);

    @Message
    String introCancelled(String kind, String title);

    @Message
    String introSlotCancelled(String kind, String title);

    @Message
    String introReminder(String kind, String title);

    @Message
    String introEnded(String kind, String title);

    @Message
    String subjectEnded(String kind, String title);

    @Message
    String mailWhen();

    @Message
    String mailWhere();

    @Message
    String mailWith();

    @Message
    String mailChooseAnother();

    @Message
    String mailChange();

    @Message
    String mailCutOffContact(String contact);

    @Message
    String mailCutOffReply();

    @Message
    String mailStaffIntro(String kind, String title);

    @Message
    String mailStaffCancelledIntro(String kind, String title);

    @Message
    String mailStaffLink();
}
