package nl.werving.candidate;

import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.personaldata.PlainRows;

/** The optional letter a candidate wrote with an application: free text, so personal data. */
@Entity
@Table(name = "candidate_motivation")
public class Motivation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public long applicationId;

    /** Sealed under the candidate's key, UTF-8 inside; read and write it through {@link CandidateService}. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] body;

    public static List<Motivation> listForApplications(Collection<Long> applicationIds) {
        return list("applicationId in ?1", applicationIds);
    }

    /**
     * Motivations stored before they were sealed (V35 listed them).  Seals up to {@code limit} of them with {@code
     * seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("candidate_motivation_plain", "motivation_id", limit, seal);
    }

    /** Every motivation the candidate wrote. */
    public static List<Motivation> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }
}
