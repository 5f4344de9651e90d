package nl.werving.survey;

import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.candidate.Candidate;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.web.Formats;
import nl.werving.web.WervingConfig;

/** The survey invitation, in the candidate's language. */
@ApplicationScoped
public class SurveyMails {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitation(String name, String vacancyTitle, String link, String validUntil, int minimum,
                String company);
    }

    private final WervingConfig config;

    public SurveyMails(WervingConfig config) {
        this.config = config;
    }

    Outbox.Mail invitation(Candidate candidate, String vacancyTitle, String language, String token, Instant validUntil) {
        Locale locale = Locale.forLanguageTag(language);
        String link = config.baseUrl() + "/survey/" + token;
        String until = Formats.date(validUntil.atZone(Formats.ZONE).toLocalDate(), locale);
        Bodies bodies = MailTemplates.render(() -> Templates.invitation(candidate.fullName(), vacancyTitle, link, until,
                SurveyResults.MINIMUM_GROUP, config.companyName()), locale);
        SurveyMessages messages = MessageBundles.get(SurveyMessages.class, Localized.Literal.of(locale.getLanguage()));
        return new Outbox.Mail("survey-invitation", candidate.email(), messages.mailSubject(config.companyName()),
                bodies.html(), bodies.text(), candidate.id);
    }
}
