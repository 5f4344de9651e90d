package nl.werving.careers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.careers.JobFilter.Hours;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Language;

/**
 * A visitor's wish to hear of new vacancies that match their criteria, in their language. Until confirmed it only
 * waits for the confirmation (and expires); once confirmed the consent is recorded here (text version, when) and alerts
 * go out. The row is deleted when the consent ends: nothing of the subscriber stays behind.
 */
@Entity
@Table(name = "job_alert")
public class JobAlert extends PanacheEntity {

    public String email;

    /** nl, en or fr: the language of the mails and of the texts matched. */
    public String language;

    public String keyword;
    public String city;

    @Enumerated(EnumType.STRING)
    public ContractType contract;

    @Enumerated(EnumType.STRING)
    public Hours hours;

    @Enumerated(EnumType.STRING)
    public Language workLanguage;

    public boolean noWeekend;

    public Instant createdAt;

    /** When an unconfirmed subscription goes; {@code null} once confirmed. */
    public Instant expiresAt;

    public String consentTextVersion;

    /** When the subscriber confirmed: the consent to send alerts. */
    public Instant consentedAt;

    /** Vacancies published after this were not yet in an alert. */
    public Instant lastSentAt;

    public boolean isConfirmed() {
        return consentedAt != null;
    }

    /** The criteria as the job list's filter, so an alert matches exactly what the list would show. */
    public JobFilter filter() {
        JobFilter filter = new JobFilter();
        filter.q = keyword;
        filter.city = city;
        filter.contract = contract;
        filter.hours = hours;
        filter.language = workLanguage;
        filter.noWeekend = noWeekend;
        return filter;
    }

    static List<JobAlert> listConfirmed() {
        return list("consentedAt is not null order by id");
    }

    static List<JobAlert> listByEmail(String email) {
        return list("lower(email) = ?1 order by id", email.toLowerCase(Locale.ROOT));
    }

    /** Whether the address has a sign-up still waiting for its confirmation. */
    static boolean hasPendingFor(String email, Instant now) {
        return count("lower(email) = ?1 and consentedAt is null and expiresAt > ?2", email.toLowerCase(Locale.ROOT), now) > 0;
    }

    static List<JobAlert> listExpired(Instant now) {
        return list("consentedAt is null and expiresAt <= ?1", now);
    }

    static long deleteByEmails(Collection<String> emails) {
        return emails.isEmpty() ? 0 : delete("lower(email) in ?1", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }
}
