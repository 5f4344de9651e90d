package nl.werving.personaldata;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
import nl.werving.pipeline.Application;
import nl.werving.privacy.EncryptionCatchUp;
import nl.werving.screening.ScreeningQuestion;
import nl.werving.support.Applicant;
import nl.werving.support.StoredColumns;
import nl.werving.support.TestReferences;
import nl.werving.support.TestReferences.Request;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * The referees a candidate named, what the referees answered, the candidate's response and the candidate's screening
 * answers reach the database only sealed under the candidate's key; pages, mails and the export show them plain.
 */
@QuarkusTest
class SealedReferencesAndScreeningTest {

    @Inject
    CandidateKeys keys;

    @Inject
    EncryptionCatchUp catchUp;

    @Inject
    DataSource dataSource;

    /**
     * A candidate who applied with a text answer, named a referee who answered and one nobody asked yet (whose name and
     * address are in no mail), and whose response was noted.
     */
    record Checked(long applicationId, long candidateId, long checkId, long refereeId, String refereeName, String refereeEmail,
            String comment, String response, String answer, Request request, String unaskedName, String unaskedEmail) {
    }

    @Test
    void theColumnsHoldNoPlainTextAndThePagesMailsAndExportShowIt() throws Exception {
        Checked checked = checked();

        byte[] name = StoredColumns.bytes(dataSource, "select full_name from referee where id = ?", checked.refereeId());
        byte[] email = StoredColumns.bytes(dataSource, "select email from referee where id = ?", checked.refereeId());
        byte[] comment = StoredColumns.bytes(dataSource, "select comment from referee_answer where referee_id = ? and topic = 'PRESSURE'", checked.refereeId());
        byte[] response = StoredColumns.bytes(dataSource, "select candidate_response from reference_check where id = ?", checked.checkId());
        byte[] answer = StoredColumns.bytes(dataSource, "select answer from screening_answer where application_id = ?", checked.applicationId());
        for (byte[] stored : new byte[][] { name, email, comment, response, answer }) {
            assertTrue(CandidateKeys.isSealed(stored), "sealed under the candidate's key");
        }
        assertFalse(new String(name, StandardCharsets.ISO_8859_1).contains("Referent-"), "no plain text in the column");
        assertFalse(new String(answer, StandardCharsets.ISO_8859_1).contains("Antwoord-"), "no plain text in the column");
        assertEquals(checked.answer(), QuarkusTransaction.requiringNew().call(() -> keys.decryptText(checked.candidateId(), answer)));

        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.get("/app/references/" + checked.applicationId()).then().statusCode(200)
                .body(containsString(checked.refereeName())).body(containsString(checked.refereeEmail()))
                .body(containsString(checked.comment())).body(containsString(checked.response()));
        WebSession.anonymous().get("/status/" + checked.request().statusToken()).then().statusCode(200)
                .body(containsString(checked.refereeName())).body(containsString(checked.comment()));

        Map<String, String> export = unzip(recruiter.get("/app/candidates/" + checked.candidateId() + "/export").then().statusCode(200)
                .extract().asByteArray());
        for (String copy : new String[] { export.get("werving-gegevens.json"), export.get("werving-gegevens.html") }) {
            assertTrue(copy.contains(checked.refereeName()), "the referee's name in the copy");
            assertTrue(copy.contains(checked.refereeEmail()), "the referee's address in the copy");
            assertTrue(copy.contains(checked.unaskedName()), "the other referee in the copy");
            assertTrue(copy.contains(checked.comment()), "the shared answer in the copy");
            assertTrue(copy.contains(checked.response()), "the candidate's response in the copy");
            assertTrue(copy.contains(checked.answer()), "the screening answer in the copy");
        }
    }

    @Test
    void readsTextsStoredBeforeSealingAndSealsThemLater() throws Exception {
        Checked checked = checked();
        // As V38 left them: the text as UTF-8 bytes, listed as plain.
        QuarkusTransaction.requiringNew().run(() -> {
            plain("update referee set full_name = :text where id = :id", "Oude Referent", checked.refereeId());
            plain("update referee_answer set comment = :text where referee_id = :id", "Oud commentaar, één regel.", checked.refereeId());
            plain("update reference_check set candidate_response = :text where id = :id", "Oude reactie.", checked.checkId());
            plain("update screening_answer set answer = :text where application_id = :id", "Oud antwoord.", checked.applicationId());
            list("insert into referee_plain (referee_id) values (:id)", checked.refereeId());
            list("insert into referee_answer_plain (answer_id) select id from referee_answer where referee_id = :id", checked.refereeId());
            list("insert into reference_check_plain (check_id) values (:id)", checked.checkId());
            list("insert into screening_answer_plain (answer_id) select id from screening_answer where application_id = :id",
                    checked.applicationId());
        });
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.get("/app/references/" + checked.applicationId()).then().statusCode(200)
                .body(containsString("Oude Referent")).body(containsString("Oud commentaar, één regel.")).body(containsString("Oude reactie."));

        EncryptionCatchUp.Done done = catchUp.run();

        assertTrue(done.rowsEncrypted() >= 8);
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select full_name from referee where id = ?", checked.refereeId())));
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select email from referee where id = ?", checked.refereeId())));
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select comment from referee_answer where referee_id = ? and topic = 'PRESSURE'",
                checked.refereeId())));
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select candidate_response from reference_check where id = ?", checked.checkId())));
        byte[] answer = StoredColumns.bytes(dataSource, "select answer from screening_answer where application_id = ?", checked.applicationId());
        assertTrue(CandidateKeys.isSealed(answer));
        assertEquals("Oud antwoord.", QuarkusTransaction.requiringNew().call(() -> keys.decryptText(checked.candidateId(), answer)));
        assertNull(StoredColumns.bytes(dataSource, "select cast(null as bytea) from referee_plain where referee_id = ?", checked.refereeId()));
        recruiter.get("/app/references/" + checked.applicationId()).then().statusCode(200)
                .body(containsString("Oude Referent")).body(containsString(checked.refereeEmail()))
                .body(containsString("Oud commentaar, één regel.")).body(containsString("Oude reactie."));
    }

    @Test
    void aMergedCandidatesReferencesAndAnswersAreSealedAgainUnderTheKeptCandidatesKey() throws Exception {
        Checked checked = checked();
        Application kept = anApplication().to(aVacancy().titled("Chat zorg").published().persist()).by("Iris Testmans").persist();
        long keptId = kept.candidate.id;
        Map<String, Object> form = new HashMap<>();
        form.put("with", checked.candidateId());
        form.put("keep", keptId);
        form.put("version", version(keptId));
        form.put("otherVersion", version(checked.candidateId()));
        form.put("confirm", true);

        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post("/app/candidates/" + keptId + "/merge", form).then().statusCode(303);

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", checked.candidateId()), "the duplicate's key is gone");
        byte[] name = StoredColumns.bytes(dataSource, "select full_name from referee where id = ?", checked.refereeId());
        byte[] answer = StoredColumns.bytes(dataSource, "select answer from screening_answer where application_id = ?", checked.applicationId());
        assertTrue(CandidateKeys.isSealed(name));
        assertEquals(checked.refereeName(), QuarkusTransaction.requiringNew().call(() -> keys.decryptText(keptId, name)));
        assertEquals(checked.answer(), QuarkusTransaction.requiringNew().call(() -> keys.decryptText(keptId, answer)));
        recruiter.get("/app/references/" + checked.applicationId()).then().statusCode(200)
                .body(containsString(checked.refereeName())).body(containsString(checked.comment()))
                .body(containsString(checked.response()));
        String copy = unzip(recruiter.get("/app/candidates/" + keptId + "/export").then().statusCode(200).extract().asByteArray())
                .get("werving-gegevens.json");
        assertTrue(copy.contains(checked.answer()), "the screening answer in the kept candidate's copy");
        assertTrue(copy.contains(checked.refereeEmail()), "the referee in the kept candidate's copy");
    }

    /**
     * Through the pages, as people do it: the candidate applies answering a text question, the recruiter asks for
     * references, the candidate names one, the recruiter invites them (the mail reaches the referee's address), the
     * referee answers and shares, and the recruiter notes the candidate's response.
     */
    static Checked checked() {
        String unique = UUID.randomUUID().toString();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Vacancy vacancy = aVacancy().titled("Klantenservice " + unique).published().persist();
        recruiter.post("/app/vacancies/" + vacancy.id + "/screening/questions", Map.of("kind", "SHORT_TEXT",
                "textNl", "Waarom deze baan?")).then().statusCode(303);
        long question = QuarkusTransaction.requiringNew().call(() -> ScreeningQuestion.listForVacancy(vacancy.id).get(0).id);
        String answer = "Antwoord-" + unique;
        Applicant applicant = Applicant.anApplicant().answering(question, answer);
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        Application application = QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = Candidate.findByEmail(applicant.email).orElseThrow();
            return Application.<Application> find("candidate", candidate).singleResult();
        });

        Request request = TestReferences.request(recruiter, application);
        String name = "Referent-" + unique;
        String email = "referent." + unique.substring(0, 8) + "@voorbeeld.nl";
        String unaskedName = "Ongevraagd-" + unique;
        String unaskedEmail = "ongevraagd." + unique + "@voorbeeld.nl";
        TestReferences.name(request, TestReferences.referee(1, name, email), TestReferences.referee(2, unaskedName, unaskedEmail));
        String token = TestReferences.invite(recruiter, application, request.checkId(), email);
        String comment = "Commentaar-" + unique;
        Map<String, Object> answers = new HashMap<>(TestReferences.answers(4, comment, "YES"));
        answers.put("shareWithCandidate", "true");
        WebSession.anonymous().post("/referee/" + token, answers).then().statusCode(200);
        String response = "Reactie-" + unique;
        long version = TestReferences.check(request.checkId()).version;
        recruiter.post("/app/references/" + application.id + "/discussion", Map.of("checkId", request.checkId(), "version", version,
                "response", response)).then().statusCode(303);
        long refereeId = TestReferences.refereeByEmail(email).id;
        return new Checked(application.id, application.candidate.id, request.checkId(), refereeId, name, email, comment, response, answer,
                request, unaskedName, unaskedEmail);
    }

    private static void plain(String sql, String text, long id) {
        Candidate.getEntityManager().createNativeQuery(sql).setParameter("text", text.getBytes(StandardCharsets.UTF_8))
                .setParameter("id", id).executeUpdate();
    }

    private static void list(String sql, long id) {
        Candidate.getEntityManager().createNativeQuery(sql).setParameter("id", id).executeUpdate();
    }

    private static long version(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(candidateId).version);
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
