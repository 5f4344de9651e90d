package nl.werving.screening;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.candidate.Candidate;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.personaldata.Retention;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.WervingConfig;

/** The kind mail after a knock-out: which requirement was not met, and the way to a person's review. */
@ApplicationScoped
public class ScreeningMails {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance knockedOut(String name, String vacancyTitle, String requirement, String statusUrl,
                int retentionDays, String company);
    }

    private final WervingConfig config;
    private final Retention retention;

    public ScreeningMails(WervingConfig config, Retention retention) {
        this.config = config;
        this.retention = retention;
    }

    Outbox.Mail knockedOut(Candidate candidate, Vacancy vacancy, String requirement, String statusToken) {
        Locale locale = candidate.preferredLocale();
        String statusUrl = config.baseUrl() + "/status/" + statusToken + "#knockout";
        int retentionDays = retention.retentionDays();
        String title = vacancy.titleIn(locale);
        Bodies bodies = MailTemplates.render(() -> Templates.knockedOut(candidate.fullName(), title, requirement, statusUrl,
                retentionDays, config.companyName()), locale);
        return new Outbox.Mail("application-knocked-out", candidate.email(), ScreeningService.messages(locale).mailSubject(title),
                bodies.html(), bodies.text(), candidate.id);
    }
}
