package nl.werving.screening;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * A candidate's answers to screening questions. They go with the candidate row (cascade) at the purge or an erasure; the
 * knock-out facts (rule, version, vacancy, when) stay on the anonymous application row.
 */
@ApplicationScoped
public class ScreeningPrivacy implements PrivacyPart {

    private final ScreeningService screening;

    public ScreeningPrivacy(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public PersonalData export(long candidateId) {
        List<ScreeningAnswer> answers = ScreeningAnswer.listForCandidate(candidateId);
        List<String> texts = screening.answerTexts(candidateId, answers);
        return PersonalData.of(section(22, "screeningAnswers", IntStream.range(0, answers.size()).mapToObj(i -> {
            ScreeningAnswer a = answers.get(i);
            return row("vacancy", a.application.vacancy.title, "question", a.questionText, "answer", texts.get(i),
                    "answeredAt", a.answeredAt);
        }).toList()));
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        screening.merge(duplicateId, keptId);
    }
}
