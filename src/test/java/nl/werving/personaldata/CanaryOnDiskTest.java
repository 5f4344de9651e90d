package nl.werving.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.candidate.Candidate;
import nl.werving.mail.MailStatus;
import nl.werving.mail.OutboxMail;
import nl.werving.privacy.CandidateRights;
import nl.werving.privacy.Purge;
import nl.werving.support.DatabaseFiles;
import nl.werving.support.TestClock;

/**
 * A candidate whose data of one feature holds canary texts, purged in one test and erased in the other; the raw database
 * files (the H2 file, PostgreSQL's relation files after a checkpoint) are searched for every canary before and after:
 * none may be readable. Each feature's test gives the candidate ({@link #aCandidateWithCanaries()}) and runs with
 * {@code @QuarkusTest @TestProfile(DatabaseFiles.OnDisk.class)}. Where this process cannot read the files, the tests
 * are skipped.
 */
abstract class CanaryOnDiskTest {

    @Inject
    Purge purge;

    @Inject
    CandidateRights rights;

    @Inject
    DataSource dataSource;

    /** A candidate whose applications have ended, with this feature's data holding the canaries. */
    abstract Canaries aCandidateWithCanaries() throws Exception;

    /** What must be left after the candidate went, beside the canaries being gone (e.g. scores kept for reports). */
    void afterTheCandidateWent(Canaries canaries) {
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aPurgedCandidatesCanariesAreNowhereInTheDatabaseFiles() throws Exception {
        Canaries canaries = aCandidateWithCanaries();
        awaitMailsSent(canaries.candidateId());
        List<Path> files = DatabaseFiles.list(dataSource);
        assumeTrue(!files.isEmpty(), "this process cannot read the database's files");
        DatabaseFiles.checkpoint(dataSource);
        assertTrue(DatabaseFiles.contain(files, canaries.vacancyTitle()), "the search finds plain text in the files (the vacancy's title)");
        assertNoneIn(files, canaries, "stored sealed");

        Instant later = Instant.now().plus(Duration.ofDays(400));
        TestClock.set(later);
        assertTrue(purge.purge(canaries.candidateId(), later));
        DatabaseFiles.checkpoint(dataSource);

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Candidate.count("id", canaries.candidateId())));
        assertNoneIn(DatabaseFiles.list(dataSource), canaries, "left readable on disk after the purge");
        afterTheCandidateWent(canaries);
    }

    @Test
    void anErasedCandidatesCanariesAreNowhereInTheDatabaseFiles() throws Exception {
        Canaries canaries = aCandidateWithCanaries();
        awaitMailsSent(canaries.candidateId());
        assumeTrue(!DatabaseFiles.list(dataSource).isEmpty(), "this process cannot read the database's files");

        rights.erase(canaries.candidateId());
        DatabaseFiles.checkpoint(dataSource);

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Candidate.count("id", canaries.candidateId())));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> CandidateKey.count("candidateId", canaries.candidateId())));
        assertNoneIn(DatabaseFiles.list(dataSource), canaries, "left readable on disk after the erasure");
        afterTheCandidateWent(canaries);
    }

    /** The candidate's mails due now are sent first: a mail being sent keeps its row locked, which the deletion would wait for. */
    private static void awaitMailsSent(long candidateId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> OutboxMail.count("candidateId = ?1 and status = ?2 and nextAttemptAt <= ?3", candidateId, MailStatus.PENDING,
                        Instant.now())) == 0);
    }

    private static void assertNoneIn(List<Path> files, Canaries canaries, String when) {
        Set<String> found = DatabaseFiles.foundIn(files, canaries.byWhat().values());
        List<String> readable = canaries.byWhat().entrySet().stream().filter(e -> found.contains(e.getValue())).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), readable, "personal data " + when);
    }

    /** The candidate, a plain text that is in the files (to prove the search finds what is there), and each canary by what holds it. */
    record Canaries(long candidateId, String vacancyTitle, Map<String, String> byWhat) {
    }
}
