package nl.werving.messaging;

import nl.werving.candidate.Candidate;
import nl.werving.pipeline.ApplicationStatus;

/**
 * One application a message goes to, with what the message needs of its candidate; {@code candidateId} is
 * {@code null} once the candidate erased their data.
 */
public record Recipient(long applicationId, long vacancyId, String vacancyTitle, Long hiringManagerId, ApplicationStatus status,
        Candidate candidate) {

    static final String SELECT = """
            select new nl.werving.messaging.Recipient(a.id, v.id, v.title, hm.id, a.status, c)
            from Application a join a.vacancy v left join v.hiringManager hm left join a.candidate c""";

    public Long candidateId() {
        return candidate == null ? null : candidate.id;
    }

    /** Opened with the other recipients ({@link Candidate#openAll}), as is {@link #email()}; {@code null} once erased. */
    public String fullName() {
        return candidate == null ? null : candidate.fullName();
    }

    public String email() {
        return candidate == null ? null : candidate.email();
    }

    public String locale() {
        return candidate == null ? null : candidate.locale;
    }

    /** Erased or withdrawn: nothing may be sent. */
    public boolean isUnreachable() {
        return candidate == null || status == ApplicationStatus.WITHDRAWN;
    }

    /** The first word of the name, as a greeting uses it. */
    public String firstName() {
        String name = fullName() == null ? "" : fullName().strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
