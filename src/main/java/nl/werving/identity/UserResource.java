package nl.werving.identity;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Admin pages for back-office users and their roles. */
@Path("/app/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AppUser> users);

        static native TemplateInstance form(UserForm form, FormErrors errors, AppUser user, List<String> roles,
                boolean conflict);
    }

    @Inject
    UserService users;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list() {
        return Templates.list(users.list());
    }

    @GET
    @Path("new")
    public TemplateInstance newUser() {
        return Templates.form(new UserForm(), FormErrors.none(), null, Roles.ALL, false);
    }

    @POST
    public Response create(@BeanParam UserForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form, Default.class, UserForm.OnCreate.class));
        if (errors.isEmpty()) {
            try {
                AppUser user = users.create(form);
                flash.success(messages().userCreated(user.displayName));
                return backToList();
            } catch (RuleViolation e) {
                explain(e, errors);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.form(form, errors, null, Roles.ALL, false)).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        AppUser user = users.get(id);
        return Templates.form(UserForm.of(user), FormErrors.none(), user, Roles.ALL, false);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @BeanParam UserForm form) {
        AppUser current = users.get(id);
        form.username = current.username;
        FormErrors errors = FormErrors.of(validator.validate(form));
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                AppUser user = users.update(id, form);
                flash.success(messages().userSaved(user.displayName));
                return backToList();
            } catch (OptimisticLockException e) {
                conflict = true;
                form.version = users.get(id).version;
            } catch (RuleViolation e) {
                explain(e, errors);
            }
        }
        Response.Status status = conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(Templates.form(form, errors, users.get(id), Roles.ALL, conflict)).build();
    }

    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@RestPath long id) {
        try {
            flash.success(messages().userDeactivated(users.setActive(id, false).displayName));
        } catch (RuleViolation e) {
            flash.error(messages().deactivateSelf());
        }
        return backToList();
    }

    @POST
    @Path("{id}/activate")
    public Response activate(@RestPath long id) {
        flash.success(messages().userActivated(users.setActive(id, true).displayName));
        return backToList();
    }

    private void explain(RuleViolation e, FormErrors errors) {
        IdentityMessages msg = messages();
        switch (e.code()) {
            case "username-taken" -> errors.add("username", msg.usernameTaken());
            case "own-admin-role" -> errors.add("roles", msg.ownAdminRole());
            case "roles-required" -> errors.add("roles", msg.rolesRequired());
            default -> throw e;
        }
    }

    private IdentityMessages messages() {
        return locale.bundle(IdentityMessages.class);
    }

    private static Response backToList() {
        return Response.seeOther(URI.create("/app/users")).build();
    }
}
