package nl.werving.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.web.LanguageChosen;

/**
 * The language a colleague reads Werving's mails in follows the language switch: whoever switches to English while
 * signed in gets invitations and reminders in English from then on. Candidates and visitors have no row to keep it in.
 */
@ApplicationScoped
public class StaffLanguage {

    private final CurrentUser currentUser;

    public StaffLanguage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    void onChosen(@Observes LanguageChosen chosen) {
        Long userId = currentUser.isLoggedIn() ? currentUser.getId() : null;
        if (userId != null) {
            QuarkusTransaction.requiringNew().run(() -> AppUser.rememberLanguage(userId, chosen.language()));
        }
    }
}
