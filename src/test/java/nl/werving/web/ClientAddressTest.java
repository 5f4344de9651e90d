package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which address a limit counts: the one the trusted proxies saw, never one the client wrote itself. */
class ClientAddressTest {

    private final ClientAddress behindBalancer = new ClientAddress(true, Optional.of(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8")));

    @Test
    void ignoresForwardedHeadersFromAnyoneButATrustedProxy() {
        assertEquals("198.51.100.20", behindBalancer.resolve("198.51.100.20", List.of("203.0.113.7")));
        assertEquals("198.51.100.20", new ClientAddress(false, Optional.of(List.of("198.51.100.20"))).resolve("198.51.100.20", List.of("203.0.113.7")));
        assertEquals("127.0.0.1", new ClientAddress(true, Optional.empty()).resolve("127.0.0.1", List.of("203.0.113.7")));
    }

    @Test
    void takesTheLastAddressNoTrustedProxyWrote() {
        // The client sent "X-Forwarded-For: 203.0.113.7"; the balancer appended the address it saw.
        assertEquals("198.51.100.9", behindBalancer.resolve("10.1.2.3", List.of("203.0.113.7, 198.51.100.9")));
        assertEquals("198.51.100.9", behindBalancer.resolve("10.1.2.3", List.of("203.0.113.7", "198.51.100.9, 10.4.5.6")));
        assertEquals("198.51.100.9", behindBalancer.resolve("127.0.0.1", List.of("198.51.100.9:51234")));
        assertEquals("2001:db8::7", behindBalancer.resolve("10.1.2.3", List.of("[2001:db8::7]:443, fd00::1")));
    }

    @Test
    void fallsBackToThePeerWhenTheHeaderIsMissingOrAllTrusted() {
        assertEquals("10.1.2.3", behindBalancer.resolve("10.1.2.3", List.of()));
        assertEquals("10.9.9.9", behindBalancer.resolve("10.1.2.3", List.of("10.9.9.9, 10.8.8.8")));
    }

    @Test
    void treatsWhatIsNoAddressAsTheClientsOwnWord() {
        assertEquals("unknown", behindBalancer.resolve("10.1.2.3", List.of("unknown")));
        assertEquals("evil.example", behindBalancer.resolve("10.1.2.3", List.of("evil.example")));
    }

    @Test
    void refusesATrustedProxyThatIsNoAddress() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(true, Optional.of(List.of("proxy.internal"))));
    }

    @Test
    void asksForIpv6AddressesAsRanges() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(true, Optional.of(List.of("::1"))));
        assertEquals("2001:db8::9", new ClientAddress(true, Optional.of(List.of("::1/128"))).resolve("0:0:0:0:0:0:0:1", List.of("2001:db8::9")));
    }
}
