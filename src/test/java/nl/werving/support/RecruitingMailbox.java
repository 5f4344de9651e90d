package nl.werving.support;

import java.util.Date;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The recruiting mailbox Werving reads over IMAP, on the test mail server ({@link SmtpServer}): the same GreenMail
 * mailboxes, served by an IMAP server that a test can stop and start again without losing what the mailbox holds.
 * GreenMail knows no plus-addressing, so a test puts a reply into the mailbox as the real mail server would.
 */
public final class RecruitingMailbox {

    /** {@code greenmail.imap-port}, or 40 above the SMTP port, so builds side by side differ here too. */
    static final int PORT = Integer.getInteger("greenmail.imap-port", SmtpServer.PORT + 40);
    public static final String ADDRESS = "werving@werving.example";
    static final String USER = "werving";
    static final String PASSWORD = "mailbox-test-password";

    private static Managers managers;
    private static ImapServer imap;

    private RecruitingMailbox() {
    }

    /** Starts the IMAP server on the mail server's mailboxes; the configuration that points Werving at it. */
    static synchronized Map<String, String> start(GreenMail greenMail) {
        greenMail.setUser(ADDRESS, USER, PASSWORD);
        managers = greenMail.getManagers();
        up();
        return Map.of("werving.inbox.imap.host", "127.0.0.1", "werving.inbox.imap.port", String.valueOf(PORT),
                "werving.inbox.imap.ssl", "false", "werving.inbox.imap.user", USER, "werving.inbox.imap.password", PASSWORD,
                "werving.inbox.imap.connect-timeout", "PT2S", "werving.inbox.imap.read-timeout", "PT5S");
    }

    static synchronized void stop() {
        if (imap != null) {
            imap.stopService();
            imap = null;
        }
    }

    /** The IMAP server goes away; the mailbox keeps its messages and takes new ones. */
    public static synchronized void outage() {
        stop();
    }

    public static synchronized void recover() {
        if (imap == null) {
            up();
        }
    }

    /** Puts a message into the recruiting mailbox, as the mail server does with one sent to any plus-address of it. */
    public static void deliver(MimeMessage message) {
        user().deliver(message);
    }

    /** A plain-text mail as a candidate's mail program writes it, with its own Message-ID. */
    public static MimeMessage message(String from, String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(new Date());
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** Messages in the mailbox now, removed ones not counted. */
    public static int messageCount() {
        try {
            return managers.getImapHostManager().getInbox(user()).getMessageCount();
        } catch (FolderException e) {
            throw new AssertionError(e);
        }
    }

    /** Empties the mailbox, so a test starts from nothing. */
    public static void empty() {
        try {
            managers.getImapHostManager().getInbox(user()).deleteAllMessages();
        } catch (FolderException e) {
            throw new AssertionError(e);
        }
    }

    private static GreenMailUser user() {
        return managers.getUserManager().getUser(USER);
    }

    private static void up() {
        imap = new ImapServer(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP), managers);
        imap.startService();
        try {
            if (!imap.waitTillRunning(10_000)) {
                throw new IllegalStateException("IMAP server did not start on port " + PORT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
