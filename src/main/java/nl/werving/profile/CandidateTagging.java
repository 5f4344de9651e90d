package nl.werving.profile;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateTags;
import nl.werving.candidate.Tag;
import nl.werving.candidate.TagChip;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.pipeline.Application;

/**
 * Tags on candidates as the team puts them on: one candidate from the profile, or many from the search results or
 * the board. A hiring manager tags only candidates in their own vacancies.
 */
@ApplicationScoped
@Named("tagging")
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CandidateTagging {

    private final CurrentUser currentUser;
    private final CandidateProfiles profiles;
    private final CandidateTags tags;

    public CandidateTagging(CurrentUser currentUser, CandidateProfiles profiles, CandidateTags tags) {
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.tags = tags;
    }

    /** The candidate's tags, for the profile. */
    @Transactional
    public List<TagChip> onCandidate(long candidateId) {
        return tags.chipsOf(candidateId);
    }

    /** The tags of these candidates, in one query, for a list. */
    @Transactional
    public Map<Long, List<TagChip>> chips(Collection<Long> candidateIds) {
        return tags.chipsOf(candidateIds);
    }

    /** The admins' list, offered when typing a tag. */
    @Transactional
    public List<Tag> options() {
        return Tag.listByName();
    }

    /** Returns the tag's name as it is kept. */
    @Transactional
    public String add(long candidateId, String text) {
        visible(candidateId);
        tags.tag(List.of(candidateId), text, currentUser.getId());
        CandidateTags.TagRef ref = tags.resolve(text);
        return ref.tag() != null ? ref.tag().name : ref.label();
    }

    @Transactional
    public void remove(long candidateId, long linkId) {
        visible(candidateId);
        tags.remove(candidateId, linkId);
    }

    /**
     * The candidates picked on a list, by candidate or by application (the board's cards), each once; picking one the
     * user may not see is refused.
     */
    @Transactional
    public List<Long> selection(Collection<Long> candidateIds, Collection<Long> applicationIds) {
        Long manager = currentUser.canManageVacancies() ? null : currentUser.getId();
        Set<Long> picked = new HashSet<>(Application.candidatesVisibleTo(new HashSet<>(candidateIds), manager));
        if (picked.size() < new HashSet<>(candidateIds).size()) {
            throw new ForbiddenException();
        }
        List<Long> ofCards = Application.candidatesOfApplications(new HashSet<>(applicationIds), manager);
        if (manager != null && ofCards.size() < Application.candidatesOfApplications(new HashSet<>(applicationIds), null).size()) {
            throw new ForbiddenException();
        }
        picked.addAll(ofCards);
        return picked.stream().sorted().toList();
    }

    /** Puts the tag on every picked candidate; returns how many were picked. */
    @Transactional
    public int addToAll(Collection<Long> candidateIds, String text) {
        List<Long> picked = selection(candidateIds, List.of());
        tags.tag(picked, text, currentUser.getId());
        return picked.size();
    }

    /** Takes the tag off every picked candidate; returns how many were picked. */
    @Transactional
    public int removeFromAll(Collection<Long> candidateIds, String text) {
        List<Long> picked = selection(candidateIds, List.of());
        tags.untag(picked, text);
        return picked.size();
    }

    private void visible(long candidateId) {
        if (Candidate.findById(candidateId) == null) {
            throw new NotFoundException();
        }
        profiles.visibleApplications(candidateId);
    }
}
