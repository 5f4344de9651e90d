package nl.werving.careers;

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

/** The mails a candidate gets when applying, in the language they applied in. */
@ApplicationScoped
public class ApplicationMails {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance received(String name, String vacancyTitle, String statusUrl, int responseDays,
                String unmet, int retentionDays, boolean talentPool, int talentPoolMonths, String company);

        static native TemplateInstance alreadyApplied(String name, String vacancyTitle, String statusUrl, String company);
    }

    private final WervingConfig config;
    private final CareersConfig careers;
    private final Retention retention;

    public ApplicationMails(WervingConfig config, CareersConfig careers, Retention retention) {
        this.config = config;
        this.careers = careers;
        this.retention = retention;
    }

    /** The receipt; {@code unmet} names the requirement a knock-out found unmet, {@code null} when none did. */
    Outbox.Mail received(Candidate candidate, Vacancy vacancy, String statusToken, boolean talentPool, String unmet) {
        Locale locale = candidate.preferredLocale();
        Retention.Terms terms = retention.terms();
        String title = vacancy.titleIn(locale);
        Bodies bodies = MailTemplates.render(() -> Templates.received(candidate.fullName(), title, statusUrl(statusToken),
                careers.responseDays(), unmet, terms.retentionDays(), talentPool, terms.talentPoolMonths(), config.companyName()),
                locale);
        return new Outbox.Mail("application-received", candidate.email(), messages(locale).mailReceivedSubject(title),
                bodies.html(), bodies.text(), candidate.id);
    }

    Outbox.Mail alreadyApplied(Candidate candidate, Vacancy vacancy, String statusToken) {
        Locale locale = candidate.preferredLocale();
        String title = vacancy.titleIn(locale);
        Bodies bodies = MailTemplates.render(() -> Templates.alreadyApplied(candidate.fullName(), title,
                statusUrl(statusToken), config.companyName()), locale);
        return new Outbox.Mail("application-duplicate", candidate.email(), messages(locale).mailAlreadyAppliedSubject(title),
                bodies.html(), bodies.text(), candidate.id);
    }

    private String statusUrl(String token) {
        return config.baseUrl() + "/status/" + token;
    }

    private static CareersMessages messages(Locale locale) {
        return MessageBundles.get(CareersMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
