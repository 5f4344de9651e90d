package nl.werving.roleplay;

import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PlainRows;

/**
 * The assessor's notes on a role-play: free text about the candidate, part of the candidate aggregate and sealed under
 * the candidate's key; read and write them through {@link Roleplays}.
 */
@Entity
public class RoleplayNote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public RoleplayResult result;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] notes;

    public static List<RoleplayNote> forResults(List<Long> resultIds) {
        return resultIds.isEmpty() ? List.of() : list("result.id in ?1", resultIds);
    }

    /** Every role-play note about the candidate. */
    public static List<RoleplayNote> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }

    /**
     * Notes stored before they were sealed (V36 listed them): for {@link Roleplays#sealBacklog}.  Seals up to {@code
     * limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("roleplay_note_plain", "note_id", limit, seal);
    }
}
