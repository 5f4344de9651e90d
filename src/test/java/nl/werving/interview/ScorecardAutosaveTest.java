package nl.werving.interview;

import static nl.werving.interview.ScorecardsTest.complete;
import static nl.werving.interview.ScorecardsTest.interviewWithTwo;
import static nl.werving.interview.ScorecardsTest.openScorecard;
import static nl.werving.interview.ScorecardsTest.scorecard;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.interview.ScorecardsTest.Setup;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** Drafts saved as the interviewer types: what is kept, and what a stale or late save may not overwrite. */
@QuarkusTest
class ScorecardAutosaveTest {

    private static final Pattern NEXT_VERSION = Pattern.compile("id=\"sc-version\" value=\"(\\d+)\" hx-swap-oob");

    @Test
    void eachSaveKeepsTheTextAndHandsBackTheVersionForTheNext() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        long version = openScorecard(setup.first(), interviewer, setup);
        long question = setup.question(0, 0);

        String first = autosave(interviewer, setup, Map.of("situation-" + question, "Klant belde boos over een dubbele afschrijving.",
                "version", version)).then().statusCode(200).body(containsString("Opgeslagen om")).extract().asString();
        long next = nextVersion(first);
        assertTrue(next > version, "the version rose");
        autosave(interviewer, setup, Map.of("situation-" + question, "Klant belde boos over een dubbele afschrijving.",
                "action-" + question, "Zocht de betaling op en zette de terugboeking direct in gang.",
                "result-" + question, "Geld binnen twee dagen terug; klant bedankte per mail.", "rating-q" + question, 4,
                "version", next)).then().statusCode(200);

        NoteText note = note(setup, question);
        assertEquals("Zocht de betaling op en zette de terugboeking direct in gang.", note.action());
        assertEquals(4, scorecard(setup, setup.first()).rating(setup.competency(0).id, question));
        assertEquals(ScorecardStatus.DRAFT, scorecard(setup, setup.first()).status);
    }

    @Test
    void aRatingWithoutActionAndResultIsLeftOutWithItsMessageBesideTheAnswerAndTheTextIsKept() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        long version = openScorecard(setup.first(), interviewer, setup);
        long question = setup.question(1, 0);

        autosave(interviewer, setup, Map.of("situation-" + question, "Een klant wilde zijn abonnement opzeggen.",
                "rating-q" + question, 5, "version", version)).then().statusCode(200)
                .body(containsString("id=\"f-answer-" + question + "-error\""))
                .body(containsString("Een score vraagt om bewijs: vul minstens Actie en Resultaat in"))
                .body(containsString("de score volgt zodra Actie en Resultaat zijn ingevuld"));

        assertEquals("Een klant wilde zijn abonnement opzeggen.", note(setup, question).situation());
        assertNull(scorecard(setup, setup.first()).rating(setup.competency(1).id, question));
    }

    @Test
    void aSaveFromAPageThatAnotherTabSavedSinceIsRefusedAndOverwritesNothing() {
        Setup setup = interviewWithTwo();
        WebSession laptop = WebSession.as(setup.first());
        long version = openScorecard(setup.first(), laptop, setup);
        long question = setup.question(0, 0);
        autosave(laptop, setup, Map.of("situation-" + question, "Tekst van de laptop.", "version", version)).then().statusCode(200);

        WebSession phone = WebSession.as(setup.first());
        autosave(phone, setup, Map.of("situation-" + question, "Tekst van de telefoon.", "version", version)).then().statusCode(409)
                .body(containsString("intussen elders opgeslagen"))
                // The page stops autosaving: its autosaver is swapped for an empty element.
                .body(containsString("<span id=\"sc-autosaver\" hidden hx-swap-oob=\"true\"></span>"));

        assertEquals("Tekst van de laptop.", note(setup, question).situation());
    }

    @Test
    void aSaveAfterTheScorecardWasSubmittedElsewhereIsRefusedAndOverwritesNothing() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        long version = openScorecard(setup.first(), interviewer, setup);
        interviewer.post("/app/interviews/" + setup.interview().id + "/scorecard", complete(setup, 4, "submit", version, "INGEDIEND"))
                .then().statusCode(303);
        long submitted = scorecard(setup, setup.first()).version;

        long question = setup.question(0, 0);
        autosave(interviewer, setup, Map.of("situation-" + question, "Later nog iets anders.", "rating-q" + question, 1,
                "version", submitted)).then().statusCode(409).body(containsString("al ingediend"))
                .body(not(containsString("Opgeslagen om")));

        Scorecard stored = scorecard(setup, setup.first());
        assertEquals(ScorecardStatus.SUBMITTED, stored.status);
        assertEquals(4, stored.rating(setup.competency(0).id, question));
        assertTrue(note(setup, question).situation().contains("INGEDIEND"));
    }

    @Test
    void aTextOverTheLimitIsNotSavedAndSaysWhy() {
        Setup setup = interviewWithTwo();
        WebSession interviewer = WebSession.as(setup.first());
        long version = openScorecard(setup.first(), interviewer, setup);
        long question = setup.question(0, 0);

        autosave(interviewer, setup, Map.of("action-" + question, "a".repeat(ScorecardInput.TEXT_MAX + 1), "version", version))
                .then().statusCode(400).body(containsString("Niet opgeslagen"));

        assertNull(note(setup, question));
        assertEquals(version, scorecard(setup, setup.first()).version);
    }

    @Test
    void onlyTheInterviewersOfTheInterviewAutosave() {
        Setup setup = interviewWithTwo();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        autosave(recruiter, setup, Map.of("notes", "Niet mijn gesprek.", "version", 0)).then().statusCode(403);
        assertNull(scorecard(setup, setup.first()));
    }

    @Test
    void theGuideListsTheInterviewsQuestionsForItsPanelAndPlannersWithoutStartingAScorecard() {
        Setup setup = interviewWithTwo();
        String guide = "/app/interviews/" + setup.interview().id + "/guide";
        String firstQuestion = setup.kit().get(0).questions.get(0).text.nl();
        WebSession.as(setup.first()).get(guide).then().statusCode(200).body(containsString("Gespreksleidraad"))
                .body(containsString(firstQuestion)).body(containsString(setup.kit().get(0).anchor1.nl()))
                .body(containsString("href=\"/app/interviews/" + setup.interview().id + "/scorecard\""));
        WebSession.as(TestUsers.recruiter()).get(guide).then().statusCode(200).body(containsString(firstQuestion))
                .body(not(containsString("Naar de scorecard")));
        WebSession.as(TestUsers.hiringManager()).get(guide).then().statusCode(403);
        assertNull(scorecard(setup, setup.first()));
    }

    private static io.restassured.response.Response autosave(WebSession session, Setup setup, Map<String, Object> fields) {
        return session.post("/app/interviews/" + setup.interview().id + "/scorecard/autosave", new HashMap<>(fields));
    }

    private static long nextVersion(String body) {
        Matcher matcher = NEXT_VERSION.matcher(body);
        assertTrue(matcher.find(), "the answer carries the next version");
        return Long.parseLong(matcher.group(1));
    }

    /** The interviewer's note on the question, opened. */
    private static NoteText note(Setup setup, long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ScorecardNote> notes = ScorecardNote.list("scorecard.interview.id = ?1 and scorecard.interviewer.id = ?2 and questionId = ?3",
                    setup.interview().id, setup.first().id, questionId);
            return notes.isEmpty() ? null : Arc.container().instance(Scorecards.class).get().text(notes.get(0));
        });
    }
}
