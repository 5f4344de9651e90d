package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werving.candidate.Candidate;
import nl.werving.support.Applicant;
import nl.werving.support.RawHttp;
import nl.werving.support.TestFiles;
import nl.werving.vacancy.Vacancy;

/**
 * A body above the server's limit is refused before it is read, and a field far beyond any the form allows is refused
 * by the decoder: either way with a page a candidate understands, never the server's bare error.
 */
@QuarkusTest
class UploadLimitTest {

    @Test
    void answersAnOversizeUploadWithAFriendlyPage() {
        Vacancy vacancy = aVacancy().published().persist();
        String response = RawHttp.exchange("POST /jobs/" + vacancy.slug + "/apply HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Accept-Language: nl\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: 200000000\r\n\r\n--x\r\n");

        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("Dit bestand is te groot"), response);
        assertTrue(response.contains("Je cv is groter dan 5 MB."), response);
        assertTrue(response.contains("href=\"/jobs/" + vacancy.slug + "#solliciteren\""), response);
    }

    @Test
    void readsAChunkedFormToItsEndBeforeItAnswersSoTheConnectionStaysUsable() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        String field = "--x\r\nContent-Disposition: form-data; name=\"motivation\"\r\n\r\n" + "x".repeat(300_000) + "\r\n--x--\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /jobs/" + vacancy.slug + "/apply HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Accept-Language: en\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] body = field.getBytes(StandardCharsets.US_ASCII);
            for (int from = 0; from < body.length; from += 8192) {
                int length = Math.min(8192, body.length - from);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, from, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write("GET /jobs HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(answers.startsWith("HTTP/1.1 400"), answers);
            assertTrue(answers.contains("Your application was not sent"), answers);
            assertTrue(answers.contains("HTTP/1.1 200"), "the same connection answers the next request: " + answers);
        }
    }

    @Test
    void answersABodyThatIsNoMultipartFormAtOnceInsteadOfWaitingForMore() {
        Vacancy vacancy = aVacancy().published().persist();
        String response = RawHttp.exchange("POST /jobs/" + vacancy.slug + "/apply HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Accept-Language: nl\r\n"
                + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                + "Content-Length: 3\r\n"
                + "Connection: close\r\n\r\na=b");

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("Je sollicitatie is niet verstuurd"), response);
    }

    @Test
    void answersAFieldFarBeyondAnyLimitWithAPageInTheCandidatesLanguage() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant longLetter = anApplicant();
        longLetter.motivation = "x".repeat(100_000);
        Applicant longFileName = anApplicant().withCv("c".repeat(100_000) + ".pdf", "application/pdf", TestFiles.pdf());

        for (Applicant applicant : new Applicant[] { longLetter, longFileName }) {
            applicant.session().language("en");
            applicant.applyTo(vacancy.slug).then().statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"en\">"))
                    .body(containsString("Your application was not sent"))
                    .body(containsString("add your CV again"))
                    .body(containsString("href=\"/jobs/" + vacancy.slug + "#solliciteren\""))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("details")));
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Candidate.count("emailKey", Candidate.emailKey(applicant.email))),
                    "nothing stored");
        }
    }
}
