package nl.werving.personaldata;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.NoteText;
import nl.werving.interview.Scorecard;
import nl.werving.interview.ScorecardAmendment;
import nl.werving.interview.ScorecardNote;
import nl.werving.interview.Scorecards;
import nl.werving.pipeline.Application;
import nl.werving.privacy.EncryptionCatchUp;
import nl.werving.roleplay.RoleplayNote;
import nl.werving.roleplay.Roleplays;
import nl.werving.support.SqlStatements;
import nl.werving.support.StoredColumns;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * What interviewers and assessors write about a candidate (STAR notes, general notes, reasons of corrections, role-play
 * notes) reaches the database only sealed under the candidate's key, and every page that shows it shows it in plain.
 */
@QuarkusTest
class SealedInterviewTextsTest {

    @Inject
    Scorecards scorecards;

    @Inject
    Roleplays roleplays;

    @Inject
    EncryptionCatchUp catchUp;

    @Inject
    SqlStatements statements;

    @Inject
    DataSource dataSource;

    @Test
    void theColumnsHoldNoPlainTextAndThePagesAndTheCopyShowIt() throws Exception {
        Vacancy vacancy = aVacancy().titled("Klantenservice energie").published().persist();
        Application application = anApplication().to(vacancy).by("Noor Verzegeld").persist();
        AppUser manager = TestUsers.hiringManager();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview interview = TestInterviews.plan(recruiter, application, List.of(manager));
        String mark = UUID.randomUUID().toString();
        Written written = score(manager, interview, vacancy, mark, 1);
        recruiter.post("/app/roleplays", TestInterviews.roleplayForm(application, "Rollenspel " + mark + ": bleef rustig, très calme.")).then().statusCode(303);

        long scorecardId = scorecardOf(interview, manager);
        for (String column : List.of("situation", "task", "action", "result")) {
            assertSealed(StoredColumns.bytes(dataSource, "select " + column + " from scorecard_note where scorecard_id = ? and question_id is not null", scorecardId));
        }
        assertSealed(StoredColumns.bytes(dataSource, "select notes from scorecard_note where scorecard_id = ? and question_id is null", scorecardId));
        assertSealed(StoredColumns.bytes(dataSource, "select reason from scorecard_amendment where scorecard_id = ?", scorecardId));
        assertSealed(StoredColumns.bytes(dataSource, "select n.notes from roleplay_note n join roleplay_result r on r.id = n.result_id where r.application_id = ?",
                application.id));

        WebSession.as(manager).get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200)
                .body(containsString(written.situations().get(0))).body(containsString(written.general()))
                .body(containsString(written.reason()));
        recruiter.get("/app/assessments/" + application.id).then().statusCode(200)
                .body(containsString(written.situations().get(0))).body(containsString("Actie " + mark))
                .body(containsString(written.general())).body(containsString(written.reason()))
                .body(containsString("très calme"));
        Map<String, String> copy = unzip(recruiter.get("/app/candidates/" + application.candidate.id + "/export").then().statusCode(200)
                .extract().asByteArray());
        for (String text : List.of(written.situations().get(0), "Resultaat " + mark, written.general(), written.reason(), "très calme")) {
            assertTrue(copy.get("werving-gegevens.json").contains(text), text + " in the JSON");
            assertTrue(copy.get("werving-gegevens.html").contains(text), text + " in the page");
        }
    }

    @Test
    void anAutosaveKeepsTheSealedBytesOfTextsThatDidNotChange() throws SQLException {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        AppUser manager = TestUsers.hiringManager();
        Interview interview = TestInterviews.plan(WebSession.as(TestUsers.recruiter()), application, List.of(manager));
        WebSession interviewer = WebSession.as(manager);
        String path = "/app/interviews/" + interview.id + "/scorecard";
        interviewer.get(path).then().statusCode(200);
        long question = interview.questionIds.get(0);
        Map<String, Object> form = new HashMap<>(Map.of("situation-" + question, "Klant belde over een dubbele afschrijving.",
                "notes", "Spreekt rustig.", "version", versionOf(interview, manager)));
        interviewer.post(path + "/autosave", form).then().statusCode(200);
        long scorecardId = scorecardOf(interview, manager);
        byte[] situation = StoredColumns.bytes(dataSource, "select situation from scorecard_note where scorecard_id = ? and question_id is not null", scorecardId);
        assertSealed(situation);

        form.put("task-" + question, "De klant zijn geld teruggeven.");
        form.put("version", versionOf(interview, manager));
        interviewer.post(path + "/autosave", form).then().statusCode(200);

        assertArrayEquals(situation, StoredColumns.bytes(dataSource, "select situation from scorecard_note where scorecard_id = ? and question_id is not null",
                scorecardId), "the unchanged text was not sealed again");
        assertSealed(StoredColumns.bytes(dataSource, "select task from scorecard_note where scorecard_id = ? and question_id is not null", scorecardId));
        interviewer.get(path).then().statusCode(200).body(containsString("Klant belde over een dubbele afschrijving."))
                .body(containsString("De klant zijn geld teruggeven.")).body(containsString("Spreekt rustig."));
        form.put("task-" + question, "Een tweede tabblad van eerder.");
        form.put("version", versionOf(interview, manager) - 1);
        interviewer.post(path + "/autosave", form).then().statusCode(409);
        interviewer.get(path).then().statusCode(200).body(containsString("De klant zijn geld teruggeven."))
                .body(not(containsString("Een tweede tabblad van eerder.")));
    }

    @Test
    void readsTextsStoredBeforeSealingAndSealsThemLater() throws SQLException {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        AppUser manager = TestUsers.hiringManager();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview interview = TestInterviews.plan(recruiter, application, List.of(manager));
        score(manager, interview, vacancy, "wordt overschreven", 1);
        recruiter.post("/app/roleplays", TestInterviews.roleplayForm(application, "wordt overschreven")).then().statusCode(303);
        long scorecardId = scorecardOf(interview, manager);
        QuarkusTransaction.requiringNew().run(() -> {
            // As V36 left them: the text as UTF-8 bytes, listed as plain.
            for (ScorecardNote note : ScorecardNote.<ScorecardNote> list("scorecard.id", scorecardId)) {
                if (note.questionId == null) {
                    note.notes = bytes("Oude algemene notitie, één regel.");
                } else {
                    note.situation = bytes("Oude situatie, één regel.");
                    note.task = null;
                }
                listAsPlain("scorecard_note_plain", "note_id", note.id);
            }
            ScorecardAmendment amendment = ScorecardAmendment.find("scorecard.id", scorecardId).singleResult();
            amendment.reason = bytes("Oude reden, één regel.");
            listAsPlain("scorecard_amendment_plain", "amendment_id", amendment.id);
            RoleplayNote note = RoleplayNote.find("result.application.id", application.id).singleResult();
            note.notes = bytes("Oude rollenspelnotitie, één regel.");
            listAsPlain("roleplay_note_plain", "note_id", note.id);
        });
        List<String> old = List.of("Oude situatie, één regel.", "Oude algemene notitie, één regel.", "Oude reden, één regel.",
                "Oude rollenspelnotitie, één regel.");
        String page = "/app/assessments/" + application.id;
        old.forEach(text -> recruiter.get(page).then().statusCode(200).body(containsString(text)));

        EncryptionCatchUp.Done done = catchUp.run();

        assertTrue(done.rowsEncrypted() >= 4);
        assertSealed(StoredColumns.bytes(dataSource, "select situation from scorecard_note where scorecard_id = ? and question_id is not null", scorecardId));
        assertNull(StoredColumns.bytes(dataSource, "select task from scorecard_note where scorecard_id = ? and question_id is not null", scorecardId));
        assertSealed(StoredColumns.bytes(dataSource, "select notes from scorecard_note where scorecard_id = ? and question_id is null", scorecardId));
        assertSealed(StoredColumns.bytes(dataSource, "select reason from scorecard_amendment where scorecard_id = ?", scorecardId));
        assertSealed(StoredColumns.bytes(dataSource, "select n.notes from roleplay_note n join roleplay_result r on r.id = n.result_id where r.application_id = ?",
                application.id));
        old.forEach(text -> recruiter.get(page).then().statusCode(200).body(containsString(text)));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> (Number) ScorecardNote.getEntityManager().createNativeQuery(
                "select count(*) from scorecard_note_plain p join scorecard_note n on n.id = p.note_id where n.scorecard_id = :id")
                .setParameter("id", scorecardId).getSingleResult()).longValue(), "taken off the list");
    }

    @Test
    void mergedTextsAreSealedAgainUnderTheKeptCandidatesKey() throws SQLException {
        Vacancy vacancy = aVacancy().titled("Klantenservice zorg").published().persist();
        Application kept = anApplication().to(vacancy).by("Iris Testvoeg").persist();
        Vacancy chat = aVacancy().titled("Chat zorg").published().persist();
        Application duplicate = anApplication().to(chat).by("I. Testvoeg").persist();
        AppUser manager = TestUsers.hiringManager();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview interview = TestInterviews.plan(recruiter, duplicate, List.of(manager));
        Written written = score(manager, interview, chat, "samenvoegen", 1);
        recruiter.post("/app/roleplays", TestInterviews.roleplayForm(duplicate, "Hield drie chats uit elkaar.")).then().statusCode(303);
        long keptId = kept.candidate.id;
        long duplicateId = duplicate.candidate.id;
        Map<String, Object> form = new HashMap<>();
        form.put("with", duplicateId);
        form.put("keep", keptId);
        form.put("version", candidateVersion(keptId));
        form.put("otherVersion", candidateVersion(duplicateId));
        form.put("confirm", true);

        recruiter.post("/app/candidates/" + keptId + "/merge", form).then().statusCode(303);

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", duplicateId), "the duplicate's key is gone");
        long scorecardId = scorecardOf(interview, manager);
        assertSealed(StoredColumns.bytes(dataSource, "select situation from scorecard_note where scorecard_id = ? and question_id is not null", scorecardId));
        QuarkusTransaction.requiringNew().run(() -> {
            List<ScorecardNote> notes = ScorecardNote.listForCandidate(keptId);
            assertEquals(2, notes.size());
            assertTrue(notes.stream().map(scorecards::text).map(NoteText::situation).toList().contains(written.situations().get(0)));
            assertEquals(List.of(written.reason()), ScorecardAmendment.listForCandidate(keptId).stream()
                    .map(amendment -> scorecards.text(amendment).reason()).toList());
            assertEquals(List.of("Hield drie chats uit elkaar."), RoleplayNote.listForCandidate(keptId).stream().map(roleplays::text).toList());
        });
        recruiter.get("/app/assessments/" + duplicate.id).then().statusCode(200).body(containsString(written.situations().get(0)))
                .body(containsString(written.reason())).body(containsString("Hield drie chats uit elkaar."));
    }

    @Test
    void theAssessmentPagesStatementsDoNotGrowWithItsTexts() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        AppUser manager = TestUsers.hiringManager();
        Application few = assessed(recruiter, manager, 1, 1);
        Application many = assessed(recruiter, manager, 4, 3);

        assertEquals(statements.forPage(recruiter, "/app/assessments/" + few.id), statements.forPage(recruiter, "/app/assessments/" + many.id),
                "SQL statements for 1 answer and 1 role-play, and for 4 answers and 3 role-plays");
    }

    private Application assessed(WebSession recruiter, AppUser manager, int answers, int rolePlays) {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        Interview interview = TestInterviews.plan(recruiter, application, List.of(manager));
        score(manager, interview, vacancy, "telling", answers);
        for (int i = 0; i < rolePlays; i++) {
            recruiter.post("/app/roleplays", TestInterviews.roleplayForm(application, "Rollenspel " + i)).then().statusCode(303);
        }
        return application;
    }

    /** What {@link #score} wrote. */
    private record Written(List<String> situations, String general, String reason) {
    }

    /**
     * The interviewer answers the first {@code answers} questions of the interview in STAR form, writes general notes,
     * rates every competency and submits; then corrects a rating with a reason.
     */
    private static Written score(AppUser interviewer, Interview interview, Vacancy vacancy, String mark, int answers) {
        WebSession session = WebSession.as(interviewer);
        String path = "/app/interviews/" + interview.id + "/scorecard";
        session.get(path).then().statusCode(200);
        List<Competency> kit = TestInterviews.kitOf(vacancy);
        Map<String, Object> form = new HashMap<>();
        kit.forEach(c -> form.put("rating-c" + c.id, 3));
        List<String> situations = new ArrayList<>();
        for (long question : interview.questionIds.subList(0, answers)) {
            String situation = "Situatie " + mark + " bij vraag " + question + ": een klant die twee keer betaalde.";
            situations.add(situation);
            form.put("situation-" + question, situation);
            form.put("task-" + question, "Taak " + mark);
            form.put("action-" + question, "Actie " + mark);
            form.put("result-" + question, "Resultaat " + mark);
            form.put("rating-q" + question, 3);
        }
        String general = "Algemeen " + mark + ": zakelijk en warm tegelijk.";
        form.put("notes", general);
        form.put("recommendation", "YES");
        form.put("intent", "submit");
        form.put("version", versionOf(interview, interviewer));
        session.post(path, form).then().statusCode(303);
        String reason = "Correctie " + mark + ": bij teruglezen sterker.";
        session.post(path + "/amend", Map.of("amend-target", kit.get(0).id, "amend-rating", 4, "amend-reason", reason))
                .then().statusCode(303);
        return new Written(situations, general, reason);
    }

    private static long versionOf(Interview interview, AppUser interviewer) {
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow().version);
    }

    private static long scorecardOf(Interview interview, AppUser interviewer) {
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.of(interview.id, interviewer.id).orElseThrow().id);
    }

    private static long candidateVersion(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(candidateId).version);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void listAsPlain(String list, String column, long id) {
        ScorecardNote.flush();
        ScorecardNote.getEntityManager().createNativeQuery("insert into " + list + " (" + column + ") values (:id)")
                .setParameter("id", id).executeUpdate();
    }

    private static void assertSealed(byte[] stored) {
        assertTrue(CandidateKeys.isSealed(stored), "sealed");
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        for (String plain : List.of("Situatie", "Taak", "Actie", "Resultaat", "Algemeen", "Correctie", "Rollenspel", "Klant", "Spreekt",
                "geld")) {
            assertFalse(raw.contains(plain), "no plain text in the column");
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
