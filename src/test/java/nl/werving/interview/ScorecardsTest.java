package nl.werving.interview;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestInterviews.plan;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.support.TestApplications;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** Filling in scorecards: evidence, independence, the lock and amendments, and the numbers side by side. */
@QuarkusTest
class ScorecardsTest {

    record Setup(Application application, Interview interview, AppUser first, AppUser second, List<Competency> kit) {

        Competency competency(int index) {
            return kit.get(index);
        }

        long question(int competency, int question) {
            return kit.get(competency).questions.get(question).id;
        }
    }

    static Setup interviewWithTwo() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Jesse Verbruggen").persist();
        AppUser first = TestUsers.hiringManager();
        AppUser second = TestUsers.hiringManager();
        Interview interview = plan(WebSession.as(TestUsers.recruiter()), application, List.of(first, second));
        List<Competency> kit = TestInterviews.kitOf(vacancy);
        return new Setup(application, interview, first, second, kit);
    }

    /** A complete scorecard: every competency rated {@code rating}, one answered question per competency. */
    static Map<String, Object> complete(Setup setup, int rating, String intent, long version, String evidence) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i < setup.kit().size(); i++) {
            form.put("rating-c" + setup.competency(i).id, rating);
        }
        long question = setup.question(0, 0);
        form.put("situation-" + question, "Klant belde voor de derde keer over een pakket. " + evidence);
        form.put("action-" + question, "Vatte samen, belde de vervoerder en beloofde terugbellen om 16 uur.");
        form.put("result-" + question, "Klant kreeg om 16 uur bericht en bleef klant.");
        form.put("rating-q" + question, rating);
        form.put("recommendation", rating >= 3 ? "YES" : "NO");
        form.put("notes", "Rustig en concreet.");
        form.put("intent", intent);
        form.put("version", version);
        return form;
    }

    static RequestSpecification api(AppUser user) {
        return given().auth().preemptive().basic(user.username, TestUsers.PASSWORD);
    }

    static Scorecard scorecard(Setup setup, AppUser interviewer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Scorecard found = Scorecard.of(setup.interview().id, interviewer.id).orElse(null);
            if (found != null) {
                found.ratings.size();
            }
            return found;
        });
    }

    /** Opens the scorecard page as the interviewer does, which starts the draft; its version for the form. */
    static long openScorecard(AppUser user, WebSession session, Setup setup) {
        session.get("/app/interviews/" + setup.interview().id + "/scorecard").then().statusCode(200);
        return scorecard(setup, user).version;
    }

    @Test
    void aRatedAnswerNeedsAtLeastActionAndResult() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        long version = openScorecard(setup.first(), interviewer, setup);
        long question = setup.question(1, 0);
        Map<String, Object> form = new HashMap<>();
        form.put("situation-" + question, "Een klant was boos over een late levering.");
        form.put("rating-q" + question, 4);
        form.put("intent", "save");
        form.put("version", version);

        interviewer.post("/app/interviews/" + setup.interview().id + "/scorecard", form).then().statusCode(400)
                .body(containsString("Een score vraagt om bewijs: vul minstens Actie en Resultaat in"))
                .body(containsString("Een klant was boos over een late levering."));
        Scorecard stored = scorecard(setup, setup.first());
        assertEquals(0, stored.ratings.size());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ScorecardNote.count("scorecard.id", stored.id)));

        form.put("action-" + question, "Excuses aangeboden, status opgevraagd bij het magazijn.");
        form.put("result-" + question, "Nieuwe levering de volgende dag, klant tevreden.");
        interviewer.post("/app/interviews/" + setup.interview().id + "/scorecard", form).then().statusCode(303);
        Scorecard saved = scorecard(setup, setup.first());
        assertEquals(ScorecardStatus.DRAFT, saved.status);
        assertEquals(4, saved.rating(setup.competency(1).id, question));
        ScorecardNote note = QuarkusTransaction.requiringNew().call(() -> ScorecardNote.<ScorecardNote> find("scorecard.id", saved.id)
                .singleResult());
        assertEquals("Nieuwe levering de volgende dag, klant tevreden.", QuarkusTransaction.requiringNew().call(
                () -> Arc.container().instance(Scorecards.class).get().text(ScorecardNote.<ScorecardNote> findById(note.id)).result()));
        assertEquals(setup.application().candidate.id, QuarkusTransaction.requiringNew().call(
                () -> ScorecardNote.<ScorecardNote> findById(note.id).candidate.id), "STAR notes belong to the candidate aggregate");
    }

    @Test
    void submittingNeedsEveryCompetencyAndARecommendation() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        long version = openScorecard(setup.first(), interviewer, setup);
        Map<String, Object> form = complete(setup, 3, "submit", version, "");
        form.remove("rating-c" + setup.competency(2).id);
        form.remove("recommendation");

        interviewer.post("/app/interviews/" + setup.interview().id + "/scorecard", form).then().statusCode(400)
                .body(containsString("Geef een score voor " + setup.competency(2).name.nl() + "."))
                .body(containsString("Kies een advies."));
        assertEquals(ScorecardStatus.DRAFT, scorecard(setup, setup.first()).status);
    }

    @Test
    void interviewersScoreBlindUntilTheySubmitAndRecruitersSeeEverything() {
        Setup setup = interviewWithTwo();
        WebSession first = WebSession.as(setup.first());
        WebSession second = WebSession.as(setup.second());
        String assessment = "/app/assessments/" + setup.application().id;

        first.post("/app/interviews/" + setup.interview().id + "/scorecard",
                complete(setup, 2, "submit", openScorecard(setup.first(), first, setup), "EERSTE-BEWIJS")).then().statusCode(303);
        long secondVersion = openScorecard(setup.second(), second, setup);
        second.post("/app/interviews/" + setup.interview().id + "/scorecard",
                complete(setup, 4, "save", secondVersion, "TWEEDE-CONCEPT")).then().statusCode(303);

        second.get(assessment).then().statusCode(200)
                .body(containsString("zodra je je eigen scorecard hebt ingediend"))
                .body(not(containsString("EERSTE-BEWIJS")))
                .body(containsString("TWEEDE-CONCEPT"));
        JsonPath blind = api(setup.second()).get("/api/assessments/" + setup.application().id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(setup.second().displayName), blind.getList("scorecards.interviewer"));
        assertEquals(true, blind.getBoolean("othersHidden"));
        assertEquals(List.of(), blind.getList("competencies.findAll { it.mean != null }"));
        first.get(assessment).then().statusCode(200).body(not(containsString("TWEEDE-CONCEPT")));

        second.post("/app/interviews/" + setup.interview().id + "/scorecard",
                complete(setup, 4, "submit", scorecard(setup, setup.second()).version, "TWEEDE-BEWIJS")).then().statusCode(303);
        second.get(assessment).then().statusCode(200).body(containsString("EERSTE-BEWIJS"))
                .body(not(containsString("zodra je je eigen scorecard hebt ingediend")));
        WebSession.as(TestUsers.recruiter()).get(assessment).then().statusCode(200)
                .body(containsString("EERSTE-BEWIJS")).body(containsString("TWEEDE-BEWIJS"));
    }

    @Test
    void theAggregateShowsMeanSpreadAndFlagsDisagreement() {
        Setup setup = interviewWithTwo();
        WebSession first = WebSession.as(setup.first());
        WebSession second = WebSession.as(setup.second());
        first.post("/app/interviews/" + setup.interview().id + "/scorecard",
                complete(setup, 2, "submit", openScorecard(setup.first(), first, setup), "")).then().statusCode(303);
        Map<String, Object> form = complete(setup, 3, "submit", openScorecard(setup.second(), second, setup), "");
        form.put("rating-c" + setup.competency(0).id, 5);
        second.post("/app/interviews/" + setup.interview().id + "/scorecard", form).then().statusCode(303);

        JsonPath json = api(TestUsers.recruiter()).get("/api/assessments/" + setup.application().id)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> disputed = json.getMap("competencies.find { it.competencyId == " + setup.competency(0).id + " }");
        assertEquals(3.5f, ((Number) disputed.get("mean")).floatValue());
        assertEquals(3, disputed.get("spread"));
        assertEquals(true, disputed.get("disagreement"));
        Map<String, Object> close = json.getMap("competencies.find { it.competencyId == " + setup.competency(1).id + " }");
        assertEquals(2.5f, ((Number) close.get("mean")).floatValue());
        assertEquals(1, close.get("spread"));
        assertEquals(false, close.get("disagreement"));

        WebSession.as(TestUsers.recruiter()).get("/app/assessments/" + setup.application().id).then().statusCode(200)
                .body(containsString("wv-disagree")).body(containsString("3,5"));

        // Each submission wrote the application's calibration facts again: each rating against the colleague's.
        assertEquals(List.of(List.of(setup.first().id, 2.0, 1, -3.0), List.of(setup.second().id, 5.0, 1, 3.0)), calibrationFacts(setup, 0));
        assertEquals(List.of(List.of(setup.first().id, 2.0, 1, -1.0), List.of(setup.second().id, 3.0, 1, 1.0)), calibrationFacts(setup, 1));
    }

    @Test
    void aSubmittedScorecardIsLockedAndACorrectionKeepsTheOriginalBesideIt() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        String path = "/app/interviews/" + setup.interview().id + "/scorecard";
        interviewer.post(path, complete(setup, 3, "submit", openScorecard(setup.first(), interviewer, setup), "")).then().statusCode(303);
        Scorecard submitted = scorecard(setup, setup.first());

        interviewer.post(path, complete(setup, 5, "save", submitted.version, "")).then().statusCode(409);
        assertEquals(3, scorecard(setup, setup.first()).competencyRating(setup.competency(0).id));

        long competency = setup.competency(0).id;
        interviewer.post(path + "/amend", Map.of("amend-target", competency, "amend-rating", 4, "amend-reason", ""))
                .then().statusCode(400).body(containsString("Schrijf op waarom je corrigeert."));
        interviewer.post(path + "/amend", Map.of("amend-target", competency, "amend-rating", 4,
                "amend-reason", "Bij het teruglezen van mijn notities: het voorbeeld liet duidelijk samenvatten zien.")).then().statusCode(303);

        Scorecard amended = scorecard(setup, setup.first());
        assertEquals(4, amended.competencyRating(competency));
        assertEquals(ScorecardStatus.SUBMITTED, amended.status);
        ScorecardAmendment amendment = QuarkusTransaction.requiringNew().call(() -> ScorecardAmendment.<ScorecardAmendment> find(
                "scorecard.id", amended.id).singleResult());
        assertEquals(3, amendment.previousRating);
        assertEquals(4, amendment.rating);
        assertEquals(List.of(List.of(setup.first().id, 4.0, 0, "-")), calibrationFacts(setup, 0), "the correction reaches calibration, no colleague yet");
        assertNull(amendment.previousRecommendation);
        interviewer.get(path).then().statusCode(200).body(containsString("score van 3 naar 4"))
                .body(containsString("het voorbeeld liet duidelijk samenvatten zien"));
    }

    @Test
    void twoTabsSavingTheSameDraftDoNotOverwriteEachOther() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        String path = "/app/interviews/" + setup.interview().id + "/scorecard";
        long version = openScorecard(setup.first(), interviewer, setup);

        interviewer.post(path, complete(setup, 2, "save", version, "EERSTE-TAB")).then().statusCode(303);
        interviewer.post(path, complete(setup, 5, "save", version, "TWEEDE-TAB")).then().statusCode(409)
                .body(containsString("Deze scorecard is intussen elders opgeslagen")).body(containsString("TWEEDE-TAB"));
        assertEquals(2, scorecard(setup, setup.first()).competencyRating(setup.competency(0).id));
    }

    @Test
    void onlyTheInterviewersOfAnInterviewFillItsScorecard() {
        Setup setup = interviewWithTwo();
        WebSession.as(TestUsers.hiringManager()).get("/app/interviews/" + setup.interview().id + "/scorecard").then().statusCode(403);
        WebSession.as(TestUsers.recruiter()).get("/app/interviews/" + setup.interview().id + "/scorecard").then().statusCode(403);
        WebSession.as(TestUsers.hiringManager()).get("/app/assessments/" + setup.application().id).then().statusCode(403);
        WebSession.as(setup.first()).get("/app/assessments/" + setup.application().id).then().statusCode(200);
    }

    @Test
    void aRecruiterOnThePanelAlsoScoresBlindAndSeesNoSummaryOnTheBoard() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Ilse Brouwers").persist();
        AppUser recruiter = TestUsers.recruiter();
        AppUser colleague = TestUsers.hiringManager();
        Interview interview = plan(WebSession.as(recruiter), application, List.of(recruiter, colleague));
        List<Competency> kit = TestInterviews.kitOf(vacancy);
        Setup setup = new Setup(application, interview, colleague, recruiter, kit);
        WebSession colleagueSession = WebSession.as(colleague);
        colleagueSession.post("/app/interviews/" + interview.id + "/scorecard",
                complete(setup, 5, "submit", openScorecard(colleague, colleagueSession, setup), "COLLEGA-BEWIJS")).then().statusCode(303);

        WebSession recruiterSession = WebSession.as(recruiter);
        recruiterSession.get("/app/assessments/" + application.id).then().statusCode(200)
                .body(containsString("zodra je je eigen scorecard hebt ingediend")).body(not(containsString("COLLEGA-BEWIJS")));
        recruiterSession.get("/app/vacancies/" + vacancy.id + "/board").then().statusCode(200)
                .body(not(containsString("Scorecards: 5,0")));
        WebSession.as(TestUsers.recruiter()).get("/app/vacancies/" + vacancy.id + "/board").then().statusCode(200)
                .body(containsString("Scorecards: 5,0 gemiddeld (1)"));
        // The card a drag redraws keeps its scores, for a recruiter who may see them and not for one on the panel.
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        drag(WebSession.as(TestUsers.recruiter()), application, stages.get(0), stages.get(1))
                .body(containsString("Scorecards: 5,0 gemiddeld (1)"));
        drag(recruiterSession, application, stages.get(1), stages.get(2)).body(not(containsString("Scorecards: 5,0")));

        recruiterSession.post("/app/interviews/" + interview.id + "/scorecard",
                complete(setup, 3, "submit", openScorecard(recruiter, recruiterSession, setup), "")).then().statusCode(303);
        recruiterSession.get("/app/assessments/" + application.id).then().statusCode(200).body(containsString("COLLEGA-BEWIJS"));
    }

    private static ValidatableResponse drag(WebSession session, Application application, Stage from, Stage to) {
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(application.id).version);
        String token = session.csrfToken();
        return session.request().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .formParam("toStageId", to.id).formParam("fromStageId", from.id).formParam("version", version)
                .post("/app/applications/" + application.id + "/move").then().statusCode(200);
    }

    /** The calibration facts of one competency of the interview: interviewer, rating, colleagues and difference ("-": none). */
    private static List<List<Object>> calibrationFacts(Setup setup, int competency) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Scorecard.getEntityManager().createNativeQuery("""
                    select interviewer_id, rating, colleagues, difference from calibration_fact
                    where application_id = :application and competency = :competency order by interviewer_id""")
                    .setParameter("application", setup.application().id).setParameter("competency", setup.competency(competency).name.nl())
                    .getResultList();
            return rows.stream().map(row -> List.<Object> of(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue(),
                    ((Number) row[2]).intValue(), row[3] == null ? "-" : ((Number) row[3]).doubleValue())).toList();
        });
    }
}
