package nl.werving.screening;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.CandidateService;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * A candidate's answers to screening questions, and the knock-outs decided on them with every requirement not met. The
 * answers go with the candidate row (cascade) at the purge or an erasure; the knock-out facts (rules, version, vacancy,
 * when) stay on the anonymous application row.
 */
@ApplicationScoped
public class ScreeningPrivacy implements PrivacyPart {

    private final ScreeningService screening;
    private final CandidateService candidates;

    public ScreeningPrivacy(ScreeningService screening, CandidateService candidates) {
        this.screening = screening;
        this.candidates = candidates;
    }

    @Override
    public PersonalData export(long candidateId) {
        List<ScreeningAnswer> answers = ScreeningAnswer.listForCandidate(candidateId);
        List<String> texts = screening.answerTexts(candidateId, answers);
        Locale locale = candidates.localeOf(candidateId);
        return PersonalData.of(section(22, "screeningAnswers", IntStream.range(0, answers.size()).mapToObj(i -> {
            ScreeningAnswer a = answers.get(i);
            return row("vacancy", a.application.vacancy.title, "question", a.questionText, "answer", texts.get(i),
                    "answeredAt", a.answeredAt);
        }).toList()), section(23, "knockouts", screening.recordedKnockouts(candidateId, locale).stream()
                .map(k -> row("vacancy", k.vacancyTitle(), "requirementsNotMet", k.requirements(), "rulesVersion", k.ruleVersion(),
                        "reviewRequestedAt", k.reviewRequestedAt()))
                .toList()));
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        screening.merge(duplicateId, keptId);
    }
}
