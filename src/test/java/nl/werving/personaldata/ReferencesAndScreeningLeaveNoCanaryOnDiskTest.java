package nl.werving.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.candidate.Candidate;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.privacy.Purge;
import nl.werving.support.DatabaseFiles;
import nl.werving.support.TestClock;

/**
 * The raw database files hold no readable referee name, referee address, referee comment or screening answer, before or
 * after a purge: they reach the database only sealed under the candidate's key. On H2 the test runs against a database
 * file of its own; on PostgreSQL it reads the database's files when this process may.
 */
@QuarkusTest
@TestProfile(DatabaseFiles.OnDisk.class)
class ReferencesAndScreeningLeaveNoCanaryOnDiskTest {

    @Inject
    Purge purge;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aPurgedCandidatesRefereesAndScreeningAnswersAreNowhereInTheDatabaseFiles() throws SQLException {
        // The referee who was asked got a mail, which the outbox keeps with their name and address (the mail's own data);
        // the one not yet asked is in no mail, so their name and address are the canaries here.
        SealedReferencesAndScreeningTest.Checked checked = SealedReferencesAndScreeningTest.checked();
        String title = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application> findById(checked.applicationId()).vacancy.title);
        QuarkusTransaction.requiringNew().run(() -> Application.<Application> list("candidate.id", checked.candidateId()).forEach(application -> {
            application.status = ApplicationStatus.REJECTED;
            application.endedAt = Instant.now();
        }));
        List<String> canaries = List.of(checked.unaskedName(), checked.unaskedEmail(), checked.comment(), checked.response(),
                checked.answer());
        List<Path> files = DatabaseFiles.list(dataSource);
        assumeTrue(!files.isEmpty(), "this process cannot read the database's files");
        DatabaseFiles.checkpoint(dataSource);
        assertTrue(DatabaseFiles.contain(files, title), "the search finds plain text that is in the files (the vacancy's title)");
        for (String canary : canaries) {
            assertFalse(DatabaseFiles.contain(files, canary), "stored sealed: " + canary);
        }

        Instant later = Instant.now().plus(Duration.ofDays(400));
        TestClock.set(later);
        assertTrue(purge.purge(checked.candidateId(), later));
        DatabaseFiles.checkpoint(dataSource);

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Candidate.count("id", checked.candidateId())));
        List<Path> after = DatabaseFiles.list(dataSource);
        for (String canary : canaries) {
            assertFalse(DatabaseFiles.contain(after, canary), "nothing left readable on disk after the purge: " + canary);
        }
    }
}
