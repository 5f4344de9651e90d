package nl.werving.reference;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.CandidateKeys.Opener;
import nl.werving.personaldata.SealingBacklog;

/**
 * The free text of a reference check, sealed under the candidate's key: who the referees are and how to reach them,
 * what they answered, and the candidate's response. It belongs to the candidate aggregate and goes with the candidate's
 * key. The entities keep the sealed bytes; what pages, mails and the export read is the plain text this service put
 * into their transient fields ({@link #open}), and every write goes through the setters here, which fill both.
 */
@ApplicationScoped
public class ReferenceTexts implements SealingBacklog {

    private final CandidateKeys keys;

    public ReferenceTexts(CandidateKeys keys) {
        this.keys = keys;
    }

    /** Opens the checks with their referees and the referees' answers; one query for the keys of all their candidates. */
    @Transactional(TxType.MANDATORY)
    public void open(Collection<ReferenceCheck> checks) {
        Opener opener = keys.opener(checks.stream().map(check -> check.candidate.id).distinct().toList());
        for (ReferenceCheck check : checks) {
            long candidateId = check.candidate.id;
            check.candidateResponse = opener.text(candidateId, check.sealedResponse);
            check.referees.forEach(referee -> open(opener, candidateId, referee));
        }
    }

    /** Opens referees of any checks, with their answers; one query for the keys. */
    @Transactional(TxType.MANDATORY)
    public void openReferees(Collection<Referee> referees) {
        Opener opener = keys.opener(referees.stream().map(referee -> referee.check.candidate.id).distinct().toList());
        referees.forEach(referee -> open(opener, referee.check.candidate.id, referee));
    }

    private static void open(Opener opener, long candidateId, Referee referee) {
        referee.fullName = opener.text(candidateId, referee.sealedFullName);
        referee.email = opener.text(candidateId, referee.sealedEmail);
        referee.phone = opener.text(candidateId, referee.sealedPhone);
        referee.company = opener.text(candidateId, referee.sealedCompany);
        referee.period = opener.text(candidateId, referee.sealedPeriod);
        referee.remarks = opener.text(candidateId, referee.sealedRemarks);
        referee.answers.forEach(answer -> answer.comment = opener.text(candidateId, answer.sealedComment));
    }

    /** Who the referee is and how to reach them, as the candidate named them; the check must be set. */
    @Transactional(TxType.MANDATORY)
    public void name(Referee referee, String fullName, String email, String phone, String company, String period) {
        long candidateId = referee.check.candidate.id;
        referee.fullName = fullName;
        referee.sealedFullName = keys.encryptText(candidateId, fullName);
        referee.email = email;
        referee.sealedEmail = keys.encryptText(candidateId, email);
        referee.phone = phone;
        referee.sealedPhone = keys.encryptText(candidateId, phone);
        referee.company = company;
        referee.sealedCompany = keys.encryptText(candidateId, company);
        referee.period = period;
        referee.sealedPeriod = keys.encryptText(candidateId, period);
    }

    /** The referee's closing remarks; {@code null} for none. */
    @Transactional(TxType.MANDATORY)
    public void remarks(Referee referee, String remarks) {
        referee.remarks = remarks;
        referee.sealedRemarks = keys.encryptText(referee.check.candidate.id, remarks);
    }

    /** The referee's comment on one topic; {@code null} for none. The answer's referee must be set. */
    @Transactional(TxType.MANDATORY)
    public void comment(RefereeAnswer answer, String comment) {
        answer.comment = comment;
        answer.sealedComment = keys.encryptText(answer.referee.check.candidate.id, comment);
    }

    /** What the candidate said about the findings; {@code null} for nothing. */
    @Transactional(TxType.MANDATORY)
    public void response(ReferenceCheck check, String response) {
        check.candidateResponse = response;
        check.sealedResponse = keys.encryptText(check.candidate.id, response);
    }

    /**
     * Whether the address is still asked to answer for another referee of the candidate's checks. The addresses are
     * sealed, so they are compared here, opened, over the candidate's invited referees: a handful at most.
     */
    @Transactional(TxType.MANDATORY)
    boolean isInvitedElsewhere(long candidateId, String email, long exceptRefereeId) {
        List<Referee> invited = Referee.listInvitedOfCandidate(candidateId, exceptRefereeId);
        if (invited.isEmpty()) {
            return false;
        }
        List<String> emails = keys.decryptTexts(candidateId, invited.stream().map(referee -> referee.sealedEmail).toList());
        return emails.stream().anyMatch(other -> Objects.equals(other, email));
    }

    /**
     * Gives the duplicate's reference checks to the kept candidate, their texts sealed again under the kept candidate's
     * key: the duplicate's key goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    void move(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        List<ReferenceCheck> checks = ReferenceCheck.listForCandidate(duplicateId);
        Referee.lockForCandidate(duplicateId);
        List<Referee> referees = Referee.listForCandidate(duplicateId);
        for (ReferenceCheck check : checks) {
            check.sealedResponse = keys.reseal(duplicateId, keptId, check.sealedResponse);
            check.candidate = kept;
        }
        for (Referee referee : referees) {
            referee.sealedFullName = keys.reseal(duplicateId, keptId, referee.sealedFullName);
            referee.sealedEmail = keys.reseal(duplicateId, keptId, referee.sealedEmail);
            referee.sealedPhone = keys.reseal(duplicateId, keptId, referee.sealedPhone);
            referee.sealedCompany = keys.reseal(duplicateId, keptId, referee.sealedCompany);
            referee.sealedPeriod = keys.reseal(duplicateId, keptId, referee.sealedPeriod);
            referee.sealedRemarks = keys.reseal(duplicateId, keptId, referee.sealedRemarks);
            referee.answers.forEach(answer -> answer.sealedComment = keys.reseal(duplicateId, keptId, answer.sealedComment));
        }
        // Written now, before the merge deletes the duplicate.
        ReferenceCheck.flush();
    }

    /** Checks, referees and answers stored before their texts were sealed (V38 listed them). */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        int checks = ReferenceCheck.sealListed(limit, id -> {
            ReferenceCheck check = ReferenceCheck.findById(id);
            if (check == null) {
                return; // gone since it was listed
            }
            check.sealedResponse = keys.sealIfPlain(check.candidate.id, check.sealedResponse);
        });
        int referees = Referee.sealListed(limit, id -> {
            Referee referee = Referee.findById(id);
            if (referee == null) {
                return; // gone since it was listed
            }
            long candidateId = referee.check.candidate.id;
            referee.sealedFullName = keys.sealIfPlain(candidateId, referee.sealedFullName);
            referee.sealedEmail = keys.sealIfPlain(candidateId, referee.sealedEmail);
            referee.sealedPhone = keys.sealIfPlain(candidateId, referee.sealedPhone);
            referee.sealedCompany = keys.sealIfPlain(candidateId, referee.sealedCompany);
            referee.sealedPeriod = keys.sealIfPlain(candidateId, referee.sealedPeriod);
            referee.sealedRemarks = keys.sealIfPlain(candidateId, referee.sealedRemarks);
        });
        int answers = RefereeAnswer.sealListed(limit, id -> {
            RefereeAnswer answer = RefereeAnswer.findById(id);
            if (answer == null) {
                return; // gone since it was listed
            }
            answer.sealedComment = keys.sealIfPlain(answer.referee.check.candidate.id, answer.sealedComment);
        });
        return checks + referees + answers;
    }
}
