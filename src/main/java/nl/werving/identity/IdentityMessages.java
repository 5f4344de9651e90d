package nl.werving.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the login and user pages. Dutch in messages/identity_nl.properties, translations beside it. */
@MessageBundle("identity")
public interface IdentityMessages {

    @Message
    String loginTitle();

    @Message
    String loginIntro();

    @Message
    String fieldUsername();

    @Message
    String fieldPassword();

    @Message
    String loginButton();

    @Message
    String loginFailed();

    @Message
    String loginWait(long minutes);

    @Message
    String loggedOut();

    @Message
    String demoTitle();

    @Message
    String demoText();

    @Message
    String usersTitle();

    @Message
    String usersIntro();

    @Message
    String newUser();

    @Message
    String editUser();

    @Message
    String columnName();

    @Message
    String columnUsername();

    @Message
    String columnEmail();

    @Message
    String columnRoles();

    @Message
    String columnStatus();

    @Message
    String active();

    @Message
    String inactive();

    @Message
    String you();

    @Message
    String role(String role);

    @Message
    String roleHelp(String role);

    @Message
    String fieldDisplayName();

    @Message
    String fieldEmail();

    @Message
    String fieldLanguage();

    @Message
    String helpLanguage();

    @Message
    String languageName(String code);

    @Message
    String fieldRoles();

    @Message
    String helpUsername();

    @Message
    String helpPasswordNew();

    @Message
    String helpPasswordEdit();

    @Message
    String createUser();

    @Message
    String saveUser();

    @Message
    String deactivate();

    @Message
    String activate();

    @Message
    String deactivateHelp();

    @Message
    String userCreated(String name);

    @Message
    String userSaved(String name);

    @Message
    String userDeactivated(String name);

    @Message
    String userActivated(String name);

    @Message
    String usernameTaken();

    @Message
    String ownAdminRole();

    @Message
    String deactivateSelf();

    @Message
    String rolesRequired();

    @Message
    String editConflict();

    /** A colleague on a candidate's panel who is neither their hiring manager nor a recruiter, in the candidate's copy. */
    @Message
    String panelMember(int number);

    /** A colleague who assessed a candidate's role-play or practical test, numbered like {@link #panelMember}. */
    @Message
    String assessor(int number);
}
