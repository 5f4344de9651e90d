package nl.werving.personaldata;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.privacy.Purge;
import nl.werving.support.Applicant;
import nl.werving.support.TestClock;
import nl.werving.support.TestFiles;
import nl.werving.vacancy.Vacancy;

/**
 * The raw database files hold no readable CV content, motivation or note, before or after a purge: they reach the
 * database only sealed under the candidate's key. Other personal data (name, e-mail address) is not encrypted. On H2
 * the test runs against a database file of its own; on PostgreSQL it reads the database's files when this process may.
 */
@QuarkusTest
@TestProfile(PurgedCvLeavesNoCanaryOnDiskTest.OnDisk.class)
class PurgedCvLeavesNoCanaryOnDiskTest {

    static final Path H2_FOLDER = Paths.get("target", "canary-h2");

    /** On H2, a file database instead of the in-memory one. */
    public static class OnDisk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if ("postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
                return Map.of();
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + H2_FOLDER.toAbsolutePath() + "/werving;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    Purge purge;

    @Inject
    DataSource dataSource;

    @Inject
    CandidateService candidates;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aPurgedCandidatesCvMotivationAndNotesAreNowhereInTheDatabaseFiles() throws SQLException {
        String canary = "KANARIE-" + UUID.randomUUID();
        String motivationCanary = "MOTIVATIE-KANARIE-" + UUID.randomUUID();
        String noteCanary = "NOTITIE-KANARIE-" + UUID.randomUUID();
        byte[] cv = (new String(TestFiles.pdf(), StandardCharsets.US_ASCII) + "% " + canary + "\n").getBytes(StandardCharsets.US_ASCII);
        String title = "Klantenservice " + UUID.randomUUID();
        Vacancy vacancy = aVacancy().titled(title).published().persist();
        Applicant applicant = Applicant.anApplicant().withCv("cv-kanarie.pdf", "application/pdf", cv);
        applicant.motivation = "Ik werk graag met mensen. " + motivationCanary;
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        long candidateId = QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = Candidate.findByEmailKey(Candidate.emailKey(applicant.email)).orElseThrow();
            Application.<Application> list("candidate", candidate).forEach(application -> {
                application.status = ApplicationStatus.REJECTED;
                application.endedAt = Instant.now();
                candidates.addNote(candidate, application.id, null, null, "Telefonisch gesproken. " + noteCanary);
            });
            return candidate.id;
        });
        List<Path> files = databaseFiles();
        assumeTrue(!files.isEmpty(), "this process cannot read the database's files");
        checkpoint();
        assertTrue(contains(files, title), "the search finds plain text that is in the files (the vacancy's title)");
        assertFalse(contains(files, canary), "the CV is stored sealed");
        assertFalse(contains(files, motivationCanary), "the motivation is stored sealed");
        assertFalse(contains(files, noteCanary), "the note is stored sealed");

        Instant later = Instant.now().plus(Duration.ofDays(400));
        TestClock.set(later);
        assertTrue(purge.purge(candidateId, later));
        checkpoint();

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Candidate.count("id", candidateId)));
        List<Path> after = databaseFiles();
        assertFalse(contains(after, canary), "no CV content left readable on disk after the purge");
        assertFalse(contains(after, motivationCanary), "no motivation left readable on disk after the purge");
        assertFalse(contains(after, noteCanary), "no note left readable on disk after the purge");
    }

    private void checkpoint() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
    }

    /** The H2 file, or the files of this PostgreSQL database; none when they cannot be read. */
    private List<Path> databaseFiles() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return List.of(H2_FOLDER.resolve("werving.mv.db"));
            }
            String dataDirectory;
            String tableFile;
            try (ResultSet row = statement.executeQuery("select current_setting('data_directory'), pg_relation_filepath('candidate_document')")) {
                row.next();
                dataDirectory = row.getString(1);
                tableFile = row.getString(2);
            }
            // Every file of this database: the table, its TOAST table (where CVs go) and the indexes.
            Path database = Paths.get(dataDirectory).resolve(tableFile).getParent();
            if (!Files.isReadable(database)) {
                return List.of();
            }
            try (Stream<Path> all = Files.list(database)) {
                List<Path> files = all.filter(Files::isRegularFile).toList();
                return files.stream().allMatch(Files::isReadable) ? files : List.of();
            } catch (IOException e) {
                return List.of();
            }
        }
    }

    private static boolean contains(List<Path> files, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException gone) {
                // Dropped since it was listed (PostgreSQL unlinks a rewritten table's old file at a checkpoint): nothing to read.
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            outer:
            for (int i = 0; i <= bytes.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
