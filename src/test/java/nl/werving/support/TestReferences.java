package nl.werving.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.pipeline.Application;
import nl.werving.reference.ReferenceCheck;
import nl.werving.reference.Referee;
import nl.werving.reference.ReferenceTexts;

/**
 * Walks a reference check the way people do: the recruiter asks on the page, the candidate follows the link in their
 * mail and names referees, the referee follows the link in theirs.
 */
public final class TestReferences {

    private static final Pattern CANDIDATE_LINK = Pattern.compile("/status/([A-Za-z0-9_-]{43})/references/(\\d+)");
    private static final Pattern REFEREE_LINK = Pattern.compile("/referee/([A-Za-z0-9_-]{43})");

    /** The candidate's way in: the status token and the check it asks about. */
    public record Request(String statusToken, long checkId, String candidateEmail) {

        public String path() {
            return "/status/" + statusToken + "/references/" + checkId;
        }
    }

    private TestReferences() {
    }

    /** The recruiter asks for references; returns the link the candidate got. */
    public static Request request(WebSession recruiter, Application application) {
        recruiter.post("/app/references/" + application.id + "/start").then().statusCode(303);
        return awaitRequestMail(application);
    }

    /** The link in the mail that asked the candidate about the application's newest reference check. */
    public static Request awaitRequestMail(Application application) {
        String email = QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(application.id).candidate.email());
        long checkId = QuarkusTransaction.requiringNew().call(() -> ReferenceCheck.<ReferenceCheck> find("application.id = ?1 order by id desc",
                application.id).firstResult().id);
        return await("a reference link in the mail to the candidate").atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> candidateLink(email, checkId), Objects::nonNull);
    }

    private static Request candidateLink(String email, long checkId) {
        for (MimeMessage mail : SmtpServer.messagesTo(email)) {
            Matcher link = CANDIDATE_LINK.matcher(SmtpServer.text(mail));
            if (link.find() && Long.parseLong(link.group(2)) == checkId) {
                return new Request(link.group(1), checkId, email);
            }
        }
        return null;
    }

    /** One referee block of the candidate's form, consent ticked. */
    public static Map<String, Object> referee(int number, String name, String email) {
        Map<String, Object> form = new HashMap<>();
        String prefix = "r" + number + "-";
        form.put(prefix + "fullName", name);
        form.put(prefix + "email", email);
        form.put(prefix + "phone", "06 2233445" + number);
        form.put(prefix + "relationship", "MANAGER");
        form.put(prefix + "company", "Pakketpunt Zuid B.V.");
        form.put(prefix + "period", "2022–2024");
        form.put(prefix + "consent", "true");
        return form;
    }

    /** The candidate names these referees, each with consent. */
    @SafeVarargs
    public static void name(Request request, Map<String, Object>... referees) {
        Map<String, Object> form = new HashMap<>();
        for (Map<String, Object> referee : referees) {
            form.putAll(referee);
        }
        WebSession.anonymous().post(request.path(), form).then().statusCode(303);
    }

    /** The check with its referees and their answers, texts opened. */
    public static ReferenceCheck check(long checkId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReferenceCheck check = ReferenceCheck.findById(checkId);
            Arc.container().instance(ReferenceTexts.class).get().open(List.of(check));
            return check;
        });
    }

    /** The one referee with this address, texts opened; the addresses are sealed, so they are compared opened. */
    public static Referee refereeByEmail(String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Referee> referees = Referee.listAll();
            Arc.container().instance(ReferenceTexts.class).get().openReferees(referees);
            List<Referee> found = referees.stream().filter(referee -> email.equals(referee.email)).toList();
            if (found.size() != 1) {
                throw new AssertionError(found.size() + " referees with the address " + email);
            }
            return found.get(0);
        });
    }

    /** The recruiter sends the questionnaire; returns the token of the link in the referee's mail. */
    public static String invite(WebSession recruiter, Application application, long checkId, String refereeEmail) {
        long refereeId = refereeByEmail(refereeEmail).id;
        recruiter.post("/app/references/" + application.id + "/referees/" + refereeId + "/invite", Map.of("checkId", checkId))
                .then().statusCode(303);
        return refereeToken(refereeEmail, 1);
    }

    /** The token of the link in the {@code count}-th mail to a referee. */
    public static String refereeToken(String refereeEmail, int count) {
        List<MimeMessage> mails = SmtpServer.awaitMessagesTo(refereeEmail, count, Duration.ofSeconds(20));
        Matcher link = REFEREE_LINK.matcher(SmtpServer.text(mails.get(count - 1)));
        if (!link.find()) {
            throw new AssertionError("no questionnaire link in the mail to the referee");
        }
        return link.group(1);
    }

    /** A complete questionnaire: the same score on every topic, with a comment each. */
    public static Map<String, Object> answers(int score, String comment, String wouldWorkAgain) {
        Map<String, Object> form = new HashMap<>();
        for (String topic : List.of("WORK_ATTITUDE", "RELIABILITY", "COLLABORATION", "PRESSURE", "CUSTOMER_HANDLING")) {
            form.put("score-" + topic, String.valueOf(score));
            form.put("comment-" + topic, comment);
        }
        form.put("wouldWorkAgain", wouldWorkAgain);
        form.put("remarks", "Verder niets.");
        return form;
    }
}
