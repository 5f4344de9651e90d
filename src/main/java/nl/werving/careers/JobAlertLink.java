package nl.werving.careers;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.werving.web.Tokens;

/**
 * A link in a job-alert mail, stored as the hash of its random token. Every mail carries its own unsubscribe link; all
 * of them work until the subscription is gone, and go with it (cascade).
 */
@Entity
@Table(name = "job_alert_link")
public class JobAlertLink extends PanacheEntityBase {

    public enum Purpose {
        CONFIRM, UNSUBSCRIBE
    }

    @Id
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_alert_id")
    public JobAlert alert;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public Instant createdAt;

    /** Stores a new link for the subscription and returns its token, which is nowhere else but in the mail. */
    static String issue(JobAlert alert, Purpose purpose, Instant now) {
        String token = Tokens.newToken();
        JobAlertLink link = new JobAlertLink();
        link.tokenHash = Tokens.hash(token);
        link.alert = alert;
        link.purpose = purpose;
        link.createdAt = now;
        link.persist();
        return token;
    }

    /** The subscription a token opens for this purpose; empty for a token that is wrong, used up or gone. */
    static Optional<JobAlert> find(String token, Purpose purpose) {
        // The subscription only: a link held in the session would stand in the way of deleting it.
        return Tokens.lookupHash(token).flatMap(hash -> getEntityManager()
                .createQuery("select l.alert from JobAlertLink l where l.tokenHash = :hash and l.purpose = :purpose", JobAlert.class)
                .setParameter("hash", hash).setParameter("purpose", purpose).getResultStream().findFirst());
    }

    static long deleteFor(JobAlert alert, Purpose purpose) {
        return delete("alert = ?1 and purpose = ?2", alert, purpose);
    }
}
