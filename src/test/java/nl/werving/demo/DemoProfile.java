package nl.werving.demo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Starts the application as the README's run command does: an empty database gets the demo data. */
public class DemoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("werving.demo.enabled", "true");
    }
}
