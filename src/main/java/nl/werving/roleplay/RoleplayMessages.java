package nl.werving.roleplay;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.vacancy.LanguageLevel;

/** Texts of role-plays and practical tests. */
@MessageBundle("roleplay")
public interface RoleplayMessages {

    @Message
    String title(String name);

    @Message
    String record();

    @Message
    String roleplay();

    @Message
    String roleplays();

    @Message
    String noRoleplays();

    @Message
    String scenario();

    @Message
    String channel(Channel channel);

    @Message
    String briefs();

    @Message
    String candidateBrief();

    @Message
    String actorBrief();

    @Message
    String criteria();

    @Message
    String criteriaHelp();

    @Message
    String tone();

    @Message
    String toneHelp();

    @Message
    String wordChoice();

    @Message
    String wordChoiceHelp();

    @Message
    String patience();

    @Message
    String patienceHelp();

    @Message
    String listening();

    @Message
    String listeningHelp();

    @Message
    String deEscalation();

    @Message
    String deEscalationHelp();

    @Message
    String solution();

    @Message
    String solutionHelp();

    @Message
    String outcome();

    @Message
    String duration();

    @Message
    String verdict();

    @Message
    String verdictOption(Verdict verdict);

    @Message
    String notes();

    @Message
    String notesHelp();

    @Message
    String save();

    @Message
    String practicalTest();

    @Message
    String practicalTests();

    @Message
    String testKind();

    @Message
    String testKindOption(TestKind kind);

    @Message
    String forLanguage();

    @Message
    String language();

    @Message
    String level();

    @Message
    String forTyping();

    @Message
    String wpm();

    @Message
    String accuracy();

    @Message
    String forTrialDay();

    @Message
    String trialOutcome();

    @Message
    String outcomeOption(TestOutcome outcome);

    @Message
    String saveTest();

    @Message
    String roleplayRecorded();

    @Message
    String testRecorded();

    @Message
    String scenarioRequired();

    @Message
    String scoreMean(String mean);

    @Message
    String byOn(String name, String date);

    @Message
    String languageResult(String language, LanguageLevel level);

    @Message
    String typingResult(int wpm, int accuracy);

    @Message
    String minutes(int minutes);
}
