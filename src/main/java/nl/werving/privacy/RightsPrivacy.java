package nl.werving.privacy;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;
import nl.werving.personaldata.SealingBacklog;

/**
 * What the privacy team recorded about the candidate: legal holds with their reason, and the requests they made by mail.
 * A hold's reason is sealed under the candidate's key.
 */
@ApplicationScoped
public class RightsPrivacy implements PrivacyPart, SealingBacklog {

    private final CandidateKeys keys;

    public RightsPrivacy(CandidateKeys keys) {
        this.keys = keys;
    }

    @Override
    public PersonalData export(long candidateId) {
        List<LegalHold> holds = LegalHold.listForCandidate(candidateId);
        List<String> reasons = keys.decryptTexts(candidateId, holds.stream().map(h -> h.reason).toList());
        return PersonalData.of(
                section(85, "legalHolds", IntStream.range(0, holds.size()).mapToObj(i -> row("reason", reasons.get(i),
                        "placedAt", holds.get(i).placedAt, "liftedAt", holds.get(i).liftedAt)).toList()),
                section(86, "dataRequests", DataRequest.listForCandidate(candidateId).stream()
                        .map(r -> row("kind", r.kind.name(), "receivedOn", r.receivedOn, "dueOn", r.dueOn,
                                "status", r.completedAt == null ? "OPEN" : "COMPLETED", "completedAt", r.completedAt))
                        .toList()));
    }

    /**
     * Lifted holds and answered requests stay with the person as proof, a hold's reason sealed again under the kept
     * candidate's key; the merge itself refuses open ones.
     */
    @Override
    public void merge(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        for (LegalHold hold : LegalHold.listForCandidate(duplicateId)) {
            hold.reason = keys.reseal(duplicateId, keptId, hold.reason);
            hold.candidate = kept;
        }
        DataRequest.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
    }

    /** Holds whose reason was stored before it was sealed (V39). */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        return LegalHold.sealListed(limit, id -> {
            LegalHold hold = LegalHold.findById(id);
            if (hold == null) {
                return; // gone since it was listed
            }
            hold.reason = keys.sealIfPlain(hold.candidate.id, hold.reason);
        });
    }
}
