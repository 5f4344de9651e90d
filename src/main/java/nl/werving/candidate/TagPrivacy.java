package nl.werving.candidate;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * The tags on a candidate: what the team noted about them in a word. The links go with the candidate row (cascade);
 * the export shows each tag and when it was put on.
 */
@ApplicationScoped
public class TagPrivacy implements PrivacyPart {

    private final CandidateTags tags;

    public TagPrivacy(CandidateTags tags) {
        this.tags = tags;
    }

    @Override
    public PersonalData export(long candidateId) {
        return new PersonalData(List.of(section(42, "tags", CandidateTag.listForCandidate(candidateId).stream()
                .map(link -> row("tag", link.tag != null ? link.tag.name : tags.label(link), "addedAt", link.addedAt)).toList())),
                List.of());
    }

    /** Two records of one person become one: the duplicate's tags move to the kept candidate, none twice. */
    @Override
    public void merge(long duplicateId, long keptId) {
        tags.merge(duplicateId, keptId);
    }
}
