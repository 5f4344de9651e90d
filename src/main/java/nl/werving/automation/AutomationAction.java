package nl.werving.automation;

import io.quarkus.qute.TemplateEnum;

/** What a stage automation does for an application that entered its stage. */
@TemplateEnum
public enum AutomationAction {
    /** Sends one of the message templates, in the candidate's language, on the timeline like a message by hand. */
    SEND_TEMPLATE,
    /** Sends the candidate the link to book an interview slot. */
    SEND_BOOKING_LINK,
    /** Asks the candidate to name referees, as the recruiter's button on the references page does. */
    ASK_REFEREES,
    /** Sends the interviewers of the application's planned interviews their invitation again. */
    REMIND_INTERVIEWERS
}
