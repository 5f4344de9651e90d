package nl.werving.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Exists only in the benchmark build (bench/run.sh builds with the {@code bench} profile): serves fixed bytes, a page
 * rendered earlier ({@code jobs} for /jobs, {@code vacancy} for a vacancy page), as the yardstick the real page is
 * measured against.
 */
@IfBuildProfile("bench")
@jakarta.ws.rs.Path("/bench/baseline/{page}")
public class BenchmarkBaseline {

    private static final Set<String> PAGES = Set.of("jobs", "vacancy");

    @ConfigProperty(name = "bench.baseline-dir")
    String directory;

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    @GET
    @Produces(MediaType.TEXT_HTML)
    public byte[] page(@RestPath String page) throws IOException {
        if (!PAGES.contains(page)) {
            throw new NotFoundException();
        }
        byte[] bytes = pages.get(page);
        if (bytes == null) {
            bytes = Files.readAllBytes(Path.of(directory, page + ".html"));
            pages.put(page, bytes);
        }
        return bytes;
    }
}
