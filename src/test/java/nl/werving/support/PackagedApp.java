package nl.werving.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The packaged application ({@code target/quarkus-app}) as an operator runs it: its own process,
 * configured by environment variables only, on H2 (a file in a fresh folder) or, with
 * {@code -Dwerving.it.database=postgresql}, re-augmented for PostgreSQL on a fresh database.
 * Integration tests start it, kill it and read what it printed.
 */
public final class PackagedApp implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "paars-fietspad-onweer-eerste";
    private static final String SESSION_KEY = "packaged-app-test-session-key-0123456789";
    private static final String MASTER_KEY = "cGFja2FnZWQtYXBwLXRlc3QtbWFzdGVyLWtleS0zMmI=";
    private static final Path BUILT = Path.of("target", "quarkus-app");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path home;
    private final Path appDir;
    private final boolean postgresql;
    private final String jdbcUrl;
    private final Map<String, String> environment = new HashMap<>();
    private final int port = freePort();
    private Process process;
    private int starts;

    private PackagedApp(String name) {
        try {
            home = Files.createDirectories(Path.of("target", "packaged-app-it", name));
            postgresql = "postgresql".equals(System.getProperty("werving.it.database", "h2"));
            appDir = postgresql ? postgresqlBuild() : BUILT;
            String database = "werving_it_" + name.replace('-', '_');
            jdbcUrl = postgresql ? freshPostgresqlDatabase(database) : "jdbc:h2:file:" + freshFolder(home.resolve("h2")).toAbsolutePath() + "/werving";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgresql ? "postgres" : "werving");
        environment.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
        environment.put("WERVING_CRYPTO_MASTER_KEY", MASTER_KEY);
        environment.put("WERVING_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("WERVING_BASE_URL", baseUrl());
        environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        environment.put("WERVING_MAIL_SEND_EVERY", "1s");
        environment.put("WERVING_CAREERS_APPLY_LIMIT", "1000");
        environment.put("QUARKUS_LOG_CONSOLE_FORMAT", "%d{HH:mm:ss} %-5p [%c{2.}] %s%e%n");
    }

    /** A new application on an empty database of its own; {@code name} keeps the folders and databases of tests apart. */
    public static PackagedApp fresh(String name) {
        return new PackagedApp(name);
    }

    public PackagedApp with(String variable, String value) {
        if (value == null) {
            environment.remove(variable);
        } else {
            environment.put(variable, value);
        }
        return this;
    }

    public PackagedApp mailTo(int smtpPort) {
        return with("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
    }

    public boolean onPostgresql() {
        return postgresql;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the process and waits until it reports ready. */
    public PackagedApp start() {
        launch();
        try {
            await().dontCatchUncaughtExceptions().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                    .failFast(() -> !process.isAlive()).until(this::ready);
        } catch (ConditionTimeoutException | TerminalFailureException notReady) {
            throw new AssertionError("the application did not become ready:\n" + tailOfOutput(), notReady);
        }
        return this;
    }

    /** Starts the process and waits for it to end by itself, as it should when refusing to start. */
    public int startAndAwaitExit() {
        launch();
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the application did not stop by itself:\n" + tailOfOutput());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Ends the process as a crash or an out-of-memory killer does: SIGKILL, no shutdown hook, no flush. */
    public void kill() {
        process.destroyForcibly();
        awaitEnd();
    }

    /** Everything the process wrote to its console so far, over all its starts. */
    public String output() {
        try {
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= starts; i++) {
                all.append(Files.readString(home.resolve("console-" + i + ".log"), StandardCharsets.UTF_8));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitEnd();
        }
    }

    private void launch() {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx512m", "-jar", "quarkus-run.jar").directory(appDir.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console-" + starts + ".log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("WERVING_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitEnd() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the application did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String tailOfOutput() {
        String all = output();
        return all.substring(Math.max(0, all.length() - 6000));
    }

    /** The H2 build turned into a PostgreSQL one by the re-augmentation step deploy/README.md describes. */
    private Path postgresqlBuild() throws IOException {
        // The folder keeps its name: re-augmentation resolves its paths from quarkus-app/.
        Path copy = Path.of("target", "packaged-app-it", "postgresql", "quarkus-app");
        synchronized (PackagedApp.class) {
            if (!Files.exists(copy.resolve("quarkus-run.jar"))) {
                copyTree(BUILT, copy);
                Process rebuild = new ProcessBuilder(javaCommand(), "-Dquarkus.launch.rebuild=true", "-Dquarkus.datasource.db-kind=postgresql",
                        "-jar", "quarkus-run.jar").directory(copy.toFile()).redirectErrorStream(true)
                        .redirectOutput(copy.resolveSibling("rebuild.log").toFile()).start();
                try {
                    if (!rebuild.waitFor(180, TimeUnit.SECONDS) || rebuild.exitValue() != 0) {
                        throw new AssertionError("re-augmentation for PostgreSQL failed, see " + copy.resolveSibling("rebuild.log"));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        return copy;
    }

    private static String freshPostgresqlDatabase(String name) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=10", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL on 127.0.0.1:5432 is needed for this test", e);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    private static Path freshFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        freshFolder(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secrets this class configures that appear in {@code output}: there should be none. */
    public static List<String> secretsIn(String output) {
        return List.of(SESSION_KEY, ADMIN_PASSWORD).stream().filter(output::contains).toList();
    }
}
