package nl.werving.reference;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The candidate's reference checks, with the referees they named and where each stands. What a referee answered is the
 * referee's own account, and no referee agreed to share it with the candidate, so the copy says only whether they
 * answered or declined (GDPR art. 15(4)). Dead questionnaire links go nightly.
 */
@ApplicationScoped
public class ReferencePrivacy implements PrivacyPart {

    private final RefereeQuestionnaires questionnaires;

    public ReferencePrivacy(RefereeQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(section(90, "referenceChecks", ReferenceCheck.forCandidate(candidateId).stream().map(check -> row(
                "vacancy", check.application.vacancy.title, "status", check.status.name(), "requestedAt", check.requestedAt,
                "answeredAt", check.answeredAt, "withdrawnAt", check.withdrawnAt, "discussedAt", check.discussedAt,
                "myResponse", check.candidateResponse, "referees", check.referees.stream().map(referee -> row(
                        "name", referee.fullName, "email", referee.email, "phone", referee.phone, "relationship", referee.relationship.name(),
                        "organisation", referee.company, "period", referee.period, "status", referee.status.name(),
                        "respondedAt", referee.respondedAt)).toList())).toList()));
    }

    @Override
    public long forgetDeadLinks() {
        return questionnaires.forgetDeadLinks();
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        ReferenceCheck.update("candidate = ?1 where candidate.id = ?2", Candidate.reference(keptId), duplicateId);
    }
}
