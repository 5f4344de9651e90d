package nl.werving.pipeline;

import java.time.LocalDate;
import java.util.List;

import nl.werving.candidate.Candidate;

/**
 * What a recruiter looks for across vacancies: a text (the start of words of a name or an e-mail address, part of a
 * vacancy title; a whole phone number, written any way), an outcome, a source and the days applied between. {@code hiringManagerId} limits the search
 * to one manager's own vacancies. {@code tags} are texts of tags the candidate carries, every one of them.
 */
public record CandidateSearch(String text, ApplicationStatus status, SourceChannel source, LocalDate appliedFrom,
        LocalDate appliedTo, SearchOrder order, Long hiringManagerId, int page, List<String> tags) {

    public CandidateSearch {
        tags = tags == null ? List.of() : tags.stream().filter(tag -> tag != null && !tag.isBlank()).distinct().toList();
    }

    public CandidateSearch(String text, ApplicationStatus status, SourceChannel source, LocalDate appliedFrom,
            LocalDate appliedTo, SearchOrder order, Long hiringManagerId, int page) {
        this(text, status, source, appliedFrom, appliedTo, order, hiringManagerId, page, List.of());
    }

    /** The same search within one hiring manager's own vacancies. */
    public CandidateSearch forHiringManager(long managerId) {
        return new CandidateSearch(text, status, source, appliedFrom, appliedTo, order, managerId, page, tags);
    }

    /** The same search for candidates carrying these tags too. */
    public CandidateSearch withTags(List<String> tagTexts) {
        return new CandidateSearch(text, status, source, appliedFrom, appliedTo, order, hiringManagerId, page, tagTexts);
    }

    /** Whether a search text finds nobody for being too short: neither a phone number nor holding a word of two letters. */
    public static boolean isTooShort(String text) {
        return text != null && !text.isBlank() && !isPhoneNumber(text) && !Candidate.asksForAWord(text);
    }

    /** Whether the text is a phone number: digits, spaces and {@code + - . / ( )} only, with at least one digit. */
    boolean isPhoneNumber() {
        return isPhoneNumber(text);
    }

    private static boolean isPhoneNumber(String text) {
        return text != null && text.strip().matches("[0-9 +\\-./()]+") && text.chars().anyMatch(Character::isDigit);
    }
}
