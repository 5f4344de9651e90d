package nl.werving.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for every test: the application sends to it as it would to any mail
 * server. Tests can stop and start it to play an outage. It also holds the recruiting mailbox, read over IMAP
 * ({@link RecruitingMailbox}).
 */
@QuarkusTestResource(SmtpServer.class)
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** 3025 unless {@code greenmail.port} says otherwise, so two builds can run side by side. */
    static final int PORT = Integer.getInteger("greenmail.port", 3025);
    private static GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Map<String, String> config = new HashMap<>(RecruitingMailbox.start(greenMail));
        config.putAll(Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(PORT)));
        return config;
    }

    @Override
    public void stop() {
        RecruitingMailbox.stop();
        greenMail.stop();
    }

    public static void outage() {
        RecruitingMailbox.stop();
        greenMail.stop();
    }

    public static void recover() {
        greenMail.start();
        RecruitingMailbox.start(greenMail);
    }

    /** Every message received for this address so far. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isFor(message, address))
                .toList();
    }

    /**
     * Waits until at least {@code count} messages for the address arrived, then returns them. The application's clock
     * runs on while the test waits, as it would for real, so a failed attempt is retried even when the test set the time.
     */
    public static List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) {
        long[] lastPoll = { System.nanoTime() };
        try {
            return await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                long now = System.nanoTime();
                TestClock.runOn(Duration.ofNanos(now - lastPoll[0]));
                lastPoll[0] = now;
                return messagesTo(address);
            }, found -> found.size() >= count);
        } catch (ConditionTimeoutException timedOut) {
            throw new AssertionError("expected " + count + " mail(s) to " + address + ", got " + messagesTo(address).size(), timedOut);
        }
    }

    /** The decoded text/plain part of a message. */
    public static String text(MimeMessage message) {
        try {
            return plainText(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    String found = plainText(nested);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
