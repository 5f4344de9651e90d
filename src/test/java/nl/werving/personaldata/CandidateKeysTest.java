package nl.werving.personaldata;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.CvFile;
import nl.werving.candidate.NoteEntry;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.privacy.CandidateRights;
import nl.werving.privacy.EncryptionCatchUp;
import nl.werving.privacy.Purge;
import nl.werving.support.Applicant;
import nl.werving.support.StoredColumns;
import nl.werving.support.TestClock;
import nl.werving.support.TestFiles;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** CVs at rest are sealed under a key per candidate; the key goes with the candidate, and a rotation re-wraps every key. */
@QuarkusTest
class CandidateKeysTest {

    @Inject
    CandidateKeys keys;

    @Inject
    CandidateService candidates;

    @Inject
    CandidateRights rights;

    @Inject
    Purge purge;

    @Inject
    EncryptionCatchUp catchUp;

    @Inject
    CryptoConfig config;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void sealsPerCandidateAndOpensOnlyForThatCandidate() {
        long first = aCandidate();
        long second = aCandidate();
        byte[] plain = "Curriculum vitae van Noor Test".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = QuarkusTransaction.requiringNew().call(() -> keys.encrypt(first, plain));
        assertTrue(CandidateKeys.isSealed(sealed));
        assertEquals(CandidateKeys.FORMAT, sealed[0]);
        assertFalse(Arrays.equals(sealed, QuarkusTransaction.requiringNew().call(() -> keys.encrypt(first, plain))), "a fresh nonce each time");
        assertArrayEquals(plain, QuarkusTransaction.requiringNew().call(() -> keys.decrypt(first, sealed)));
        QuarkusTransaction.requiringNew().run(() -> keys.encrypt(second, plain));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> keys.decrypt(second, sealed)),
                "another candidate's key does not open it");
        assertArrayEquals(plain, QuarkusTransaction.requiringNew().call(() -> keys.decrypt(first, sealed)),
                "a refused value leaves the cipher of this thread fit for the next one");
    }

    @Test
    void anOpenerReadsTheKeysOfManyCandidatesAtOnceAndOpensEachOnesTexts() {
        long first = aCandidate();
        long second = aCandidate();
        long withoutKey = aCandidate();
        byte[] firstSealed = QuarkusTransaction.requiringNew().call(() -> keys.encryptText(first, "Notitie één"));
        byte[] secondSealed = QuarkusTransaction.requiringNew().call(() -> keys.encryptText(second, "Notitie twee"));
        byte[] legacy = "Oude notitie".getBytes(StandardCharsets.UTF_8);

        List<String> opened = QuarkusTransaction.requiringNew().call(() -> {
            CandidateKeys.Opener opener = keys.opener(List.of(first, second, withoutKey));
            return Arrays.asList(opener.text(first, firstSealed), opener.text(second, secondSealed), opener.text(withoutKey, legacy),
                    opener.text(first, null));
        });

        assertEquals(Arrays.asList("Notitie één", "Notitie twee", "Oude notitie", null), opened);
        assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> keys.opener(List.of(second)).text(second, firstSealed)),
                "one candidate's key does not open another's text");
        assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> keys.opener(List.of(first)).text(second, secondSealed)),
                "a key the opener did not read opens nothing");
    }

    @Test
    void twoFirstUsesAtOnceMakeOneKeyAndBothSucceed() throws Exception {
        long candidateId = aCandidateFromBeforeEncryption();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> sealed = new ArrayList<>();
            for (String text : List.of("Notitie van de eerste", "Notitie van de tweede")) {
                sealed.add(threads.submit(() -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> keys.encryptText(candidateId, text));
                }));
            }
            start.countDown();
            byte[] first = sealed.get(0).get(30, TimeUnit.SECONDS);
            byte[] second = sealed.get(1).get(30, TimeUnit.SECONDS);

            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> CandidateKey.count("candidateId", candidateId)));
            assertEquals(List.of("Notitie van de eerste", "Notitie van de tweede"),
                    QuarkusTransaction.requiringNew().call(() -> keys.decryptTexts(candidateId, List.of(first, second))));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void storesTheUploadedCvSealedAndServesTheOriginal() throws SQLException {
        Vacancy vacancy = aVacancy().titled("Klantenservice energie").published().persist();
        byte[] cv = TestFiles.pdf();
        Applicant applicant = Applicant.anApplicant().withCv("cv-sanne.pdf", "application/pdf", cv);
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        long candidateId = candidateOf(applicant);
        long documentId = QuarkusTransaction.requiringNew().call(() -> CandidateDocument.listForCandidate(candidateId).get(0).id);

        byte[] stored = StoredColumns.bytes(dataSource, "select content from candidate_document where id = ?", documentId);
        assertFalse(Arrays.equals(cv, stored));
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("%PDF"), "no plaintext in the row");
        assertTrue(CandidateKeys.isSealed(stored));
        byte[] downloaded = WebSession.as(TestUsers.recruiter())
                .get("/app/candidates/" + candidateId + "/documents/" + documentId + "?download=true").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(cv, downloaded);
    }

    @Test
    void purgeDeletesTheKeySoAnEarlierCopyOfTheCvCannotBeRead() throws SQLException {
        Vacancy vacancy = aVacancy().titled("Klantenservice telecom").published().persist();
        Application rejected = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        long candidateId = rejected.candidate.id;
        attachCv(candidateId, rejected.id, TestFiles.pdf());
        byte[] copyBeforePurge = StoredColumns.bytes(dataSource, "select content from candidate_document where candidate_id = ? and content is not null "
                + "order by id desc", candidateId);
        assertTrue(CandidateKeys.isSealed(copyBeforePurge));
        assertTrue(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", candidateId) != null);

        String keyFileBefore = keyTableFile();

        TestClock.set(Instant.now().plus(Duration.ofDays(400)));
        assertTrue(purge.purge(candidateId, Instant.now().plus(Duration.ofDays(400))));

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", candidateId), "the key row is gone");
        if (keyFileBefore != null) {
            assertNotEquals(keyFileBefore, keyTableFile(), "PostgreSQL wrote the key table to a new file and dropped the old one");
        }
        assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> keys.decrypt(candidateId, copyBeforePurge)));
    }

    @Test
    void keysForgottenInManyTransactionsAreRewrittenOnceWhenTheWorkEnds() throws SQLException {
        long first = aCandidateWithKey();
        long second = aCandidateWithKey();
        String before = keyTableFile();

        String during = keys.forgettingMany(() -> {
            QuarkusTransaction.requiringNew().run(() -> keys.forget(List.of(first)));
            QuarkusTransaction.requiringNew().run(() -> keys.forget(List.of(second)));
            return keyTableFileUnchecked();
        });

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", first));
        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", second));
        if (before != null) {
            assertEquals(before, during, "no rewrite after each commit while the work goes on");
            assertNotEquals(during, keyTableFile(), "the key table was rewritten when the work ended");
        }
    }

    @Test
    void workCutOffByAnErrorStillRewritesTheKeysItForgot() throws SQLException {
        long candidateId = aCandidateWithKey();
        String before = keyTableFile();

        assertThrows(IllegalStateException.class, () -> keys.forgettingMany(() -> {
            QuarkusTransaction.requiringNew().run(() -> keys.forget(List.of(candidateId)));
            throw new IllegalStateException("cut off");
        }));

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", candidateId));
        if (before != null) {
            assertNotEquals(before, keyTableFile(), "the key table was rewritten although the work failed");
        }
    }

    @Test
    void aPurgeRunLeavesNoDeletedKeyInTheKeyTablesFile() throws SQLException {
        Vacancy vacancy = aVacancy().titled("Klantenservice verzekeringen").published().persist();
        Application rejected = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        long candidateId = rejected.candidate.id;
        attachCv(candidateId, rejected.id, TestFiles.pdf());
        String before = keyTableFile();

        TestClock.set(Instant.now().plus(Duration.ofDays(400)));
        purge.run("test");

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", candidateId), "the key row is gone");
        if (before != null) {
            assertNotEquals(before, keyTableFile(), "the run rewrote the key table before it ended");
        }
    }

    @Test
    void erasureDeletesTheKey() throws SQLException {
        Vacancy vacancy = aVacancy().titled("Chat en mail").published().persist();
        Application application = anApplication().to(vacancy).persist();
        long candidateId = application.candidate.id;
        attachCv(candidateId, application.id, TestFiles.pdf());

        rights.erase(candidateId);

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", candidateId));
    }

    @Test
    void aMergedDocumentMotivationAndNoteAreSealedAgainUnderTheKeptCandidatesKey() throws SQLException {
        Vacancy vacancy = aVacancy().titled("Klantenservice zorg").published().persist();
        Application kept = anApplication().to(vacancy).by("Iris Testmans").persist();
        Application duplicate = anApplication().to(aVacancy().titled("Chat zorg").published().persist()).by("I. Testmans").persist();
        byte[] cv = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "% tweede cv\n").getBytes(StandardCharsets.US_ASCII);
        attachCv(duplicate.candidate.id, duplicate.id, cv);
        QuarkusTransaction.requiringNew().run(() -> {
            Candidate candidate = Candidate.findById(duplicate.candidate.id);
            candidates.attachMotivation(candidate, duplicate.id, "Zorg ligt me na aan het hart.");
            candidates.addNote(candidate, duplicate.id, null, null, "Belt liever na vijven.");
        });
        long documentId = QuarkusTransaction.requiringNew().call(() -> CandidateDocument.listForApplication(duplicate.id).stream()
                .filter(d -> CandidateKeys.isSealed(d.content)).findFirst().orElseThrow().id);
        long keptId = kept.candidate.id;
        long duplicateId = duplicate.candidate.id;
        Map<String, Object> form = new HashMap<>();
        form.put("with", duplicateId);
        form.put("keep", keptId);
        form.put("version", version(keptId));
        form.put("otherVersion", version(duplicateId));
        form.put("confirm", true);

        WebSession.as(TestUsers.recruiter()).post("/app/candidates/" + keptId + "/merge", form).then().statusCode(303);

        assertNull(StoredColumns.bytes(dataSource, "select wrapped_key from candidate_key where candidate_id = ?", duplicateId), "the duplicate's key is gone");
        byte[] stored = StoredColumns.bytes(dataSource, "select content from candidate_document where id = ?", documentId);
        assertTrue(CandidateKeys.isSealed(stored));
        assertArrayEquals(cv, QuarkusTransaction.requiringNew().call(() -> keys.decrypt(keptId, stored)));
        assertArrayEquals(cv, contentOf(documentId));
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select body from candidate_note where application_id = ?", duplicate.id)));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Map.of(duplicate.id, "Zorg ligt me na aan het hart."), candidates.motivations(keptId, List.of(duplicate.id)));
            assertEquals(List.of("Belt liever na vijven."), candidates.notes(keptId, List.of(duplicate.id)).stream()
                    .filter(n -> duplicate.id.equals(n.applicationId())).map(NoteEntry::body).toList());
        });
    }

    @Test
    void readsADocumentStoredBeforeEncryptionAndEncryptsItLater() throws SQLException {
        Vacancy vacancy = aVacancy().titled("Klantenservice webwinkel").published().persist();
        // The test builder stores its CV as it was stored before V34: plain, and listed as such.
        Application application = anApplication().to(vacancy).persist();
        long documentId = QuarkusTransaction.requiringNew().call(() -> {
            long id = CandidateDocument.listForApplication(application.id).get(0).id;
            CandidateDocument.getEntityManager().createNativeQuery("insert into candidate_document_plain (document_id) values (:id)")
                    .setParameter("id", id).executeUpdate();
            return id;
        });
        assertArrayEquals(TestFiles.pdf(), StoredColumns.bytes(dataSource, "select content from candidate_document where id = ?", documentId));
        assertArrayEquals(TestFiles.pdf(), contentOf(documentId));

        EncryptionCatchUp.Done done = catchUp.run();

        assertTrue(done.rowsEncrypted() >= 1);
        assertTrue(CandidateKeys.isSealed(StoredColumns.bytes(dataSource, "select content from candidate_document where id = ?", documentId)));
        assertArrayEquals(TestFiles.pdf(), contentOf(documentId));
        assertNull(StoredColumns.bytes(dataSource, "select cast(null as bytea) from candidate_document_plain where document_id = ?", documentId));
    }

    @Test
    void rotationRewrapsEveryKeyAndTheDataStaysReadable() throws SQLException {
        long candidateId = aCandidate();
        byte[] plain = "Werkervaring: klantenservice".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = QuarkusTransaction.requiringNew().call(() -> keys.encrypt(candidateId, plain));
        // As if written before the rotation: the same data key, wrapped by the previous master key.
        MasterKeys masters = MasterKeys.from(config);
        QuarkusTransaction.requiringNew().run(() -> {
            CandidateKey key = CandidateKey.findById(candidateId);
            byte[] aad = CandidateKeys.idBytes(candidateId);
            key.wrappedKey = keys.seal(masters.get("test-old"), aad, CandidateKeys.open(masters.current(), aad, key.wrappedKey));
            key.masterKeyId = "test-old";
        });
        assertArrayEquals(plain, QuarkusTransaction.requiringNew().call(() -> keys.decrypt(candidateId, sealed)), "the old key still opens");

        EncryptionCatchUp.Done done = catchUp.run();

        assertTrue(done.keysRewrapped() >= 1);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> CandidateKey.count("masterKeyId <> ?1", "test")));
        assertArrayEquals(plain, QuarkusTransaction.requiringNew().call(() -> keys.decrypt(candidateId, sealed)));
    }

    @Test
    void aCvLargerThanOnePieceOfTheCipherIsSealedWholeAndOpensOnlyUnchanged() {
        long candidateId = aCandidate();
        byte[] cv = TestFiles.pdfOfSize(1024 * 1024 + 7);
        byte[] sealed = QuarkusTransaction.requiringNew().call(() -> keys.encrypt(candidateId, cv));

        assertEquals(2 + 12 + cv.length + 16, sealed.length, "header, nonce, ciphertext and tag");
        assertArrayEquals(cv, QuarkusTransaction.requiringNew().call(() -> keys.decrypt(candidateId, sealed)));
        byte[] changed = sealed.clone();
        changed[sealed.length / 2] ^= 1;
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> keys.decrypt(candidateId, changed)),
                "one changed byte in the middle is refused");
    }

    private void attachCv(long candidateId, long applicationId, byte[] content) {
        QuarkusTransaction.requiringNew().run(() -> candidates.attachCv(Candidate.findById(candidateId), applicationId,
                CvFile.of("cv.pdf", "application/pdf", content)));
    }

    private static long version(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(candidateId).version);
    }

    private byte[] contentOf(long documentId) {
        return QuarkusTransaction.requiringNew().call(() -> candidates.content(CandidateDocument.findById(documentId)));
    }

    private static long aCandidate() {
        Vacancy vacancy = aVacancy().titled("Klantenservice").published().persist();
        return anApplication().to(vacancy).persist().candidate.id;
    }

    /**
     * A candidate with a key and nothing sealed under it but a note, so forgetting the key leaves no data behind that
     * cannot be read: searches of later tests list this candidate too.
     */
    private long aCandidateWithKey() {
        long candidateId = aCandidateFromBeforeEncryption();
        QuarkusTransaction.requiringNew().run(() -> keys.encrypt(candidateId, "Notitie".getBytes(StandardCharsets.UTF_8)));
        return candidateId;
    }

    /** As V41 leaves a candidate from before encryption: contact details and CV name as plain UTF-8, and no key. */
    private static long aCandidateFromBeforeEncryption() {
        long candidateId = aCandidate();
        QuarkusTransaction.requiringNew().run(() -> {
            Candidate.getEntityManager().createNativeQuery("update candidate set full_name = :name, email = :email, phone = null where id = :id")
                    .setParameter("name", utf8("Kandidaat van voorheen")).setParameter("email", utf8("voorheen@voorbeeld.nl"))
                    .setParameter("id", candidateId).executeUpdate();
            Candidate.getEntityManager().createNativeQuery("update candidate_document set file_name = :name where candidate_id = :id")
                    .setParameter("name", utf8("cv.pdf")).setParameter("id", candidateId).executeUpdate();
            CandidateKey.delete("candidateId", candidateId);
        });
        return candidateId;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String keyTableFileUnchecked() {
        try {
            return keyTableFile();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long candidateOf(Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.findByEmail(applicant.email).orElseThrow().id);
    }

    /** The key table's file on PostgreSQL, which {@code VACUUM FULL} replaces; {@code null} on H2. */
    private String keyTableFile() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return null;
            }
            try (ResultSet row = statement.executeQuery("select pg_relation_filepath('candidate_key')")) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
