package nl.werving.pipeline;

import io.quarkus.qute.TemplateData;
import nl.werving.candidate.Candidate;

/** Another candidate who is likely the same person, and why: the first of e-mail, phone, name that matches. */
@TemplateData
public record LikelyDuplicate(Candidate candidate, Reason reason) {

    /** Why two candidates look like one person, strongest first. */
    public enum Reason {
        EMAIL, PHONE, NAME
    }

    public long candidateId() {
        return candidate.id;
    }

    /** The name, opened with the other duplicates ({@link Candidate#openAll}). */
    public String fullName() {
        return candidate.fullName();
    }

    /** The other candidate as a likely duplicate of this one, with the strongest reason. */
    static LikelyDuplicate of(Candidate other, Candidate candidate) {
        Reason why = other.mailboxKey != null && other.mailboxKey.equals(candidate.mailboxKey) ? Reason.EMAIL
                : other.phoneKey != null && other.phoneKey.equals(candidate.phoneKey) ? Reason.PHONE
                : Reason.NAME;
        return new LikelyDuplicate(other, why);
    }
}
