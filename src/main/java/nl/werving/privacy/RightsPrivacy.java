package nl.werving.privacy;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/** What the privacy team recorded about the candidate: legal holds with their reason, and the requests they made by mail. */
@ApplicationScoped
public class RightsPrivacy implements PrivacyPart {

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(
                section(85, "legalHolds", LegalHold.listForCandidate(candidateId).stream()
                        .map(h -> row("reason", h.reason, "placedAt", h.placedAt, "liftedAt", h.liftedAt)).toList()),
                section(86, "dataRequests", DataRequest.listForCandidate(candidateId).stream()
                        .map(r -> row("kind", r.kind.name(), "receivedOn", r.receivedOn, "dueOn", r.dueOn,
                                "status", r.completedAt == null ? "OPEN" : "COMPLETED", "completedAt", r.completedAt))
                        .toList()));
    }

    /** Lifted holds and answered requests stay with the person as proof; the merge itself refuses open ones. */
    @Override
    public void merge(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        LegalHold.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
        DataRequest.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
    }
}
