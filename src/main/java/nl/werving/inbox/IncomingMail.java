package nl.werving.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message from the recruiting mailbox as Werving keeps it: who sent it, every address it was delivered to (the
 * conversation's token is in one of them), its subject and its text. {@code messageKey} names the message for good: the
 * SHA-256 of its Message-ID, or of the whole message when it has none.
 */
record IncomingMail(String messageId, String messageKey, String fromAddress, List<String> recipients, String subject, String text,
        Instant receivedAt) {

    static final int MAX_ADDRESS = 320;
    static final int MAX_RECIPIENTS = 1000;
    static final int MAX_SUBJECT = 1000;
    static final int MAX_TEXT = 100_000;
    static final int MAX_MESSAGE_ID = 1000;

    /** Headers in which mail servers name the address a message was delivered to, besides To and Cc. */
    private static final String[] DELIVERY_HEADERS = { "Delivered-To", "X-Original-To", "Envelope-To" };

    static IncomingMail of(MimeMessage message, Instant now) throws MessagingException, IOException {
        String messageId = message.getMessageID();
        String key = messageId == null || messageId.isBlank() ? sha256Of(message) : sha256(messageId.trim());
        List<String> recipients = new ArrayList<>();
        addAll(recipients, message.getRecipients(Message.RecipientType.TO));
        addAll(recipients, message.getRecipients(Message.RecipientType.CC));
        for (String header : DELIVERY_HEADERS) {
            String[] values = message.getHeader(header);
            if (values != null) {
                recipients.addAll(List.of(values));
            }
        }
        Address[] from = message.getFrom();
        String sender = from == null || from.length == 0 ? ""
                : from[0] instanceof InternetAddress address ? address.getAddress() : from[0].toString();
        String text = textOf(message);
        return new IncomingMail(messageId == null ? null : cut(messageId.trim(), MAX_MESSAGE_ID), key, cut(sender, MAX_ADDRESS),
                recipients, cut(message.getSubject() == null ? "" : message.getSubject(), MAX_SUBJECT),
                cut(text == null ? "" : text, MAX_TEXT), receivedAt(message, now));
    }

    /** The addresses it was delivered to, as one line for the admin queue. */
    String recipientLine() {
        return cut(String.join(", ", recipients), MAX_RECIPIENTS);
    }

    /** The readable text: the plain-text part, or the HTML part without its markup. Attachments are left out. */
    static String textOf(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("text/html")) {
            return HtmlText.toPlainText(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (child.isMimeType("text/html") && part.isMimeType("multipart/alternative")) {
                    html = html == null ? textOf(child) : html;
                    continue;
                }
                String text = textOf(child);
                if (text != null) {
                    return text;
                }
            }
            return html;
        }
        return null;
    }

    private static Instant receivedAt(MimeMessage message, Instant now) throws MessagingException {
        Date received = message.getReceivedDate();
        if (received == null) {
            received = message.getSentDate();
        }
        return received == null ? now : received.toInstant();
    }

    private static void addAll(List<String> into, Address[] addresses) {
        if (addresses != null) {
            for (Address address : addresses) {
                into.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
            }
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256Of(MimeMessage message) throws MessagingException, IOException {
        MessageDigest digest = digest();
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            message.writeTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
