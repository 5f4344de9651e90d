package nl.werving.personaldata;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.Motivation;
import nl.werving.pipeline.Application;
import nl.werving.privacy.EncryptionCatchUp;
import nl.werving.privacy.LegalHold;
import nl.werving.support.Applicant;
import nl.werving.support.StoredColumns;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * A candidate's motivation, the team's notes, a document's file name and a legal hold's reason reach the database only
 * sealed under the candidate's key; what was stored before is read as it is and sealed by the catch-up.
 */
@QuarkusTest
class SealedTextsTest {

    @Inject
    CandidateService candidates;

    @Inject
    EncryptionCatchUp catchUp;

    @Inject
    DataSource dataSource;

    @Test
    void theColumnsHoldNoPlainTextAndTheProfileShowsIt() throws SQLException {
        String motivation = "Motivatie-" + UUID.randomUUID() + ": ik help graag mensen verder, ook in het Frans (très bien).";
        String note = "Notitie-" + UUID.randomUUID() + ": sterk telefoongesprek.";
        Applied application = apply(motivation);
        String profile = "/app/candidates/" + application.candidateId;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(profile + "/notes", Map.of("body", note, "applicationId", application.applicationId)).then().statusCode(303);

        byte[] storedMotivation = StoredColumns.bytes(dataSource, "select body from candidate_motivation where application_id = ?", application.applicationId);
        byte[] storedNote = StoredColumns.bytes(dataSource, "select body from candidate_note where application_id = ?", application.applicationId);
        assertTrue(CandidateKeys.isSealed(storedMotivation));
        assertTrue(CandidateKeys.isSealed(storedNote));
        assertFalse(new String(storedMotivation, StandardCharsets.ISO_8859_1).contains("Motivatie-"), "no plain text in the column");
        assertFalse(new String(storedNote, StandardCharsets.ISO_8859_1).contains("Notitie-"), "no plain text in the column");

        recruiter.get(profile).then().statusCode(200).body(containsString(note)).body(containsString("très bien"));
    }

    @Test
    void readsTextsStoredBeforeSealingAndSealsThemLater() throws SQLException {
        Applied application = apply("wordt zo overschreven");
        long motivationId = QuarkusTransaction.requiringNew().call(() -> {
            Motivation motivation = Motivation.<Motivation> find("applicationId", application.applicationId).singleResult();
            CandidateNote note = candidates.addNote(motivation.candidate, application.applicationId, null, null, "wordt zo overschreven");
            // As V35 left them: the text as UTF-8 bytes, listed as plain.
            motivation.body = "Oude motivatie, één regel.".getBytes(StandardCharsets.UTF_8);
            note.body = "Oude notitie, één regel.".getBytes(StandardCharsets.UTF_8);
            CandidateNote.flush();
            CandidateNote.getEntityManager().createNativeQuery("insert into candidate_motivation_plain (motivation_id) values (:id)")
                    .setParameter("id", motivation.id).executeUpdate();
            CandidateNote.getEntityManager().createNativeQuery("insert into candidate_note_plain (note_id) values (:id)")
                    .setParameter("id", note.id).executeUpdate();
            return motivation.id;
        });
        assertEquals("Oude motivatie, één regel.", motivationOf(application));
        assertEquals("Oude notitie, één regel.", noteOf(application));

        EncryptionCatchUp.Done done = catchUp.run();

        assertTrue(done.rowsEncrypted() >= 2);
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select body from candidate_motivation where application_id = ?", application.applicationId)));
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select body from candidate_note where application_id = ?", application.applicationId)));
        assertEquals("Oude motivatie, één regel.", motivationOf(application));
        assertEquals("Oude notitie, één regel.", noteOf(application));
        assertNull(StoredColumns.bytes(dataSource, "select cast(null as bytea) from candidate_motivation_plain where motivation_id = ?", motivationId));
    }

    @Test
    void readsAFileNameAndAHoldReasonStoredBeforeSealingAndSealsThemLater() throws SQLException {
        Applied application = apply("Motivatie");
        long holdId = QuarkusTransaction.requiringNew().call(() -> {
            // As V39 left them: the text as UTF-8 bytes, listed as plain.
            CandidateDocument.getEntityManager().createNativeQuery("update candidate_document set file_name = :name where application_id = :id")
                    .setParameter("name", "cv-oud-bestand.pdf".getBytes(StandardCharsets.UTF_8)).setParameter("id", application.applicationId)
                    .executeUpdate();
            CandidateDocument.getEntityManager().createNativeQuery("""
                    insert into candidate_document_plain (document_id) select id from candidate_document where application_id = :id
                        and not exists (select 1 from candidate_document_plain p where p.document_id = candidate_document.id)""")
                    .setParameter("id", application.applicationId).executeUpdate();
            LegalHold hold = new LegalHold();
            hold.candidate = Candidate.findById(application.candidateId);
            hold.reason = "Oude klacht, één regel.".getBytes(StandardCharsets.UTF_8);
            hold.placedBy = TestUsers.admin().id;
            hold.placedAt = Instant.now();
            hold.persist();
            LegalHold.flush();
            LegalHold.getEntityManager().createNativeQuery("insert into legal_hold_plain (hold_id) values (:id)")
                    .setParameter("id", hold.id).executeUpdate();
            return hold.id;
        });
        WebSession admin = WebSession.as(TestUsers.admin());
        admin.get("/app/candidates/" + application.candidateId).then().statusCode(200).body(containsString("cv-oud-bestand.pdf"));
        admin.get("/app/privacy").then().statusCode(200).body(containsString("Oude klacht, één regel."));

        EncryptionCatchUp.Done done = catchUp.run();

        assertTrue(done.rowsEncrypted() >= 2);
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select file_name from candidate_document where application_id = ?", application.applicationId)));
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select reason from legal_hold where id = ?", holdId)));
        assertNull(StoredColumns.bytes(dataSource, "select cast(null as bytea) from legal_hold_plain where hold_id = ?", holdId));
        admin.get("/app/candidates/" + application.candidateId).then().statusCode(200).body(containsString("cv-oud-bestand.pdf"));
        admin.get("/app/privacy").then().statusCode(200).body(containsString("Oude klacht, één regel."));
    }

    private static Applied apply(String motivation) {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = Applicant.anApplicant();
        applicant.motivation = motivation;
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = Candidate.findByEmail(applicant.email).orElseThrow();
            return new Applied(Application.<Application> find("candidate", candidate).singleResult().id, candidate.id);
        });
    }

    private String motivationOf(Applied application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> candidates.text(Motivation.<Motivation> find("applicationId", application.applicationId).singleResult()));
    }

    private String noteOf(Applied application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> candidates.text(CandidateNote.<CandidateNote> find("applicationId", application.applicationId).singleResult()));
    }

    private record Applied(long applicationId, long candidateId) {
    }
}
