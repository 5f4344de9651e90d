package nl.werving.profile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.ConsentRecord;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.LikelyDuplicate;
import nl.werving.pipeline.ProfileApplication;
import nl.werving.privacy.CandidateMerge;
import nl.werving.privacy.DataRequest;
import nl.werving.privacy.LegalHold;

/**
 * Likely duplicates of a candidate, for the hint on the profile, and the side-by-side comparison before a merge. A
 * hiring manager is told only of candidates who applied to their own vacancies; comparing and merging is for recruiters
 * and admins.
 */
@ApplicationScoped
@Named("duplicates")
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CandidateDuplicates {

    /** The profile names at most this many. */
    static final int HINTS = 3;

    /** One candidate as the comparison shows it, with how much of theirs would move. */
    public record Side(Candidate candidate, List<ProfileApplication> applications, long documents, long notes, long consents,
            long mails) {
    }

    /** Both candidates; {@code sharedVacancies} are titles both applied to, which stop the merge. */
    public record Comparison(Side one, Side other, List<String> sharedVacancies, boolean onHold, boolean openRequest) {

        public boolean isBlocked() {
            return one.candidate().id.equals(other.candidate().id) || !sharedVacancies.isEmpty() || onHold || openRequest;
        }
    }

    /** What a merge moved, for the message after it. */
    public record Merged(String duplicateName, long applications, long documents) {
    }

    private final CurrentUser currentUser;
    private final CandidateMerge merge;

    public CandidateDuplicates(CurrentUser currentUser, CandidateMerge merge) {
        this.currentUser = currentUser;
        this.merge = merge;
    }

    /** The likely duplicates of the candidate the profile shows (already read, so this is one query). */
    @Transactional
    public List<LikelyDuplicate> of(Candidate candidate) {
        return Application.listLikelyDuplicates(candidate, currentUser.canManageVacancies() ? null : currentUser.getId(), HINTS);
    }

    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Comparison compare(long candidateId, long otherId) {
        Side one = side(candidateId);
        Side other = side(otherId);
        Set<Long> vacancies = one.applications().stream().map(ProfileApplication::vacancyId).collect(Collectors.toSet());
        List<String> shared = other.applications().stream().filter(a -> vacancies.contains(a.vacancyId()))
                .map(ProfileApplication::vacancyTitle).distinct().toList();
        return new Comparison(one, other, shared,
                LegalHold.isActive(candidateId) || LegalHold.isActive(otherId),
                !DataRequest.openFor(candidateId).isEmpty() || !DataRequest.openFor(otherId).isEmpty());
    }

    /**
     * Merges {@code duplicateId} into {@code keptId}; refusals come as the merge's {@code RuleViolation}. What moves is
     * counted first, with scalar queries, so the merge locks and reads both candidates itself.
     */
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Merged merge(long duplicateId, long duplicateVersion, long keptId, long keptVersion) {
        Merged merged = new Merged(Candidate.<Candidate> findByIdOptional(duplicateId).map(Candidate::fullName).orElse(""), Application.count("candidate.id", duplicateId),
                CandidateDocument.count("candidate.id", duplicateId));
        merge.merge(duplicateId, duplicateVersion, keptId, keptVersion);
        return merged;
    }

    private static Side side(long candidateId) {
        Candidate candidate = Candidate.<Candidate> findByIdOptional(candidateId).orElseThrow(NotFoundException::new);
        return new Side(candidate, Application.listForProfile(candidateId), CandidateDocument.count("candidate.id", candidateId),
                CandidateNote.count("candidate.id", candidateId), ConsentRecord.count("candidate.id", candidateId),
                OutboxMail.count("candidateId", candidateId));
    }
}
