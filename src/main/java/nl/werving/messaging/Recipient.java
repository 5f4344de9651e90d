package nl.werving.messaging;

import nl.werving.pipeline.ApplicationStatus;

/**
 * One application a message goes to, with what the message needs of its candidate; {@code candidateId} is
 * {@code null} once the candidate erased their data.
 */
public record Recipient(long applicationId, long vacancyId, String vacancyTitle, Long hiringManagerId, ApplicationStatus status,
        Long candidateId, String fullName, String email, String locale) {

    static final String SELECT = """
            select new nl.werving.messaging.Recipient(a.id, v.id, v.title, hm.id, a.status, c.id, c.fullName, c.email, c.locale)
            from Application a join a.vacancy v left join v.hiringManager hm left join a.candidate c""";

    /** Erased or withdrawn: nothing may be sent. */
    public boolean isUnreachable() {
        return candidateId == null || status == ApplicationStatus.WITHDRAWN;
    }

    /** The first word of the name, as a greeting uses it. */
    public String firstName() {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
