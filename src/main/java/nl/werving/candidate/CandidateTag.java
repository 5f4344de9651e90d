package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

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

    /** A free tag's text as typed, or {@code null}. */
    public String label;

    /** A free tag's text as compared ({@link Tag#keyOf}), or {@code null}. */
    public String labelKey;

    public Long addedBy;

    public Instant addedAt;

    private static final String CHIP = """
            select new nl.werving.candidate.TagChip(l.id, l.candidate.id, coalesce(t.name, l.label), t.colour)
            from CandidateTag l left join l.tag t""";

    /** The tags of these candidates, in one query, by candidate and name. */
    public static Map<Long, List<TagChip>> chipsOf(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery(CHIP + " where l.candidate.id in :ids order by coalesce(t.nameKey, l.labelKey)",
                TagChip.class).setParameter("ids", candidateIds).getResultStream()
                .collect(Collectors.groupingBy(TagChip::candidateId));
    }

    /** The candidate's tags by name. */
    public static List<TagChip> chipsOf(long candidateId) {
        return chipsOf(List.of(candidateId)).getOrDefault(candidateId, List.of());
    }

    /** Of these candidates, those that carry the admins' tag. */
    public static List<Long> candidatesWithTag(long tagId, Collection<Long> candidateIds) {
        return getEntityManager().createQuery(
                "select l.candidate.id from CandidateTag l where l.tag.id = :tag and l.candidate.id in :ids", Long.class)
                .setParameter("tag", tagId).setParameter("ids", candidateIds).getResultList();
    }

    /** Of these candidates, those that carry the free tag. */
    public static List<Long> candidatesWithLabel(String labelKey, Collection<Long> candidateIds) {
        return getEntityManager().createQuery(
                "select l.candidate.id from CandidateTag l where l.labelKey = :label and l.candidate.id in :ids", Long.class)
                .setParameter("label", labelKey).setParameter("ids", candidateIds).getResultList();
    }

    /** Takes the admins' tag off these candidates; returns how many carried it. */
    public static long deleteTag(long tagId, Collection<Long> candidateIds) {
        return delete("tag.id = ?1 and candidate.id in ?2", tagId, candidateIds);
    }

    /** Takes the free tag off these candidates; returns how many carried it. */
    public static long deleteLabel(String labelKey, Collection<Long> candidateIds) {
        return delete("labelKey = ?1 and candidate.id in ?2", labelKey, candidateIds);
    }

    public static List<CandidateTag> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }

    /** How many candidates carry the admins' tag. */
    public static long countWithTag(long tagId) {
        return count("tag.id", tagId);
    }
}
