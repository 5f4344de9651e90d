package nl.werving.interview;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.CurrentUser;
import nl.werving.interview.Scorecards.Aggregate;
import nl.werving.pipeline.Application;
import nl.werving.roleplay.Roleplays;
import nl.werving.roleplay.Roleplays.Results;

/** Everything known of how an application was assessed, as far as the current user may see it. */
@ApplicationScoped
public class Assessments {

    public record Overview(Application application, List<Interview> interviews, Aggregate aggregate,
            Map<Long, List<NoteText>> notes, Map<Long, List<AmendmentText>> amendments, Results roleplays,
            boolean canRecordRoleplays, Long me, Map<Long, InterviewQuestion> questions) {

        /** The question a note answers, also when it has been retired from the kit since. */
        public InterviewQuestion question(long questionId) {
            return questions.get(questionId);
        }

        public List<NoteText> notes(long scorecardId) {
            return notes.getOrDefault(scorecardId, List.of());
        }

        public List<AmendmentText> amendments(long scorecardId) {
            return amendments.getOrDefault(scorecardId, List.of());
        }

        /** The current user's scorecard state for an interview: none, draft or submitted. */
        public ScorecardStatus myStatus(long interviewId) {
            return aggregate.scorecards().stream()
                    .filter(s -> s.interview.id == interviewId && s.interviewer.id.equals(me))
                    .map(s -> s.status).findFirst().orElse(null);
        }
    }

    private final CurrentUser currentUser;
    private final Interviews interviews;
    private final Scorecards scorecards;
    private final Roleplays roleplays;
    private final AuditLog audit;

    public Assessments(CurrentUser currentUser, Interviews interviews, Scorecards scorecards, Roleplays roleplays, AuditLog audit) {
        this.currentUser = currentUser;
        this.interviews = interviews;
        this.scorecards = scorecards;
        this.roleplays = roleplays;
        this.audit = audit;
    }

    @Transactional
    public Overview overview(long applicationId) {
        Application application = interviews.application(applicationId);
        Aggregate aggregate = scorecards.aggregate(application);
        Map<Long, List<NoteText>> notes = scorecards.notes(aggregate.scorecards());
        Map<Long, InterviewQuestion> questions = InterviewQuestion.withCompetency(notes.values().stream().flatMap(List::stream)
                .map(NoteText::questionId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(question -> question.id, Function.identity()));
        Overview overview = new Overview(application, Interview.forApplication(applicationId), aggregate,
                notes, scorecards.amendments(aggregate.scorecards()),
                roleplays.canRecord(application) || !aggregate.hidden() ? roleplays.results(applicationId) : Results.none(),
                roleplays.canRecord(application), currentUser.getId(), questions);
        audit.record(AuditAction.ASSESSMENT_VIEWED, AuditLog.APPLICATION, applicationId);
        return overview;
    }
}
