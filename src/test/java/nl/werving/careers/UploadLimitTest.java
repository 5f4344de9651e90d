package nl.werving.careers;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werving.vacancy.Vacancy;

/** A body above the server's limit is refused before it is read, with a page a candidate understands. */
@QuarkusTest
class UploadLimitTest {

    @Test
    void answersAnOversizeUploadWithAFriendlyPage() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /jobs/" + vacancy.slug + "/apply HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Accept-Language: nl\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: 200000000\r\n\r\n--x\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("Dit bestand is te groot"), response);
            assertTrue(response.contains("Je cv is groter dan 5 MB."), response);
            assertTrue(response.contains("href=\"/jobs/" + vacancy.slug + "#solliciteren\""), response);
        }
    }
}
