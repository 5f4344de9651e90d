package nl.werving.profile;

import java.time.Instant;

import io.quarkus.qute.TemplateEnum;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.SourceChannel;

/**
 * Something that happened to the candidate's applications, for the timeline on the profile: the stage
 * or subject or note text ({@code what}), where it came from ({@code detail}), who did it, and for
 * applications and outcomes their source and status.
 */
public record TimelineEntry(Instant at, Kind kind, String vacancyTitle, String what, String detail, String actor,
        SourceChannel source, ApplicationStatus status) {

    static TimelineEntry of(Instant at, Kind kind, String vacancyTitle, String what, String detail, String actor) {
        return new TimelineEntry(at, kind, vacancyTitle, what, detail, actor, null, null);
    }

    @TemplateEnum
    public enum Kind {
        APPLIED, MOVED, NOTE, MAIL, REPLY, ENDED
    }
}
