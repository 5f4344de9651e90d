package nl.werving.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.web.ContactEmail;

/** The user form of the admin pages. */
@AcceptablePassword
public class UserForm {

    /** Constraints that only apply when a user is created. */
    public interface OnCreate {
    }

    @RestForm
    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "^$|[a-z0-9][a-z0-9._-]{2,63}", message = "{user.username.pattern}")
    public String username;

    @RestForm
    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 120, message = "{werving.size.max}")
    public String displayName;

    @RestForm
    @ContactEmail
    @Size(max = ContactEmail.MAX_LENGTH, message = "{werving.size.max}")
    public String email;

    /** The language of the mails to the user: nl, en or fr; anything else reads Dutch. */
    @RestForm
    public String language;

    @RestForm
    @NotEmpty(message = "{user.roles.required}")
    public List<String> roles = new ArrayList<>();

    @RestForm
    @NotBlank(groups = OnCreate.class, message = "{user.password.required}")
    public String password;

    @RestForm
    public Long version;

    public static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.username = user.username;
        form.displayName = user.displayName;
        form.email = user.email;
        form.language = user.mailLocale().getLanguage();
        form.roles = new ArrayList<>(user.roleSet());
        form.version = user.version;
        return form;
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }
}
