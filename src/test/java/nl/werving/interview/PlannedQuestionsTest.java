package nl.werving.interview;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestInterviews.defaultQuestions;
import static nl.werving.support.TestInterviews.inDays;
import static nl.werving.support.TestInterviews.interviewForm;
import static nl.werving.support.TestInterviews.kitOf;
import static nl.werving.support.TestInterviews.plan;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import nl.werving.identity.AppUser;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestMails;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** Each interview asks its own 4–8 questions of the kit: planned, shown on the scorecard and the invitation, compared fairly. */
@QuarkusTest
class PlannedQuestionsTest {

    private static final Pattern RATED = Pattern.compile("name=\"rating-q(\\d+)\"");
    private static final Pattern CHECKED = Pattern.compile("name=\"questionIds\" id=\"f-questionIds\\d+\" value=\"(\\d+)\" checked");

    record Setup(Vacancy vacancy, Application application, List<Competency> kit, WebSession recruiter) {

        long question(int competency, int question) {
            return kit.get(competency).questions.get(question).id;
        }

        String text(int competency, int question) {
            return kit.get(competency).questions.get(question).text.nl();
        }
    }

    /** A vacancy with the default kit, copied the way a recruiter gets it: by opening the planning form. */
    static Setup setup() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Lieke Dirksen").persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.get("/app/assessments/" + application.id + "/interviews/new").then().statusCode(200);
        return new Setup(vacancy, application, kitOf(vacancy), recruiter);
    }

    static Interview stored(Interview interview) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview found = Interview.findById(interview.id);
            found.questionIds.size();
            return found;
        });
    }

    static List<Long> checked(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = CHECKED.matcher(html);
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    /** The questions a scorecard page offers a rating for. */
    static Set<Long> rated(String html) {
        Set<Long> ids = new HashSet<>();
        Matcher matcher = RATED.matcher(html);
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    /** Opens the scorecard (starting the draft) and returns its version. */
    static long open(Interview interview, AppUser interviewer) {
        WebSession.as(interviewer).get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200);
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow().version);
    }

    static Map<String, Object> submit(long version, List<Competency> rated, int rating) {
        Map<String, Object> form = new HashMap<>();
        rated.forEach(competency -> form.put("rating-c" + competency.id, rating));
        form.put("recommendation", "YES");
        form.put("intent", "submit");
        form.put("version", version);
        return form;
    }

    @Test
    void planningWithSixQuestionsStoresThemAndTheScorecardAsksExactlyThose() {
        Setup setup = setup();
        AppUser interviewer = TestUsers.hiringManager();
        // Picked out of kit order on purpose: the interview keeps them in kit order.
        List<Long> six = List.of(setup.question(6, 0), setup.question(0, 1), setup.question(0, 0), setup.question(1, 2),
                setup.question(3, 0), setup.question(3, 1));
        Interview interview = plan(setup.recruiter(), setup.application(), List.of(interviewer), InterviewKind.FINAL, six);

        Interview stored = stored(interview);
        assertEquals(List.of(setup.question(0, 0), setup.question(0, 1), setup.question(1, 2), setup.question(3, 0),
                setup.question(3, 1), setup.question(6, 0)), stored.questionIds);
        assertEquals(InterviewKind.FINAL, stored.kind);

        String scorecard = WebSession.as(interviewer).get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200)
                .extract().asString();
        assertEquals(Set.copyOf(six), rated(scorecard), "exactly the six questions, each with a rating scale");
        assertFalse(scorecard.contains(setup.text(0, 2)), "a question of a chosen competency that was not chosen");
        assertFalse(scorecard.contains(setup.text(2, 0)), "a question of a competency not asked about");
        for (int competency : List.of(0, 1, 3, 6)) {
            assertTrue(scorecard.contains("name=\"rating-c" + setup.kit().get(competency).id + "\""));
        }
        assertFalse(scorecard.contains("name=\"rating-c" + setup.kit().get(2).id + "\""), "a competency not asked is not rated");

        // Submitting needs a rating for the four competencies asked about, and only those.
        List<Competency> asked = List.of(setup.kit().get(0), setup.kit().get(1), setup.kit().get(3), setup.kit().get(6));
        Map<String, Object> incomplete = submit(open(interview, interviewer), asked.subList(0, 3), 4);
        WebSession.as(interviewer).post("/app/interviews/" + interview.id + "/scorecard", incomplete).then().statusCode(400)
                .body(containsString("Geef een score voor " + setup.kit().get(6).name.nl() + "."));
        WebSession.as(interviewer).post("/app/interviews/" + interview.id + "/scorecard", submit(open(interview, interviewer), asked, 4))
                .then().statusCode(303);
        assertEquals(ScorecardStatus.SUBMITTED, QuarkusTransaction.requiringNew().call(
                () -> Scorecard.of(interview.id, interviewer.id).orElseThrow().status));
    }

    @Test
    void eachKindOfInterviewTicksItsOwnDefaultQuestions() {
        Setup setup = setup();
        assertEquals(List.of(setup.question(0, 0), setup.question(1, 0), setup.question(2, 0), setup.question(3, 0)),
                InterviewKind.PHONE_SCREEN.defaults(setup.kit()), "a phone screen: the first question of the first four competencies");
        List<Long> debrief = InterviewKind.ROLEPLAY_DEBRIEF.defaults(setup.kit());
        assertEquals(List.of(setup.question(0, 2), setup.question(1, 2), setup.question(2, 1), setup.question(3, 1), setup.question(4, 1)),
                debrief, "a role-play debrief: what the candidate would do, about the first five competencies");
        assertTrue(setup.kit().stream().flatMap(c -> c.questions.stream()).filter(q -> debrief.contains(q.id))
                .allMatch(q -> q.kind == QuestionKind.SITUATIONAL));
        List<Long> last = setup.kit().stream().map(c -> c.questions.get(0).id).toList();
        assertEquals(last, InterviewKind.FINAL.defaults(setup.kit()), "a final interview: one question about every competency");

        String fresh = setup.recruiter().get("/app/assessments/" + setup.application().id + "/interviews/new").then().statusCode(200)
                .extract().asString();
        assertEquals(last, checked(fresh), "a new interview starts as a final interview");

        Map<String, Object> form = interviewForm(inDays(3), "10:00", "Zaal 1", "", List.of(TestUsers.hiringManager().id), null);
        form.put("kind", "PHONE_SCREEN");
        form.put("questionIds", last);
        form.put("intent", "defaults");
        String redrawn = setup.recruiter().post("/app/assessments/" + setup.application().id + "/interviews", form).then().statusCode(200)
                .body(containsString("value=\"Zaal 1\"")).extract().asString();
        assertEquals(InterviewKind.PHONE_SCREEN.defaults(setup.kit()), checked(redrawn));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Interview.count("application.id", setup.application().id)),
                "asking for the defaults plans nothing");
    }

    @Test
    void tooFewTooManyOrForeignQuestionsAreRefusedBesideTheField() {
        Setup setup = setup();
        Setup other = setup();
        long interviewer = TestUsers.hiringManager().id;
        String path = "/app/assessments/" + setup.application().id + "/interviews";
        List<Long> all = setup.kit().stream().flatMap(c -> c.questions.stream()).map(q -> q.id).toList();

        Map<String, Object> form = interviewForm(inDays(3), "10:00", "Zaal 1", "", List.of(interviewer), null);
        form.put("questionIds", all.subList(0, 3));
        setup.recruiter().post(path, form).then().statusCode(400)
                .body(containsString("<div id=\"f-questionIds-error\" class=\"invalid-feedback d-block\">"
                        + "<i class=\"bi bi-exclamation-circle\" aria-hidden=\"true\"></i> Kies 4 tot 8 vragen.</div>"));
        form.put("questionIds", all.subList(0, 9));
        setup.recruiter().copy().language("en").post(path, form).then().statusCode(400).body(containsString("Choose 4 to 8 questions."));
        List<Long> foreign = new ArrayList<>(all.subList(0, 4));
        foreign.add(other.question(0, 0));
        form.put("questionIds", foreign);
        setup.recruiter().post(path, form).then().statusCode(400).body(containsString("Kies vragen uit de kit van deze vacature."));
        setup.recruiter().copy().language("en").post(path, form).then().statusCode(400)
                .body(containsString("Choose questions from this vacancy&#39;s kit."));
        form.put("questionIds", all.subList(0, 4));
        form.remove("kind");
        setup.recruiter().post(path, form).then().statusCode(400).body(containsString("Kies het soort gesprek."));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Interview.count("application.id", setup.application().id)));
    }

    @Test
    void aQuestionTakenOutOfTheKitStaysOnTheInterviewsThatAskIt() {
        Setup setup = setup();
        AppUser interviewer = TestUsers.hiringManager();
        Interview interview = plan(setup.recruiter(), setup.application(), List.of(interviewer), InterviewKind.PHONE_SCREEN,
                defaultQuestions(setup.application(), InterviewKind.PHONE_SCREEN));
        long planned = setup.question(0, 0);
        long unplanned = setup.question(0, 2);
        String kit = "/app/vacancies/" + setup.vacancy().id + "/kit";

        setup.recruiter().post(kit + "/questions/" + planned + "/delete").then().statusCode(303);
        setup.recruiter().get(kit).then().statusCode(200).body(containsString("Geplande gesprekken met deze vraag houden hem"))
                .body(not(containsString(setup.text(0, 0))));
        setup.recruiter().post(kit + "/questions/" + unplanned + "/delete").then().statusCode(303);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> InterviewQuestion.<InterviewQuestion> findById(planned).retired));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> InterviewQuestion.count("id", unplanned)), "never asked: deleted");
        assertTrue(kitOf(setup.vacancy()).get(0).questions.stream().noneMatch(q -> q.id == planned));

        WebSession.as(interviewer).get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200)
                .body(containsString(setup.text(0, 0))).body(containsString("name=\"rating-q" + planned + "\""));
        setup.recruiter().get("/app/assessments/" + setup.application().id + "/interviews/new").then().statusCode(200)
                .body(not(containsString(setup.text(0, 0))));
        setup.recruiter().get("/app/interviews/" + interview.id).then().statusCode(200)
                .body(containsString("value=\"" + planned + "\" checked")).body(containsString("niet meer in de kit"));

        // The interview keeps it through a change; a new interview cannot pick it.
        Map<String, Object> change = interviewForm(setup.application(), inDays(4), "11:00", "Zaal 2", "", List.of(interviewer.id),
                stored(interview).version);
        change.put("kind", "PHONE_SCREEN");
        change.put("questionIds", stored(interview).questionIds);
        setup.recruiter().post("/app/interviews/" + interview.id, change).then().statusCode(303);
        assertTrue(stored(interview).questionIds.contains(planned));
        Map<String, Object> fresh = interviewForm(inDays(4), "11:00", "Zaal 2", "", List.of(interviewer.id), null);
        fresh.put("questionIds", stored(interview).questionIds);
        setup.recruiter().post("/app/assessments/" + setup.application().id + "/interviews", fresh).then().statusCode(400)
                .body(containsString("Kies vragen uit de kit van deze vacature."));

        setup.recruiter().post(kit + "/competencies/" + setup.kit().get(0).id + "/delete").then().statusCode(303);
        assertEquals(setup.kit().size(), kitOf(setup.vacancy()).size(), "a competency an interview asks about stays");
    }

    @Test
    void questionsWithAnswersStayWhenTheInterviewChanges() {
        Setup setup = setup();
        AppUser interviewer = TestUsers.hiringManager();
        Interview interview = plan(setup.recruiter(), setup.application(), List.of(interviewer));
        long answered = setup.question(0, 0);
        WebSession.as(interviewer).post("/app/interviews/" + interview.id + "/scorecard", Map.of("action-" + answered,
                "Belde de klant terug.", "result-" + answered, "Klacht ingetrokken.", "rating-q" + answered, 4, "intent", "save",
                "version", open(interview, interviewer))).then().statusCode(303);

        setup.recruiter().get("/app/interviews/" + interview.id).then().statusCode(200)
                .body(containsString("Vragen met antwoorden op een scorecard kunnen er niet meer uit.")).body(containsString("beantwoord"));
        List<Long> without = new ArrayList<>(stored(interview).questionIds);
        without.remove(answered);
        without.add(setup.question(0, 1));
        Map<String, Object> change = interviewForm(inDays(4), "11:00", "Zaal 2", "", List.of(interviewer.id), stored(interview).version);
        change.put("questionIds", without);
        setup.recruiter().post("/app/interviews/" + interview.id, change).then().statusCode(400)
                .body(containsString("Vragen met antwoorden op een scorecard blijven in het gesprek."));
        assertTrue(stored(interview).questionIds.contains(answered));

        // Choosing other questions for the competency keeps the answer given before.
        without.add(answered);
        without.remove(setup.question(1, 0));
        change.put("questionIds", without);
        setup.recruiter().post("/app/interviews/" + interview.id, change).then().statusCode(303);
        assertEquals(4, QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow()
                .rating(setup.kit().get(0).id, answered)));
    }

    @Test
    void theInvitationToInterviewersListsTheChosenQuestionsAndTheCandidatesDoesNot() {
        Setup setup = setup();
        AppUser interviewer = TestUsers.hiringManager();
        plan(setup.recruiter(), setup.application(), List.of(interviewer), InterviewKind.PHONE_SCREEN,
                defaultQuestions(setup.application(), InterviewKind.PHONE_SCREEN));

        String text = SmtpServer.text(SmtpServer.awaitMessagesTo(interviewer.email, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(text.contains("Vragen voor dit gesprek"), text);
        assertTrue(text.contains("1. " + setup.kit().get(0).name.nl() + ": " + setup.text(0, 0)), text);
        assertTrue(text.contains("4. " + setup.kit().get(3).name.nl() + ": " + setup.text(3, 0)), text);
        assertFalse(text.contains(setup.text(4, 0)), "a question not chosen");
        OutboxMail toCandidate = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> find("candidateId = ?1 and kind = ?2",
                setup.application().candidate.id, "interview-invitation").singleResult());
        Outbox.Mail candidateMail = TestMails.open(toCandidate);
        assertFalse(candidateMail.text().contains(setup.text(0, 0)) || candidateMail.html().contains("Vragen voor dit gesprek"),
                "the candidate does not get the questions in advance");
        OutboxMail toInterviewer = QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> find("recipientKey = ?1 and kind = ?2",
                OutboxMail.keyOf(interviewer.email), "interview-invitation").singleResult());
        assertTrue(TestMails.open(toInterviewer).html().contains(setup.text(3, 0).replace("'", "&#39;")));
    }

    @Test
    void theOverviewSaysWhichCompetenciesAnInterviewerDidNotAskAndTheMeanLeavesThemOut() {
        Setup setup = setup();
        AppUser screener = TestUsers.hiringManager();
        AppUser finalist = TestUsers.hiringManager();
        Interview screen = plan(setup.recruiter(), setup.application(), List.of(screener), InterviewKind.PHONE_SCREEN,
                defaultQuestions(setup.application(), InterviewKind.PHONE_SCREEN));
        Interview last = plan(setup.recruiter(), setup.application(), List.of(finalist));
        WebSession.as(screener).post("/app/interviews/" + screen.id + "/scorecard",
                submit(open(screen, screener), setup.kit().subList(0, 4), 2)).then().statusCode(303);
        WebSession.as(finalist).post("/app/interviews/" + last.id + "/scorecard",
                submit(open(last, finalist), setup.kit(), 4)).then().statusCode(303);

        String overview = setup.recruiter().get("/app/assessments/" + setup.application().id).then().statusCode(200).extract().asString();
        assertEquals(setup.kit().size() - 4, count(overview, "<span class=\"wv-not-asked\">niet gevraagd</span>"));
        setup.recruiter().copy().language("en").get("/app/assessments/" + setup.application().id).then().statusCode(200)
                .body(containsString("<span class=\"wv-not-asked\">not asked</span>"));
        JsonPath json = RestAssured.given().auth().preemptive().basic(TestUsers.recruiter().username, TestUsers.PASSWORD)
                .get("/api/assessments/" + setup.application().id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> both = json.getMap("competencies.find { it.competencyId == " + setup.kit().get(0).id + " }");
        assertEquals(3.0f, ((Number) both.get("mean")).floatValue());
        Map<String, Object> one = json.getMap("competencies.find { it.competencyId == " + setup.kit().get(5).id + " }");
        assertEquals(4.0f, ((Number) one.get("mean")).floatValue(), "the competency the phone screen did not ask counts once");
    }

    @Test
    void anInterviewPlannedBeforeQuestionsWereChosenStillAsksTheWholeKit() {
        Setup setup = setup();
        AppUser interviewer = TestUsers.hiringManager();
        Interview interview = plan(setup.recruiter(), setup.application(), List.of(interviewer));
        QuarkusTransaction.requiringNew().run(() -> {
            Interview found = Interview.findById(interview.id);
            found.questionIds.clear();
            found.kind = null;
        });

        String scorecard = WebSession.as(interviewer).get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200)
                .extract().asString();
        assertEquals(setup.kit().stream().flatMap(c -> c.questions.stream()).map(q -> q.id).collect(Collectors.toSet()),
                rated(scorecard));
        WebSession.as(interviewer).post("/app/interviews/" + interview.id + "/scorecard",
                submit(open(interview, interviewer), setup.kit().subList(0, 4), 3)).then().statusCode(400)
                .body(containsString("Geef een score voor " + setup.kit().get(4).name.nl() + "."));
        WebSession.as(interviewer).post("/app/interviews/" + interview.id + "/scorecard",
                submit(open(interview, interviewer), setup.kit(), 3)).then().statusCode(303);
        setup.recruiter().get("/app/assessments/" + setup.application().id).then().statusCode(200)
                .body(not(containsString("niet gevraagd")));
    }
}
