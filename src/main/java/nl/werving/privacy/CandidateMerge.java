package nl.werving.privacy;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateContacts;
import nl.werving.identity.Roles;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.PrivacyPart;
import nl.werving.web.RuleViolation;

/**
 * Two candidate rows that are one person become one: every feature points its rows about the duplicate at the kept
 * candidate ({@link PrivacyPart#merge}), then the duplicate row goes, all in one transaction. From then on the export,
 * the erasure and the purge see one person with everything both had: the purge keeps them while any of the
 * applications runs or a consent holds, and counts the retention term from the latest procedure of either.
 *
 * <p>Refused, with nothing changed: one candidate twice, a candidate already gone, a version another user changed in
 * the meantime, and a candidate under legal hold or with an open data request. A hold or a request concerns the data
 * as it stands: a merge would change what the hold preserves and what the answer to the request must contain, so those
 * are settled first.
 */
@ApplicationScoped
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class CandidateMerge {

    private final List<PrivacyPart> parts;
    private final CandidateKeys keys;
    private final AuditLog audit;
    private final CandidateContacts contacts;

    public CandidateMerge(@Any Instance<PrivacyPart> parts, CandidateKeys keys, AuditLog audit, CandidateContacts contacts) {
        this.contacts = contacts;
        // In a fixed order, so two merges take their locks alike.
        this.parts = parts.stream().sorted(Comparator.comparing(part -> part.getClass().getName())).toList();
        this.keys = keys;
        this.audit = audit;
    }

    /** Moves everything of {@code duplicateId} onto {@code keptId} and deletes the duplicate; the versions are those the user saw. */
    @Transactional
    public void merge(long duplicateId, long duplicateVersion, long keptId, long keptVersion) {
        if (duplicateId == keptId) {
            throw new RuleViolation("same-candidate", "Candidate " + keptId + " cannot be merged with itself");
        }
        // Locked in id order, so two merges of the same pair cannot wait for each other.
        Candidate first = lock(Math.min(duplicateId, keptId));
        Candidate second = lock(Math.max(duplicateId, keptId));
        Candidate duplicate = first.id == duplicateId ? first : second;
        Candidate kept = first.id == keptId ? first : second;
        if (duplicate.version != duplicateVersion || kept.version != keptVersion) {
            throw new RuleViolation("stale", "Candidate " + duplicateId + " or " + keptId + " changed since it was shown");
        }
        for (long id : List.of(duplicateId, keptId)) {
            if (LegalHold.isActive(id)) {
                throw new RuleViolation("on-hold", "Candidate " + id + " is on legal hold");
            }
            if (!DataRequest.openFor(id).isEmpty()) {
                throw new RuleViolation("open-request", "Candidate " + id + " has an open data request");
            }
        }

        EntityManager em = Candidate.getEntityManager();
        em.flush();
        // Read while the duplicate's key is there to open it.
        String duplicatePhone = duplicate.phone();
        parts.forEach(part -> part.merge(duplicateId, keptId));
        // Every part has sealed the duplicate's data again under the kept candidate's key: the old copies go unreadable
        // with this one. Not before the last part, which needs the key to open what it moves.
        keys.forget(List.of(duplicateId));

        // Known since the first of the two rows; contact data the kept row lacks comes from the other.
        if (duplicate.createdAt.isBefore(kept.createdAt)) {
            kept.createdAt = duplicate.createdAt;
        }
        if (kept.phone() == null && duplicatePhone != null) {
            contacts.write(kept, kept.fullName(), kept.email(), duplicatePhone);
        }
        em.remove(duplicate);
        em.flush();
        audit.record(AuditAction.CANDIDATES_MERGED, AuditLog.CANDIDATE, keptId, "merged=" + duplicateId);
    }

    private static Candidate lock(long id) {
        return Candidate.lock(id).orElseThrow(() -> new RuleViolation("gone", "Candidate " + id + " no longer exists"));
    }
}
