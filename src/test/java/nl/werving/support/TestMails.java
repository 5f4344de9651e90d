package nl.werving.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;

/** Mails in the outbox as their recipient will read them: the stored texts of a candidate's mail are sealed. */
public final class TestMails {

    private TestMails() {
    }

    /** The mail's subject, HTML and text, opened as the sender opens them. */
    public static Outbox.Mail open(OutboxMail mail) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(Outbox.class).get().open(mail));
    }
}
