package nl.werving.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateContacts;
import nl.werving.candidate.ConsentRecord;
import nl.werving.identity.Roles;
import nl.werving.personaldata.Retention;

/**
 * Candidates who agreed to be approached for other vacancies, with the consent that proves it: purpose, the version of
 * the text they saw, channel, when given and until when it holds. A recruiter withdraws it when a candidate asks.
 */
@ApplicationScoped
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class TalentPool {

    public static final int PAGE = 50;

    /** A valid consent with its candidate, as the list shows it. */
    public record Member(long consentId, long candidateId, String name, String email, String textVersion,
            ConsentRecord.Channel channel, Instant givenAt, Instant expiresAt) {
    }

    private final Retention retention;
    private final AuditLog audit;
    private final Clock clock;
    private final CandidateContacts contacts;

    public TalentPool(Retention retention, AuditLog audit, Clock clock, CandidateContacts contacts) {
        this.contacts = contacts;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Members whose name or e-mail has a word starting with each word of the search text, newest consent first. The
     * page's members are opened anyway, so one whose words only share a search token with the text is left out.
     */
    @Transactional
    public List<Member> search(String text) {
        int months = retention.talentPoolMonths();
        Instant validFrom = Instant.now(clock).atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<ConsentRecord> records = ConsentRecord.talentPool(validFrom, contacts.wordSearch(text, "c").orElse(null), PAGE);
        Candidate.openAll(records.stream().map(r -> r.candidate).toList());
        return records.stream().filter(r -> r.candidate.isFoundBy(text))
                .map(r -> new Member(r.id, r.candidate.id, r.candidate.fullName(), r.candidate.email(), r.textVersion, r.channel,
                        r.givenAt, r.givenAt.atZone(ZoneOffset.UTC).plusMonths(months).toInstant()))
                .toList();
    }

    /**
     * The candidate asked to leave the pool: the consent ends now, the record of it stays as proof. Only a talent-pool
     * consent: a referee's consent is the candidate's to withdraw from their status page, which also stops the requests
     * and deletes the answers.
     */
    @Transactional
    public long withdraw(long consentId) {
        ConsentRecord consent = ConsentRecord.<ConsentRecord> findByIdOptional(consentId)
                .filter(found -> found.purpose == ConsentRecord.Purpose.TALENT_POOL && found.withdrawnAt == null)
                .orElseThrow(NotFoundException::new);
        consent.withdrawnAt = Instant.now(clock);
        audit.record(AuditAction.CONSENT_WITHDRAWN, AuditLog.CANDIDATE, consent.candidate.id);
        return consent.candidate.id;
    }
}
