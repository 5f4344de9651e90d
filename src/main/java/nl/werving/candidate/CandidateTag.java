package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.personaldata.BlindIndex;
import nl.werving.personaldata.PlainRows;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A tag on a candidate: one of the admins' tags, or a free tag whose text a recruiter typed about this candidate. That
 * text may say something about the person, so it is kept here, in the candidate aggregate, and goes with them.
 */
@Entity
public class CandidateTag extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    /** The admins' tag, or {@code null} for a free tag. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Tag tag;

    /** A free tag's text as typed, sealed under the candidate's key; or {@code null}. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] label;

    /** Keyed hash of a free tag's text as compared ({@link #labelKeyOf}), or {@code null}. */
    public String labelKey;

    public Long addedBy;

    public Instant addedAt;

    /** The tags of these candidates with the admins' tags fetched, in one query. */
    static List<CandidateTag> listForCandidates(Collection<Long> candidateIds) {
        return list("select l from CandidateTag l left join fetch l.tag where l.candidate.id in ?1", candidateIds);
    }

    /** What {@link #labelKey} holds for a free tag of this text. */
    public static String labelKeyOf(String text) {
        return Arc.container().instance(BlindIndex.class).get().exact("tag", Tag.keyOf(text));
    }

    /**
     * The keys a free tag of this text may have: its hash, and until the catch-up has hashed a link from before V43, the
     * compared text itself.
     */
    public static List<String> labelKeysOf(String text) {
        return List.of(labelKeyOf(text), Tag.keyOf(text));
    }

    /** Seals up to {@code limit} links V43 listed (see {@link PlainRows#sealListed}). */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("candidate_tag_plain", "link_id", limit, seal);
    }

    /** Of these candidates, those that carry the admins' tag. */
    public static List<Long> candidatesWithTag(long tagId, Collection<Long> candidateIds) {
        return getEntityManager().createQuery(
                "select l.candidate.id from CandidateTag l where l.tag.id = :tag and l.candidate.id in :ids", Long.class)
                .setParameter("tag", tagId).setParameter("ids", candidateIds).getResultList();
    }

    /** Of these candidates, those that carry the free tag of this text. */
    public static List<Long> candidatesWithLabel(String text, Collection<Long> candidateIds) {
        return getEntityManager().createQuery(
                "select l.candidate.id from CandidateTag l where l.labelKey in :keys and l.candidate.id in :ids", Long.class)
                .setParameter("keys", labelKeysOf(text)).setParameter("ids", candidateIds).getResultList();
    }

    /** Takes the admins' tag off these candidates; returns how many carried it. */
    public static long deleteTag(long tagId, Collection<Long> candidateIds) {
        return delete("tag.id = ?1 and candidate.id in ?2", tagId, candidateIds);
    }

    /** Takes the free tag of this text off these candidates; returns how many carried it. */
    public static long deleteLabel(String text, Collection<Long> candidateIds) {
        return delete("labelKey in ?1 and candidate.id in ?2", labelKeysOf(text), candidateIds);
    }

    public static List<CandidateTag> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }

    /** How many candidates carry the admins' tag. */
    public static long countWithTag(long tagId) {
        return count("tag.id", tagId);
    }
}
