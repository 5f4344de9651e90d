package nl.werving.candidate;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The optional letter a candidate wrote with an application: free text, so personal data. */
@Entity
@Table(name = "candidate_motivation")
public class Motivation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public long applicationId;

    public String body;

    public static List<Motivation> listForApplications(Collection<Long> applicationIds) {
        return list("applicationId in ?1", applicationIds);
    }

    /** Every motivation the candidate wrote. */
    public static List<Motivation> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }
}
