package nl.werving.support;

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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The raw files the database keeps, searched byte by byte for a text: what a purge must leave unreadable is looked for
 * where an attacker with a copy of the disk would look. On H2 the tests run against a file database of their own
 * ({@link OnDisk}); on PostgreSQL the files of the test database are read when this process may.
 */
public final class DatabaseFiles {

    static final Path H2_FOLDER = Paths.get("target", "canary-h2");

    /** On H2, a file database instead of the in-memory one; PostgreSQL as it is. */
    public static class OnDisk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if ("postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
                return Map.of();
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + H2_FOLDER.toAbsolutePath() + "/werving;DB_CLOSE_DELAY=-1");
        }
    }

    private DatabaseFiles() {
    }

    /** Writes what the database holds in memory to its files. */
    public static void checkpoint(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
    }

    /** The H2 file, or every file of this PostgreSQL database (tables, TOAST tables, indexes); none when they cannot be read. */
    public static List<Path> list(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return List.of(H2_FOLDER.resolve("werving.mv.db"));
            }
            String dataDirectory;
            String tableFile;
            try (ResultSet row = statement.executeQuery("select current_setting('data_directory'), pg_relation_filepath('candidate')")) {
                row.next();
                dataDirectory = row.getString(1);
                tableFile = row.getString(2);
            }
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

    /** Whether any of the files holds the text as UTF-8 bytes. */
    public static boolean contain(List<Path> files, String text) {
        return !foundIn(files, List.of(text)).isEmpty();
    }

    /** Whether any of the files holds these bytes. */
    public static boolean contain(List<Path> files, byte[] needle) {
        for (Path file : files) {
            byte[] bytes = read(file);
            if (bytes != null && indexOf(bytes, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Those of the texts that any of the files holds as UTF-8 bytes; each file is read once. */
    public static Set<String> foundIn(List<Path> files, Collection<String> texts) {
        Set<String> found = new LinkedHashSet<>();
        for (Path file : files) {
            byte[] bytes = read(file);
            if (bytes == null) {
                continue;
            }
            for (String text : texts) {
                if (!found.contains(text) && indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    found.add(text);
                }
            }
        }
        return found;
    }

    /** The file's bytes; {@code null} when it was dropped since it was listed (PostgreSQL unlinks a rewritten table's old file). */
    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
