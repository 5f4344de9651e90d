package nl.werving.reference;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.candidate.Candidate;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.Outbox;
import nl.werving.personaldata.Retention;
import nl.werving.web.WervingConfig;

/**
 * The mails of a reference check, in the candidate's language (the referee gets the language the candidate applied
 * in). Each is tied to the candidate, so erasure and the purge take them along.
 */
@ApplicationScoped
public class ReferenceMails {

    static final String REQUEST = "reference-request";
    static final String INVITATION = "reference-invitation";
    static final String REMINDER = "reference-reminder";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(String name, String vacancyTitle, String link, int retentionDays, String company);

        static native TemplateInstance invitation(String refereeName, String candidateName, String vacancyTitle, String link,
                Instant validUntil, boolean reminder, String company);
    }

    private final WervingConfig config;
    private final Retention retention;

    public ReferenceMails(WervingConfig config, Retention retention) {
        this.config = config;
        this.retention = retention;
    }

    Outbox.Mail request(ReferenceCheck check, String statusToken) {
        Candidate candidate = check.candidate;
        Locale locale = candidate.preferredLocale();
        String link = config.baseUrl() + "/status/" + statusToken + "/references/" + check.id;
        int retentionDays = retention.retentionDays();
        Bodies bodies = MailTemplates.render(() -> Templates.request(candidate.fullName(), check.application.vacancy.title, link,
                retentionDays, config.companyName()), locale);
        return new Outbox.Mail(REQUEST, candidate.email(), messages(locale).requestSubject(check.application.vacancy.title),
                bodies.html(), bodies.text(), candidate.id);
    }

    Outbox.Mail invitation(Referee referee, String token, boolean reminder) {
        ReferenceCheck check = referee.check;
        Candidate candidate = check.candidate;
        Locale locale = candidate.preferredLocale();
        String link = config.baseUrl() + "/referee/" + token;
        Bodies bodies = MailTemplates.render(() -> Templates.invitation(referee.fullName, candidate.fullName(),
                check.application.vacancy.title, link, referee.expiresAt, reminder, config.companyName()), locale);
        ReferenceMessages messages = messages(locale);
        String subject = reminder ? messages.reminderSubject(candidate.fullName()) : messages.invitationSubject(candidate.fullName());
        return new Outbox.Mail(reminder ? REMINDER : INVITATION, referee.email, subject, bodies.html(), bodies.text(), candidate.id);
    }

    private static ReferenceMessages messages(Locale locale) {
        return MessageBundles.get(ReferenceMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
