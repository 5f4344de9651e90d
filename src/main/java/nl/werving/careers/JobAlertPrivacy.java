package nl.werving.careers;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * Job-alert subscriptions are kept under an e-mail address, not a candidate: a candidate's copy lists those under
 * their address, an erasure deletes them, and the nightly run deletes the ones never confirmed. Unsubscribing deletes
 * one at once ({@link JobAlerts#unsubscribe}).
 */
@ApplicationScoped
public class JobAlertPrivacy implements PrivacyPart {

    private final JobAlerts alerts;

    public JobAlertPrivacy(JobAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public PersonalData export(long candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        return PersonalData.of(section(120, "jobAlerts", candidate == null ? List.of()
                : alerts.listFor(candidate.email()).stream().map(a -> row("email", a.email, "language", a.language,
                        "keyword", a.keyword, "city", a.city, "contract", a.contract == null ? null : a.contract.name(),
                        "hours", a.hours == null ? null : a.hours.name(), "workLanguage", a.workLanguage == null ? null : a.workLanguage.name(),
                        "noWeekend", a.noWeekend, "subscribedAt", a.createdAt, "consentTextVersion", a.consentTextVersion,
                        "consentedAt", a.consentedAt)).toList()));
    }

    /** Subscriptions hang on the address, not on the candidate row, so a merge moves nothing. */
    @Override
    public void merge(long duplicateId, long keptId) {
    }

    @Override
    public void beforeErasure(long candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate != null) {
            alerts.deleteAllFor(candidate.email());
        }
    }

    @Override
    public long forgetDeadLinks() {
        return alerts.deleteExpired();
    }
}
