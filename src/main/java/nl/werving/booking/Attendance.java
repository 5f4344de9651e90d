package nl.werving.booking;

import io.quarkus.qute.TemplateEnum;

/** What the recruiter recorded after the slot: the candidate came or did not. */
@TemplateEnum
public enum Attendance {
    ATTENDED, NO_SHOW
}
