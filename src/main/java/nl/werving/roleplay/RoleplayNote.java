package nl.werving.roleplay;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;

/** The assessor's notes on a role-play: free text about the candidate, part of the candidate aggregate. */
@Entity
public class RoleplayNote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public RoleplayResult result;

    public String notes;

    public static List<RoleplayNote> forResults(List<Long> resultIds) {
        return resultIds.isEmpty() ? List.of() : list("result.id in ?1", resultIds);
    }

    /** Every role-play note about the candidate. */
    public static List<RoleplayNote> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }
}
