package nl.werving.reference;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The candidate's reference checks, with the referees they named and where each stands. What a referee answered is the
 * referee's own account, so the copy holds it only when the referee agreed to that on the questionnaire; of the others
 * it says only whether they answered or declined (GDPR art. 15(4)). Dead questionnaire links go nightly.
 */
@ApplicationScoped
public class ReferencePrivacy implements PrivacyPart {

    private final RefereeQuestionnaires questionnaires;
    private final ReferenceTexts texts;

    public ReferencePrivacy(RefereeQuestionnaires questionnaires, ReferenceTexts texts) {
        this.questionnaires = questionnaires;
        this.texts = texts;
    }

    @Override
    public PersonalData export(long candidateId) {
        List<ReferenceCheck> checks = ReferenceCheck.forCandidate(candidateId);
        Referee.loadAnswers(checks);
        texts.open(checks);
        return PersonalData.of(section(90, "referenceChecks", checks.stream().map(check -> row(
                "vacancy", check.application.vacancy.title, "status", check.status.name(), "requestedAt", check.requestedAt,
                "answeredAt", check.answeredAt, "withdrawnAt", check.withdrawnAt, "discussedAt", check.discussedAt,
                "myResponse", check.candidateResponse, "referees", check.referees.stream().map(ReferencePrivacy::referee).toList()))
                .toList()));
    }

    private static Map<String, Object> referee(Referee referee) {
        Map<String, Object> row = row("name", referee.fullName, "email", referee.email, "phone", referee.phone, "relationship",
                referee.relationship.name(), "organisation", referee.company, "period", referee.period, "status", referee.status.name(),
                "respondedAt", referee.respondedAt);
        if (referee.isSharedWithCandidate()) {
            row.putAll(row("sharingAgreedAt", referee.sharingAgreedAt, "refereeAnswers", referee.answers.stream().map(answer -> row(
                    "topic", answer.topic.name(), "score", answer.score, "comment", answer.comment)).toList(),
                    "wouldWorkAgain", referee.wouldWorkAgain == null ? null : referee.wouldWorkAgain.name(), "remarks", referee.remarks));
        }
        return row;
    }

    @Override
    public long forgetDeadLinks() {
        return questionnaires.forgetDeadLinks();
    }

    /** The checks go over to the kept candidate, their texts sealed again under the kept candidate's key. */
    @Override
    public void merge(long duplicateId, long keptId) {
        texts.move(duplicateId, keptId);
    }
}
