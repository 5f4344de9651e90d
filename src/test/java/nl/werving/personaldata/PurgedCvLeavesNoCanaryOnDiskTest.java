package nl.werving.personaldata;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.privacy.EncryptionCatchUp;
import nl.werving.privacy.LegalHold;
import nl.werving.support.Applicant;
import nl.werving.support.DatabaseFiles;
import nl.werving.support.TestFiles;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * The raw database files hold no readable CV (content or file name), motivation, note or legal hold reason, before or
 * after a purge or an erasure: they reach the database only sealed under the candidate's key. On H2 the test runs
 * against a database file of its own; on PostgreSQL it reads the database's files when this process may.
 */
@QuarkusTest
@TestProfile(DatabaseFiles.OnDisk.class)
class PurgedCvLeavesNoCanaryOnDiskTest extends CanaryOnDiskTest {

    @Inject
    CandidateService candidates;

    @Inject
    CandidateKeys keys;

    @Inject
    EncryptionCatchUp catchUp;

    @Test
    void aKeyDeletedWithoutItsRewriteIsGoneFromTheFilesAfterTheNextCatchUp() throws SQLException {
        long candidateId = anApplication().to(aVacancy().published().persist()).persist().candidate.id;
        byte[] wrapped = QuarkusTransaction.requiringNew().call(() -> {
            keys.encryptText(candidateId, "Notitie");
            return CandidateKey.<CandidateKey> findById(candidateId).wrappedKey;
        });
        List<Path> files = DatabaseFiles.list(dataSource);
        assumeTrue(!files.isEmpty() && isPostgreSql(), "PostgreSQL's files, readable by this process");
        // As a crash right after a purge's commit leaves it: the row deleted, the table not yet rewritten.
        QuarkusTransaction.requiringNew().run(() -> keys.deleteOwingRewrite(List.of(candidateId)));
        DatabaseFiles.checkpoint(dataSource);
        assertTrue(DatabaseFiles.contain(DatabaseFiles.list(dataSource), wrapped), "a deleted row stays in the table's file");

        catchUp.run();
        DatabaseFiles.checkpoint(dataSource);

        assertFalse(DatabaseFiles.contain(DatabaseFiles.list(dataSource), wrapped), "the rewritten key table holds no deleted key");
        String rewritten = keyTableFile();
        catchUp.run();
        assertEquals(rewritten, keyTableFile(), "with nothing owed, the catch-up leaves the table (and its lock) alone");
    }

    /** A candidate who applied with a CV and a motivation, has a note and had a legal hold, each holding a canary of its own. */
    @Override
    Canaries aCandidateWithCanaries() {
        Map<String, String> canaries = new LinkedHashMap<>();
        for (String what : List.of("CV", "motivation", "note", "file name", "hold reason")) {
            canaries.put(what, "KANARIE-" + UUID.randomUUID());
        }
        String pdf = new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "% " + canaries.get("CV") + "\n";
        byte[] cv = pdf.getBytes(StandardCharsets.US_ASCII);
        String title = "Klantenservice " + UUID.randomUUID();
        Vacancy vacancy = aVacancy().titled(title).published().persist();
        Applicant applicant = Applicant.anApplicant().withCv("cv-" + canaries.get("file name") + ".pdf", "application/pdf", cv);
        applicant.motivation = "Ik werk graag met mensen. " + canaries.get("motivation");
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        long candidateId = QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = Candidate.findByEmail(applicant.email).orElseThrow();
            Application.<Application> list("candidate", candidate).forEach(application -> {
                application.status = ApplicationStatus.REJECTED;
                application.endedAt = Instant.now();
                candidates.addNote(candidate, application.id, null, null, "Telefonisch gesproken. " + canaries.get("note"));
            });
            return candidate.id;
        });
        WebSession admin = WebSession.as(TestUsers.admin());
        admin.post("/app/privacy/holds", Map.of("candidateId", candidateId, "reason", "Klacht. " + canaries.get("hold reason")))
                .then().statusCode(303);
        long hold = QuarkusTransaction.requiringNew().call(() -> LegalHold.<LegalHold> find("candidate.id", candidateId).singleResult().id);
        admin.post("/app/privacy/holds/" + hold + "/lift").then().statusCode(303);
        return new Canaries(candidateId, title, canaries);
    }

    private boolean isPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    private String keyTableFile() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_relation_filepath('candidate_key')")) {
            row.next();
            return row.getString(1);
        }
    }
}
