package nl.werving.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the person behind a request, for limits that count per client (applications, logins).
 * {@code X-Forwarded-For} counts only when the connection comes from a proxy in
 * {@code quarkus.http.proxy.trusted-proxies}, and then the list is read from the right: the first entry
 * no trusted proxy wrote is the client. Quarkus itself takes the leftmost entry, which the client writes
 * when the load balancer appends to the header, so it cannot be used for limits.
 */
@ApplicationScoped
public class ClientAddress {

    private final boolean forwarding;
    private final List<Range> trusted;

    public ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding;
        this.trusted = trustedProxies.orElse(List.of()).stream().map(Range::parse).toList();
    }

    public String of(HttpServerRequest request) {
        // The connection's own peer: Quarkus' forwarded-header support replaces request.remoteAddress().
        String peer = request.connection().remoteAddress().hostAddress();
        List<String> forwardedFor = request.headers().getAll("X-Forwarded-For");
        return resolve(peer, forwardedFor);
    }

    String resolve(String peer, List<String> forwardedForHeaders) {
        if (!forwarding || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedForHeaders.forEach(header -> Arrays.stream(header.split(",")).map(String::strip)
                .filter(hop -> !hop.isEmpty()).forEach(hops::add));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = withoutPort(hops.get(i));
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : withoutPort(hops.get(0));
    }

    private boolean isTrusted(String address) {
        return parse(address).map(ip -> trusted.stream().anyMatch(range -> range.contains(ip))).orElse(false);
    }

    /** {@code 203.0.113.7:5123}, {@code [2001:db8::1]:443} and the bare forms all name the address. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** Literal addresses only: a forwarded value is never looked up in DNS. */
    private static Optional<byte[]> parse(String address) {
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F.:]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** One entry of the trusted-proxies list: an address or a CIDR range. */
    record Range(byte[] network, int prefixLength) {

        static Range parse(String entry) {
            if (!entry.contains("/") && entry.indexOf(':') != entry.lastIndexOf(':')) {
                // Quarkus reads a bare IPv6 address as host:port and looks the "host" up in DNS on every request.
                throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: write the IPv6 address '" + entry
                        + "' as a range, e.g. ::1/128");
            }
            String[] parts = entry.strip().split("/");
            byte[] network = ClientAddress.parse(withoutPort(parts[0])).orElseThrow(() -> new IllegalArgumentException(
                    "quarkus.http.proxy.trusted-proxies: '" + entry + "' is not an IP address or CIDR range"));
            int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
