package nl.werving.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.identity.UserService;
import nl.werving.web.Page;

/** The audit log for admins: who did what, filtered by action, person or entity. */
@Path("/app/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    static final List<String> ENTITY_TYPES = List.of(AuditLog.USER, AuditLog.VACANCY, AuditLog.CANDIDATE, AuditLog.DOCUMENT,
            AuditLog.APPLICATION, AuditLog.STAGE_TEMPLATE, AuditLog.REJECTION_REASON, AuditLog.INTERVIEW, AuditLog.SCORECARD,
            AuditLog.REFERENCE_CHECK, AuditLog.REFEREE, AuditLog.RETENTION);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(Page<AuditRow> page, AuditQuery query, List<AppUser> users, List<String> entityTypes,
                String pageLink);
    }

    @Inject
    AuditLog audit;

    @Inject
    UserService users;

    @GET
    public TemplateInstance log(@RestQuery AuditAction action, @RestQuery Long actor, @RestQuery String type, @RestQuery Long entity,
            @RestQuery @DefaultValue("1") int page) {
        AuditQuery query = new AuditQuery(action, actor, type != null && ENTITY_TYPES.contains(type) ? type : null, entity, page);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("action", action);
        filters.put("actor", actor);
        filters.put("type", query.entityType());
        filters.put("entity", entity);
        return Templates.log(audit.search(query), query, users.list(), ENTITY_TYPES, Page.link("/app/audit", filters));
    }
}
