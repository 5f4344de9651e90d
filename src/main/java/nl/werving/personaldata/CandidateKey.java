package nl.werving.personaldata;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A candidate's data key, wrapped by a master key: without this row, what was encrypted under the key is noise. The
 * row goes with the candidate (and the database's cascade makes sure of it).
 */
@Entity
public class CandidateKey extends PanacheEntityBase {

    @Id
    public Long candidateId;

    /** Nonce, then the key encrypted under the master key, then the tag. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] wrappedKey;

    /** Which master key wrapped it; a rotation re-wraps the rows under any other. */
    public String masterKeyId;

    public Instant createdAt;

    public static List<CandidateKey> listWrappedByOtherThan(String masterKeyId, int limit) {
        return find("masterKeyId <> ?1 order by candidateId", masterKeyId).page(0, limit).list();
    }

    public static List<CandidateKey> listFor(Collection<Long> candidateIds) {
        return list("candidateId in ?1", candidateIds);
    }

    public static long deleteFor(Collection<Long> candidateIds) {
        return delete("candidateId in ?1", candidateIds);
    }
}
