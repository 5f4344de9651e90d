package nl.werving.roleplay;

import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/** The notes taken during a role-play; scores and verdicts stay anonymous. */
@ApplicationScoped
public class RoleplayPrivacy implements PrivacyPart {

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(70, "rolePlayNotes",
                RoleplayNote.listForCandidate(candidateId).stream().map(n -> n.notes).toList()));
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        RoleplayNote.update("candidate = ?1 where candidate.id = ?2", Candidate.reference(keptId), duplicateId);
    }
}
