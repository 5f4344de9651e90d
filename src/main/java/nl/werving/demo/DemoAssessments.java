package nl.werving.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;
import nl.werving.identity.AppUser;
import nl.werving.interview.CalibrationFacts;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.InterviewQuestion;
import nl.werving.interview.InterviewStatus;
import nl.werving.interview.Interviews;
import nl.werving.interview.Recommendation;
import nl.werving.interview.Scorecard;
import nl.werving.interview.ScorecardNote;
import nl.werving.interview.ScorecardRating;
import nl.werving.interview.ScorecardStatus;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.pipeline.Application;
import nl.werving.roleplay.RoleplayResult;
import nl.werving.roleplay.RoleplayScenario;
import nl.werving.roleplay.Verdict;

/**
 * An interview two days ago on Emma Peeters's application: the recruiter submitted his scorecard, the hiring manager
 * has not yet, so logging in as {@code manager} shows the blind scorecard. Plus a role-play and an interview to come.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoAssessments {

    private final Clock clock;
    private final Interviews interviews;
    private final CandidateKeys keys;
    private final CalibrationFacts calibrationFacts;

    DemoAssessments(Clock clock, Interviews interviews, CandidateKeys keys, CalibrationFacts calibrationFacts) {
        this.clock = clock;
        this.interviews = interviews;
        this.keys = keys;
        this.calibrationFacts = calibrationFacts;
    }

    void create(Application emma, Application planned, DemoUsers.Team team) {
        AppUser recruiter = team.recruiter();
        List<Competency> kit = interviews.kit(emma.vacancy.id);
        Instant held = Instant.now(clock).minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        Interview interview = interview(emma, held, recruiter, List.of(recruiter, team.manager()));
        submittedScorecard(interview, kit, emma, recruiter, held);
        calibrationFacts.refresh(emma.id);
        roleplay(emma, recruiter, held.plus(Duration.ofHours(2)));
        interview(planned, Instant.now(clock).plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS), recruiter, List.of(team.manager()));
    }

    /** Every competency rated, and the first question answered with a STAR note. */
    private void submittedScorecard(Interview interview, List<Competency> kit, Application application, AppUser interviewer,
            Instant held) {
        Scorecard scorecard = new Scorecard();
        scorecard.interview = interview;
        scorecard.application = application;
        scorecard.interviewer = interviewer;
        scorecard.status = ScorecardStatus.SUBMITTED;
        scorecard.recommendation = Recommendation.YES;
        scorecard.createdAt = held;
        scorecard.submittedAt = held.plus(Duration.ofHours(1));
        int[] ratings = { 4, 4, 3, 4, 3, 4, 4, 3 };
        for (int i = 0; i < kit.size(); i++) {
            ScorecardRating rating = new ScorecardRating();
            rating.scorecard = scorecard;
            rating.competencyId = kit.get(i).id;
            rating.rating = ratings[i % ratings.length];
            scorecard.ratings.add(rating);
        }
        scorecard.persist();

        InterviewQuestion question = kit.get(0).questions.get(0);
        ScorecardRating answerRating = new ScorecardRating();
        answerRating.scorecard = scorecard;
        answerRating.competencyId = kit.get(0).id;
        answerRating.questionId = question.id;
        answerRating.rating = 4;
        answerRating.persist();
        ScorecardNote note = new ScorecardNote();
        note.candidate = application.candidate;
        note.scorecard = scorecard;
        note.questionId = question.id;
        long candidateId = application.candidate.id;
        note.situation = keys.encryptText(candidateId,
                "Bij een webwinkel moest ze een klant vertellen dat een bank pas na de feestdagen geleverd kon worden.");
        note.task = keys.encryptText(candidateId, "De klant eerlijk informeren zonder hem kwijt te raken.");
        note.action = keys.encryptText(candidateId,
                "Belde zelf op, noemde meteen de nieuwe datum, bood gratis bezorging op de verdieping aan en stuurde een bevestiging.");
        note.result = keys.encryptText(candidateId,
                "Klant bleef, gaf een 8 in de tevredenheidsmeting; ze gebruikt sindsdien vaste zinnen voor slecht nieuws.");
        note.persist();
    }

    private static void roleplay(Application application, AppUser assessor, Instant at) {
        RoleplayResult roleplay = new RoleplayResult();
        roleplay.application = application;
        roleplay.scenario = RoleplayScenario.listActive().get(0);
        roleplay.assessor = assessor;
        roleplay.durationMinutes = 11;
        roleplay.tone = 4;
        roleplay.wordChoice = 4;
        roleplay.patience = 5;
        roleplay.listening = 4;
        roleplay.deEscalation = 3;
        roleplay.solution = 4;
        roleplay.verdict = Verdict.SUITABLE;
        roleplay.createdAt = at;
        roleplay.persist();
    }

    private static Interview interview(Application application, Instant startsAt, AppUser organizer, List<AppUser> interviewers) {
        Interview interview = new Interview();
        interview.application = application;
        interview.startsAt = startsAt;
        interview.durationMinutes = 45;
        interview.location = "Kantoor Utrecht, Catharijnesingel 50, zaal Vecht";
        interview.status = InterviewStatus.SCHEDULED;
        interview.calendarUid = UUID.randomUUID() + "@werving";
        interview.createdBy = organizer.id;
        interview.createdAt = startsAt.minus(Duration.ofDays(3));
        interview.interviewers.addAll(interviewers);
        interview.persist();
        return interview;
    }
}
