package nl.werving.automation;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.web.WervingConfig;

/**
 * The link a candidate books an interview slot with, and the mail that brings it, in the candidate's language. The
 * booking page itself is the slot booking feature's ({@code GET /status/{token}/applications/{id}/booking}); this class
 * is the one place that knows its address.
 */
@ApplicationScoped
public class BookingLinks {

    static final String KIND = "booking-link";

    @CheckedTemplate(basePath = "AutomationMails")
    static class Templates {
        static native TemplateInstance bookingLink(String name, String vacancyTitle, String link, String company);
    }

    private final WervingConfig config;
    private final CandidateService candidates;
    private final Outbox outbox;

    public BookingLinks(WervingConfig config, CandidateService candidates, Outbox outbox) {
        this.config = config;
        this.candidates = candidates;
        this.outbox = outbox;
    }

    /** The booking page of this application, opened with a fresh status link of its candidate. */
    public String url(Application application) {
        return config.baseUrl() + "/status/" + candidates.issueStatusToken(application.candidate) + "/applications/" + application.id
                + "/booking";
    }

    /** Mails the candidate the booking link; {@code false} without a candidate (erased). */
    @Transactional(TxType.MANDATORY)
    public boolean send(Application application) {
        Candidate candidate = application.candidate;
        if (candidate == null) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(candidate.locale == null ? "nl" : candidate.locale);
        String link = url(application);
        String title = application.vacancy.title;
        Bodies bodies = MailTemplates.render(() -> Templates.bookingLink(candidate.fullName, title, link, config.companyName()), locale);
        AutomationMessages messages = MessageBundles.get(AutomationMessages.class, Localized.Literal.of(locale.getLanguage()));
        outbox.enqueue(new Outbox.Mail(KIND, candidate.email, messages.bookingSubject(title), bodies.html(), bodies.text(), candidate.id));
        return true;
    }
}
