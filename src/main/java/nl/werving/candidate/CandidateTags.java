package nl.werving.candidate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.SealingBacklog;
import nl.werving.web.RuleViolation;

/**
 * The admins' list of tags, and tags on candidates. A text typed as a tag is the admins' tag of that name when there is
 * one, otherwise a free tag of this candidate. Who may tag which candidate is for the caller to decide.
 */
@ApplicationScoped
public class CandidateTags implements SealingBacklog {

    /** What a typed tag text stands for: the admins' tag, or a free tag's compared text. */
    public record TagRef(Tag tag, String label, String labelKey) {
    }

    private final Clock clock;
    private final CandidateKeys keys;

    public CandidateTags(Clock clock, CandidateKeys keys) {
        this.clock = clock;
        this.keys = keys;
    }

    /** The tags of these candidates, by candidate and name, with one query and one for the keys of the free tags. */
    @Transactional(TxType.MANDATORY)
    public Map<Long, List<TagChip>> chipsOf(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        List<CandidateTag> links = CandidateTag.listForCandidates(candidateIds);
        CandidateKeys.Opener opener = keys.opener(links.stream().filter(link -> link.tag == null).map(link -> link.candidate.id)
                .distinct().toList());
        return links.stream()
                .map(link -> new TagChip(link.id, link.candidate.id,
                        link.tag != null ? link.tag.name : opener.text(link.candidate.id, link.label),
                        link.tag != null ? link.tag.colour : null))
                .sorted(Comparator.comparing(chip -> Tag.keyOf(chip.name())))
                .collect(Collectors.groupingBy(TagChip::candidateId));
    }

    /** The candidate's tags by name. */
    @Transactional(TxType.MANDATORY)
    public List<TagChip> chipsOf(long candidateId) {
        return chipsOf(List.of(candidateId)).getOrDefault(candidateId, List.of());
    }

    /** A free tag's text as typed (sealed), for the candidate's copy of their data. */
    @Transactional(TxType.MANDATORY)
    public String label(CandidateTag link) {
        return keys.decryptText(link.candidate.id, link.label);
    }

    @Transactional
    public Tag create(String name, TagColour colour) {
        String key = Tag.keyOf(name);
        if (Tag.findByKey(key).isPresent()) {
            throw new RuleViolation("duplicate-name", "A tag of this name exists");
        }
        Tag tag = new Tag();
        tag.name = name.strip().replaceAll("\\s+", " ");
        tag.nameKey = key;
        tag.colour = colour == null ? TagColour.GREY : colour;
        tag.persist();
        return tag;
    }

    @Transactional
    public void update(long id, String name, TagColour colour, long version) {
        Tag tag = get(id);
        if (tag.version != version) {
            throw new OptimisticLockException();
        }
        String key = Tag.keyOf(name);
        if (Tag.findByKey(key).filter(other -> !other.id.equals(id)).isPresent()) {
            throw new RuleViolation("duplicate-name", "A tag of this name exists");
        }
        tag.name = name.strip().replaceAll("\\s+", " ");
        tag.nameKey = key;
        tag.colour = colour == null ? TagColour.GREY : colour;
    }

    /** Deletes the tag from the list, and so from every candidate that carried it. */
    @Transactional
    public void delete(long id) {
        get(id).delete();
    }

    public Tag get(long id) {
        return Tag.<Tag> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    /** What the text stands for; an admin's tag wins over a free tag of the same text. */
    public TagRef resolve(String text) {
        String key = Tag.keyOf(text);
        Optional<Tag> listed = Tag.findByKey(key);
        return listed.map(tag -> new TagRef(tag, null, null))
                .orElseGet(() -> new TagRef(null, text.strip().replaceAll("\\s+", " "), CandidateTag.labelKeyOf(text)));
    }

    /** Puts the tag on those of the candidates that lack it; returns how many got it. */
    @Transactional(TxType.MANDATORY)
    public int tag(Collection<Long> candidateIds, String text, Long userId) {
        if (candidateIds.isEmpty()) {
            return 0;
        }
        TagRef ref = resolve(text);
        Set<Long> carrying = new HashSet<>(ref.tag() != null ? CandidateTag.candidatesWithTag(ref.tag().id, candidateIds)
                : CandidateTag.candidatesWithLabel(text, candidateIds));
        List<Long> missing = new ArrayList<>(new HashSet<>(candidateIds));
        missing.removeAll(carrying);
        for (Long candidateId : missing) {
            CandidateTag link = new CandidateTag();
            link.candidate = Candidate.getEntityManager().getReference(Candidate.class, candidateId);
            link.tag = ref.tag();
            link.label = keys.encryptText(candidateId, ref.label());
            link.labelKey = ref.labelKey();
            link.addedBy = userId;
            link.addedAt = clock.instant();
            link.persist();
        }
        return missing.size();
    }

    /** Takes the tag off the candidates; returns how many carried it. */
    @Transactional(TxType.MANDATORY)
    public long untag(Collection<Long> candidateIds, String text) {
        if (candidateIds.isEmpty()) {
            return 0;
        }
        TagRef ref = resolve(text);
        return ref.tag() != null ? CandidateTag.deleteTag(ref.tag().id, candidateIds)
                : CandidateTag.deleteLabel(text, candidateIds);
    }

    /** Takes one tag off the candidate; a link of another candidate is not found. */
    @Transactional(TxType.MANDATORY)
    public void remove(long candidateId, long linkId) {
        CandidateTag link = CandidateTag.<CandidateTag> findByIdOptional(linkId)
                .filter(found -> found.candidate.id == candidateId).orElseThrow(NotFoundException::new);
        link.delete();
    }

    /** Moves the duplicate's tags onto the kept candidate, leaving out those the kept one already carries. */
    @Transactional(TxType.MANDATORY)
    public void merge(long duplicateId, long keptId) {
        Set<String> kept = new HashSet<>();
        CandidateTag.listForCandidate(keptId).forEach(link -> kept.add(identity(link)));
        Candidate keptCandidate = Candidate.getEntityManager().getReference(Candidate.class, keptId);
        for (CandidateTag link : CandidateTag.listForCandidate(duplicateId)) {
            if (kept.add(identity(link))) {
                if (link.label != null) {
                    String text = keys.decryptText(duplicateId, link.label);
                    link.label = keys.encryptText(keptId, text);
                    link.labelKey = CandidateTag.labelKeyOf(text);
                }
                link.candidate = keptCandidate;
            } else {
                link.delete();
            }
        }
        CandidateTag.flush();
    }

    /**
     * Seals and hashes up to {@code limit} free tags stored before they were sealed (V43 listed them; SQL cannot encrypt).
     * Returns how many.
     */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        return CandidateTag.sealListed(limit, id -> {
            CandidateTag link = CandidateTag.findById(id);
            if (link == null || link.label == null) {
                return; // gone since it was listed, or an admins' tag
            }
            // Hashed from the text, also for a link a merge sealed again before the catch-up reached it.
            String text = keys.decryptText(link.candidate.id, link.label);
            link.labelKey = CandidateTag.labelKeyOf(text);
            link.label = keys.sealIfPlain(link.candidate.id, link.label);
        });
    }

    private static String identity(CandidateTag link) {
        return link.tag != null ? "tag:" + link.tag.id : "free:" + link.labelKey;
    }
}
