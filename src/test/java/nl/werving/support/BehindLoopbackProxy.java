package nl.werving.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test client plays the load balancer in front of the instance: loopback is a trusted proxy, so its
 * {@code X-Forwarded-*} headers count, and two applications per address and window are allowed.
 */
public class BehindLoopbackProxy implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("werving.careers.apply-limit", "2", "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
    }
}
