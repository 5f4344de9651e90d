package nl.werving.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the audit page. */
@MessageBundle("audit")
public interface AuditMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String action(AuditAction action);

    @Message
    String anyAction();

    @Message
    String anyone();

    @Message
    String anyType();

    @Message
    String entityId();

    @Message
    String filter();

    @Message
    String columnTime();

    @Message
    String columnActor();

    @Message
    String columnAction();

    @Message
    String columnEntity();

    @Message
    String system();

    @Message
    String empty();

    @Message
    String type(String type);
}
