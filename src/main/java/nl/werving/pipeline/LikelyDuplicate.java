package nl.werving.pipeline;

import io.quarkus.qute.TemplateData;
import nl.werving.candidate.Candidate;

/** Another candidate who is likely the same person, and why: the first of e-mail, phone, name that matches. */
@TemplateData
public record LikelyDuplicate(long candidateId, String fullName, String mailboxKey, String phoneKey, String nameKey, Reason reason) {

    /** Why two candidates look like one person, strongest first. */
    public enum Reason {
        EMAIL, PHONE, NAME
    }

    public LikelyDuplicate(long candidateId, String fullName, String mailboxKey, String phoneKey, String nameKey) {
        this(candidateId, fullName, mailboxKey, phoneKey, nameKey, null);
    }

    LikelyDuplicate comparedWith(Candidate candidate) {
        Reason why = mailboxKey != null && mailboxKey.equals(candidate.mailboxKey) ? Reason.EMAIL
                : phoneKey != null && phoneKey.equals(candidate.phoneKey) ? Reason.PHONE
                : Reason.NAME;
        return new LikelyDuplicate(candidateId, fullName, mailboxKey, phoneKey, nameKey, why);
    }
}
