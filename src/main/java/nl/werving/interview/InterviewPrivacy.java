package nl.werving.interview;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/** What interviewers wrote about the candidate's answers, and why a scorecard was corrected; ratings stay anonymous. */
@ApplicationScoped
public class InterviewPrivacy implements PrivacyPart {

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(
                section(50, "interviewAnswers", ScorecardNote.listForCandidate(candidateId).stream()
                        .map(n -> row("situation", n.situation, "task", n.task, "action", n.action, "result", n.result, "notes", n.notes))
                        .toList()),
                section(60, "scorecardCorrections", ScorecardAmendment.listForCandidate(candidateId).stream()
                        .map(m -> row("at", m.createdAt, "reason", m.reason)).toList()));
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        ScorecardNote.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
        ScorecardAmendment.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
    }
}
