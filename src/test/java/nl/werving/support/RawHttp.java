package nl.werving.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;

/**
 * A request written byte for byte on a connection of its own, for what no HTTP client sends (a semicolon in the path, a
 * body that contradicts its headers), and the whole answer read back; a server that keeps silent fails the test after
 * ten seconds instead of holding it.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** Sends {@code request} (head and body, lines ended by CRLF) and returns everything the server answers until it closes. */
    public static String exchange(String request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
