package nl.werving.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Names the colleagues who judged a candidate by their role, in the candidate's copy of their data: "Hiring manager",
 * "Recruiter" or "Interviewer 2". Who they are is the colleague's own personal data (GDPR art. 15(4)). The others are
 * numbered in the order they are met, so one colleague keeps one number throughout one copy.
 */
public class ColleagueRoles {

    private final IdentityMessages messages;
    private final Map<Long, Integer> numbers = new HashMap<>();

    public ColleagueRoles(String language) {
        this.messages = MessageBundles.get(IdentityMessages.class, Localized.Literal.of(language == null ? "nl" : language));
    }

    /** The colleague's role towards the candidate; {@code hiringManager} is the vacancy's, or {@code null}. */
    public String of(AppUser colleague, AppUser hiringManager) {
        if (hiringManager != null && Objects.equals(colleague.id, hiringManager.id)) {
            return messages.role(Roles.HIRING_MANAGER);
        }
        if (colleague.hasRole(Roles.RECRUITER)) {
            return messages.role(Roles.RECRUITER);
        }
        return messages.panelMember(numbers.computeIfAbsent(colleague.id, id -> numbers.size() + 1));
    }
}
