package nl.werving.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Exists only in the benchmark build (bench/run.sh builds with the {@code bench} profile): serves fixed
 * bytes, the page /jobs rendered earlier, as the yardstick the real page is measured against.
 */
@IfBuildProfile("bench")
@jakarta.ws.rs.Path("/bench/baseline")
public class BenchmarkBaseline {

    @ConfigProperty(name = "bench.baseline-file")
    String file;

    private volatile byte[] page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public byte[] page() throws IOException {
        if (page == null) {
            page = Files.readAllBytes(Path.of(file));
        }
        return page;
    }
}
