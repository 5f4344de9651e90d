package nl.werving.careers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import nl.werving.careers.JobAlertLink.Purpose;
import nl.werving.mail.Outbox;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/**
 * Job alerts with double opt-in: a subscription sends only its confirmation mail until the link in it is used; from
 * then on, once a day, the vacancies published since the last alert that match its criteria, each once. Unsubscribing
 * (a link in every mail) and expiry delete the subscription with its links and mails.
 */
@ApplicationScoped
public class JobAlerts {

    /** Version of the consent text on the alert form; raise it when the text changes. */
    static final String CONSENT_TEXT_VERSION = "job-alerts-2026-12";

    private final Clock clock;
    private final Outbox outbox;
    private final JobAlertMails mails;
    private final CareersConfig config;
    private final SearchWords searchWords;

    public JobAlerts(Clock clock, Outbox outbox, JobAlertMails mails, CareersConfig config, SearchWords searchWords) {
        this.searchWords = searchWords;
        this.clock = clock;
        this.outbox = outbox;
        this.mails = mails;
        this.config = config;
    }

    /**
     * Stores the wish, unconfirmed, and queues the confirmation mail; nothing else is sent until it is confirmed. While an
     * address has a confirmation waiting, another sign-up for it sends nothing, so the form cannot fill a stranger's inbox.
     */
    @Transactional
    public void subscribe(JobAlertForm form) {
        Instant now = Instant.now(clock);
        if (JobAlert.hasPendingFor(form.email, now)) {
            return;
        }
        JobFilter filter = form.filter();
        JobAlert alert = new JobAlert();
        alert.email = form.email;
        alert.language = form.language;
        alert.keyword = filter.q;
        alert.city = filter.city;
        alert.contract = filter.contract;
        alert.hours = filter.hours;
        alert.workLanguage = filter.language;
        alert.noWeekend = filter.noWeekend;
        alert.createdAt = now;
        alert.expiresAt = now.plus(config.alertConfirmWindow());
        alert.persist();
        String confirm = JobAlertLink.issue(alert, Purpose.CONFIRM, now);
        String unsubscribe = JobAlertLink.issue(alert, Purpose.UNSUBSCRIBE, now);
        outbox.enqueue(mails.confirm(alert, confirm, unsubscribe, (int) config.alertConfirmWindow().toDays()));
    }

    /** The unconfirmed subscription this confirmation link opens, if it is ours and has not expired. */
    @Transactional
    public Optional<JobAlert> pending(String token) {
        return JobAlertLink.find(token, Purpose.CONFIRM).filter(alert -> !isExpired(alert));
    }

    /**
     * Records the consent and starts the alerts, from now on: vacancies already public are on the site, not news. Empty
     * when the link is wrong or expired; a second click on a used link finds nothing either.
     */
    @Transactional
    public Optional<JobAlert> confirm(String token) {
        Optional<JobAlert> found = pending(token);
        found.ifPresent(alert -> {
            Instant now = Instant.now(clock);
            alert.consentedAt = now;
            alert.consentTextVersion = CONSENT_TEXT_VERSION;
            alert.expiresAt = null;
            alert.lastSentAt = now;
            JobAlertLink.deleteFor(alert, Purpose.CONFIRM);
        });
        return found;
    }

    /** The subscription this unsubscribe link belongs to, if any. */
    @Transactional
    public Optional<JobAlert> subscribed(String token) {
        return JobAlertLink.find(token, Purpose.UNSUBSCRIBE);
    }

    /** Ends the consent: the subscription, its links and its mails are deleted. False when the link opens nothing. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<JobAlert> alert = JobAlertLink.find(token, Purpose.UNSUBSCRIBE);
        alert.ifPresent(this::delete);
        return alert.isPresent();
    }

    /** Daily, in the morning: one mail per subscription with the matching vacancies published since its last mail. */
    @Scheduled(identity = "job-alerts", cron = "0 0 7 * * ?", timeZone = "Europe/Amsterdam",
            concurrentExecution = ConcurrentExecution.SKIP)
    void daily() {
        sendAlerts();
    }

    /** Sends the alerts that are due; returns how many mails were queued. */
    public int sendAlerts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            List<Vacancy> open = Vacancy.listPublic(LocalDate.now(clock.withZone(Formats.ZONE)));
            Vacancy.fetchTexts(open);
            int sent = 0;
            for (JobAlert alert : JobAlert.listConfirmed()) {
                Instant since = alert.lastSentAt;
                Language language = Language.valueOf(alert.language.toUpperCase(Locale.ROOT));
                JobFilter filter = alert.filter();
                List<PublicJob> jobs = open.stream().filter(v -> v.publishedAt != null && v.publishedAt.isAfter(since))
                        .map(v -> PublicJob.of(v, language)).filter(job -> filter.matches(job, searchWords)).toList();
                alert.lastSentAt = now;
                if (!jobs.isEmpty()) {
                    outbox.enqueue(mails.alert(alert, jobs, JobAlertLink.issue(alert, Purpose.UNSUBSCRIBE, now)));
                    sent++;
                }
            }
            return sent;
        });
    }

    /** Deletes the subscriptions whose confirmation never came; returns how many. */
    @Transactional
    public long deleteExpired() {
        List<JobAlert> expired = JobAlert.listExpired(Instant.now(clock));
        expired.forEach(this::delete);
        return expired.size();
    }

    /** The subscriptions under this address, for a copy of someone's data. */
    @Transactional
    public List<JobAlert> listFor(String email) {
        return JobAlert.listByEmail(email);
    }

    /** Every subscription under this address goes, for an erasure. */
    @Transactional
    public void deleteAllFor(String email) {
        JobAlert.listByEmail(email).forEach(this::delete);
    }

    private void delete(JobAlert alert) {
        JobAlertLink.delete("alert", alert);
        alert.delete();
        if (JobAlert.listByEmail(alert.email).isEmpty()) {
            // The mails name the address; they go with the last subscription under it.
            outbox.deleteForRecipient(alert.email, JobAlertMails.KINDS);
        }
    }

    private boolean isExpired(JobAlert alert) {
        return alert.consentedAt == null && alert.expiresAt != null && !alert.expiresAt.isAfter(Instant.now(clock));
    }
}
