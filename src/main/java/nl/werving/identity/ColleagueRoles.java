package nl.werving.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Names the colleagues who judged a candidate by their role, in the candidate's copy of their data: "Hiring manager",
 * "Recruiter" or "Interviewer 2". Who they are is the colleague's own personal data (GDPR art. 15(4)). The others are
 * numbered in the order they are met within one section of the copy, with the section's own word ("Interviewer 2" among
 * the scorecards, "Assessor 2" among the role-plays), so a number never seems to name the same person across sections.
 */
public class ColleagueRoles {

    private final IdentityMessages messages;
    private final IntFunction<String> numbered;
    private final Map<Long, Integer> numbers = new HashMap<>();

    private ColleagueRoles(IdentityMessages messages, IntFunction<String> numbered) {
        this.messages = messages;
        this.numbered = numbered;
    }

    /** For the interviewers of the candidate's scorecards. */
    public static ColleagueRoles interviewers(String language) {
        IdentityMessages messages = messages(language);
        return new ColleagueRoles(messages, messages::panelMember);
    }

    /** For the assessors of the candidate's role-plays and practical tests. */
    public static ColleagueRoles assessors(String language) {
        IdentityMessages messages = messages(language);
        return new ColleagueRoles(messages, messages::assessor);
    }

    private static IdentityMessages messages(String language) {
        return MessageBundles.get(IdentityMessages.class, Localized.Literal.of(language == null ? "nl" : language));
    }

    /** The colleague's role towards the candidate; {@code hiringManager} is the vacancy's, or {@code null}. */
    public String of(AppUser colleague, AppUser hiringManager) {
        if (hiringManager != null && Objects.equals(colleague.id, hiringManager.id)) {
            return messages.role(Roles.HIRING_MANAGER);
        }
        if (colleague.hasRole(Roles.RECRUITER)) {
            return messages.role(Roles.RECRUITER);
        }
        return numbered.apply(numbers.computeIfAbsent(colleague.id, id -> numbers.size() + 1));
    }
}
