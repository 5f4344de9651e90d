package nl.werving.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.web.WervingConfig;

/**
 * A message as the candidate gets it: the text as written (filled in), in plain text and in HTML with its paragraphs
 * and the status link clickable.
 */
@ApplicationScoped
public class MessageMails {

    public static final String KIND = "message";

    /** A run of text, or the link; a line is a list of them, a paragraph a list of lines. */
    public record Piece(String text, boolean link) {
    }

    public record Line(List<Piece> pieces) {
    }

    public record Paragraph(List<Line> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance message(List<Paragraph> paragraphs, String text, String company);
    }

    private final WervingConfig config;

    public MessageMails(WervingConfig config) {
        this.config = config;
    }

    Outbox.Mail message(Recipient recipient, String language, String subject, String text, String statusUrl) {
        Bodies bodies = MailTemplates.render(() -> Templates.message(paragraphs(text, statusUrl), text, config.companyName()),
                Locale.forLanguageTag(language));
        return new Outbox.Mail(KIND, recipient.email(), subject, bodies.html(), bodies.text(), recipient.candidateId());
    }

    /** Paragraphs split on blank lines, lines on line breaks, and the link (when there is one) set apart. */
    static List<Paragraph> paragraphs(String text, String link) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : text.strip().split("\n\\s*\n")) {
            List<Line> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                lines.add(new Line(pieces(line, link)));
            }
            paragraphs.add(new Paragraph(lines));
        }
        return paragraphs;
    }

    private static List<Piece> pieces(String line, String link) {
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        int at = link == null || link.isEmpty() ? -1 : line.indexOf(link);
        while (at >= 0) {
            if (at > from) {
                pieces.add(new Piece(line.substring(from, at), false));
            }
            pieces.add(new Piece(link, true));
            from = at + link.length();
            at = line.indexOf(link, from);
        }
        if (from < line.length()) {
            pieces.add(new Piece(line.substring(from), false));
        }
        return pieces;
    }
}
