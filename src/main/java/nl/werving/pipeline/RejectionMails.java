package nl.werving.pipeline;

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
import nl.werving.vacancy.Vacancy;
import nl.werving.web.WervingConfig;

/** The mail a rejected candidate gets, kind and in their own language. */
@ApplicationScoped
public class RejectionMails {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rejected(String name, String vacancyTitle, String personalLine, int retentionDays,
                String company);
    }

    private final WervingConfig config;
    private final Retention retention;

    public RejectionMails(WervingConfig config, Retention retention) {
        this.config = config;
        this.retention = retention;
    }

    Outbox.Mail rejected(Candidate candidate, Vacancy vacancy, String personalLine) {
        Locale locale = candidate.preferredLocale();
        String line = personalLine == null || personalLine.isBlank() ? null : personalLine.strip();
        int retentionDays = retention.retentionDays();
        String title = vacancy.titleIn(locale);
        Bodies bodies = MailTemplates.render(() -> Templates.rejected(candidate.fullName(), title, line, retentionDays,
                config.companyName()), locale);
        PipelineMessages messages = MessageBundles.get(PipelineMessages.class, Localized.Literal.of(locale.getLanguage()));
        return new Outbox.Mail("application-rejected", candidate.email(), messages.mailRejectedSubject(title),
                bodies.html(), bodies.text(), candidate.id);
    }
}
