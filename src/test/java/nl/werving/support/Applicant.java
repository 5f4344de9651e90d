package nl.werving.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A candidate applying through the real form: multipart as a browser sends it (text and file names in UTF-8, no content
 * type on text fields), with the CSRF token of their session.
 */
public final class Applicant {

    private static final Pattern STATUS_TOKEN = Pattern.compile("/status/([A-Za-z0-9_-]{43})");

    public String fullName = "Fenna Visser";
    public String email = "fenna." + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
    public String phone = "06 12345678";
    public String motivation = "Ik help graag mensen verder.";
    public String source;
    public String src;
    public boolean talentPool;
    public String website;
    public String fileName = "cv-fenna.pdf";
    public String fileType = "application/pdf";
    public byte[] cv = TestFiles.pdf();
    /** Answers to screening questions, by field name ({@code q} and the question's id). */
    public final Map<String, String> answers = new java.util.LinkedHashMap<>();

    private final WebSession session = WebSession.anonymous();
    private final Map<String, String> headers = new HashMap<>();

    public static Applicant anApplicant() {
        return new Applicant();
    }

    public Applicant answering(long questionId, String answer) {
        answers.put("q" + questionId, answer);
        return this;
    }

    public Applicant withoutCv() {
        this.cv = null;
        return this;
    }

    public Applicant withEmail(String email) {
        this.email = email;
        return this;
    }

    public Applicant withCv(String fileName, String fileType, byte[] content) {
        this.fileName = fileName;
        this.fileType = fileType;
        this.cv = content;
        return this;
    }

    /** A header the browser or a proxy on the way adds, such as {@code X-Forwarded-For}. */
    public Applicant header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public WebSession session() {
        return session;
    }

    /** Applies, and returns the token of the status link in the confirmation mail. */
    public String applyAndReadStatusToken(String slug) {
        applyTo(slug).then().statusCode(303);
        String text = SmtpServer.text(SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).get(0));
        Matcher link = STATUS_TOKEN.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no status link in the confirmation mail: " + text);
        }
        return link.group(1);
    }

    public Response applyTo(String slug) {
        String csrfToken = session.csrfToken();
        RequestSpecification request = session.request().config(browser()).headers(headers).multiPart("csrf-token", csrfToken);
        part(request, "fullName", fullName);
        part(request, "email", email);
        part(request, "phone", phone);
        part(request, "motivation", motivation);
        part(request, "source", source);
        part(request, "src", src);
        part(request, "website", website);
        if (talentPool) {
            part(request, "talentPool", "true");
        }
        answers.forEach((name, value) -> part(request, name, value));
        if (cv != null) {
            request.multiPart("cv", fileName, cv, fileType);
        }
        return request.post("/jobs/" + slug + "/apply");
    }

    private static RestAssuredConfig browser() {
        return RestAssured.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));
    }

    private static void part(RequestSpecification request, String name, String value) {
        if (value != null) {
            request.multiPart(new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build());
        }
    }
}
