package nl.werving.survey;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * Survey invitations not yet answered are the candidate's: exported, merged, deleted with them (the database cascades
 * from the candidate row). Answers are no one's: they hold nothing that leads back to a person, so the purge leaves them.
 */
@ApplicationScoped
public class SurveyPrivacy implements PrivacyPart {

    private final Clock clock;

    public SurveyPrivacy(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(125, "surveyInvitations", SurveyInvitation.listForCandidate(candidateId).stream()
                .map(i -> row("vacancy", i.application.vacancy.title, "createdAt", i.createdAt, "sentAt", i.sentAt, "expiresAt",
                        i.expiresAt))
                .toList()));
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        SurveyInvitation.moveToCandidate(duplicateId, Candidate.reference(keptId));
    }

    @Override
    public void beforeDelete(List<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        // An erasure ends the candidate's applications first, which makes invitations in this same transaction: written
        // and deleted now, so none is inserted after the bulk delete of the candidate.
        SurveyInvitation.flush();
        SurveyInvitation.deleteOfCandidates(candidateIds);
    }

    @Override
    public long forgetDeadLinks() {
        return SurveyInvitation.deleteExpired(Instant.now(clock));
    }
}
