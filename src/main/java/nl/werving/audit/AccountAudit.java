package nl.werving.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.werving.identity.AccountEvent;

/** Puts logins, logouts and user changes on record, as identity announces them, in the transaction that fired them. */
@ApplicationScoped
public class AccountAudit {

    private final AuditLog audit;

    public AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    void onAccountEvent(@Observes AccountEvent event) {
        AuditAction action = AuditAction.valueOf(event.kind().name());
        switch (event.kind()) {
            case LOGIN, LOGOUT -> audit.recordAs(event.userId(), action, AuditLog.USER, event.userId(), event.detail());
            case LOGIN_FAILED -> audit.recordAs(null, action, AuditLog.USER, event.userId(), event.detail());
            default -> audit.record(action, AuditLog.USER, event.userId(), event.detail());
        }
    }
}
