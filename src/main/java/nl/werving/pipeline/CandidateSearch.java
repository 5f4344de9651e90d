package nl.werving.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * What a recruiter looks for across vacancies: a text (part of a name, an e-mail address or a vacancy title; a phone
 * number by its digits), an outcome, a source and the days applied between. {@code hiringManagerId} limits the search
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

    /** The fewest digits a text needs to be looked up as a phone number. */
    static final int PHONE_DIGITS = 4;

    /** The digits of the text when it is a phone number (digits, spaces, {@code + - . / ( )} only), else empty. */
    String phoneDigits() {
        if (text == null || !text.strip().matches("[0-9 +\\-./()]+")) {
            return "";
        }
        String digits = text.replaceAll("\\D", "");
        return digits.length() >= PHONE_DIGITS ? digits : "";
    }
}
