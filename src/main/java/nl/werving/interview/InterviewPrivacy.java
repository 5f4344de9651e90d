package nl.werving.interview;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.CandidateService;
import nl.werving.identity.ColleagueRoles;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;
import nl.werving.web.LocalizedText;

/**
 * The candidate's interviews, and each scorecard on them: ratings per competency and question, the advice, and what the
 * interviewer wrote about the answers; why a scorecard was corrected. Interviewers appear by their role only.
 */
@ApplicationScoped
public class InterviewPrivacy implements PrivacyPart {

    private final CandidateService candidates;
    private final Scorecards scorecardTexts;

    public InterviewPrivacy(CandidateService candidates, Scorecards scorecardTexts) {
        this.candidates = candidates;
        this.scorecardTexts = scorecardTexts;
    }

    @Override
    public PersonalData export(long candidateId) {
        String language = candidates.languageOf(candidateId);
        List<Scorecard> scorecards = Scorecard.listForCandidate(candidateId);
        Map<Long, List<NoteText>> notes = scorecardTexts.notes(scorecards);
        Map<Long, Competency> competencies = Competency.byIds(scorecards.stream()
                .flatMap(s -> s.ratings.stream().map(r -> r.competencyId)).collect(Collectors.toSet()));
        Map<Long, InterviewQuestion> questions = InterviewQuestion.byIds(Stream.concat(
                scorecards.stream().flatMap(s -> s.ratings.stream().map(r -> r.questionId)),
                notes.values().stream().flatMap(List::stream).map(NoteText::questionId)).filter(Objects::nonNull).collect(Collectors.toSet()));
        ColleagueRoles roles = ColleagueRoles.interviewers(language);
        return PersonalData.of(
                section(47, "interviews", Interview.listForCandidate(candidateId).stream()
                        .map(i -> row("vacancy", i.application.vacancy.title, "kind", i.kind == null ? null : i.kind.name(),
                                "startsAt", i.startsAt, "minutes", i.durationMinutes, "location", i.location, "videoUrl", i.videoUrl,
                                "status", i.status.name()))
                        .toList()),
                section(50, "scorecards", scorecards.stream().map(s -> row("vacancy", s.application.vacancy.title,
                        "interviewAt", s.interview.startsAt, "interviewer", roles.of(s.interviewer, s.application.vacancy.hiringManager),
                        "status", s.status.name(), "recommendation", s.recommendation == null ? null : s.recommendation.name(),
                        "submittedAt", s.submittedAt,
                        "scores", s.ratings.stream().map(r -> row("competency", text(competencies.get(r.competencyId).name, language),
                                "question", r.questionId == null ? null : text(questions.get(r.questionId).text, language),
                                "score", r.rating)).toList(),
                        "answers", notes.getOrDefault(s.id, List.of()).stream().map(n -> row(
                                "question", n.questionId() == null ? null : text(questions.get(n.questionId()).text, language),
                                "situation", n.situation(), "task", n.task(), "action", n.action(), "result", n.result(),
                                "notes", n.notes()))
                                .toList()))
                        .toList()),
                section(60, "scorecardCorrections", scorecardTexts.amendments(candidateId).stream()
                        .map(m -> row("at", m.createdAt(), "reason", m.reason())).toList()));
    }

    private static String text(LocalizedText text, String language) {
        return text == null ? null : text.in(language);
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        scorecardTexts.moveTexts(duplicateId, keptId);
    }
}
