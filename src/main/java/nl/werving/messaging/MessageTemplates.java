package nl.werving.messaging;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.Roles;
import nl.werving.web.ConcurrentEdits;

/** Admins keep the message templates; everyone who may write to candidates picks from them. */
@ApplicationScoped
public class MessageTemplates {

    private final AuditLog audit;

    public MessageTemplates(AuditLog audit) {
        this.audit = audit;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
    public List<MessageTemplate> list() {
        return MessageTemplate.listByName();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
    public MessageTemplate get(long id) {
        return MessageTemplate.<MessageTemplate> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public MessageTemplate create(MessageTemplateForm form) {
        MessageTemplate template = new MessageTemplate();
        apply(form, template);
        template.persist();
        audit.record(AuditAction.MESSAGE_TEMPLATE_CHANGED, AuditLog.MESSAGE_TEMPLATE, template.id);
        return template;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public MessageTemplate update(long id, MessageTemplateForm form) {
        MessageTemplate template = get(id);
        ConcurrentEdits.requireVersion(template.version, form.version);
        apply(form, template);
        MessageTemplate.flush();
        audit.record(AuditAction.MESSAGE_TEMPLATE_CHANGED, AuditLog.MESSAGE_TEMPLATE, template.id);
        return template;
    }

    /** Messages sent with it stay; they only lose the link to it. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(long id) {
        get(id).delete();
        audit.record(AuditAction.MESSAGE_TEMPLATE_CHANGED, AuditLog.MESSAGE_TEMPLATE, id);
    }

    private static void apply(MessageTemplateForm form, MessageTemplate template) {
        template.name = form.name();
        template.subject = form.subject();
        template.body = form.body();
    }
}
