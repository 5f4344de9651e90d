package nl.werving.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import nl.werving.identity.UserService;
import nl.werving.messaging.MessageTemplate;
import nl.werving.web.LocalizedText;

/** The message templates of the demo employer, in Dutch, English and French, written into an empty database. */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
public class DemoMessageTemplates {

    private final DemoConfig config;
    private final UserService users;

    public DemoMessageTemplates(DemoConfig config, UserService users) {
        this.config = config;
        this.users = users;
    }

    /** Before {@link DemoData}, which fills the users: an empty database is one without users. */
    @Transactional
    void onStart(@Observes @Priority(5) StartupEvent start) {
        if (!config.enabled() || users.hasUsers()) {
            return;
        }
        template(new LocalizedText("Uitnodiging telefonisch gesprek", "Invitation to a phone interview",
                "Invitation à un entretien téléphonique"),
                new LocalizedText("Even bellen over {vacancy}?", "A quick call about {vacancy}?",
                        "Un appel au sujet de {vacancy} ?"),
                new LocalizedText("""
                        Beste {first_name},

                        Dank je wel voor je sollicitatie als {vacancy}. We willen je graag beter leren kennen in een \
                        telefonisch gesprek van een kwartier. Laat je weten wanneer het je deze week uitkomt?

                        Hoe het verder gaat, zie je altijd op {status_link}

                        Met vriendelijke groet,
                        {recruiter}""", """
                        Dear {first_name},

                        Thank you for applying as {vacancy}. We would like to get to know you better in a fifteen-minute \
                        phone call. Could you let us know when suits you this week?

                        You can always follow your application at {status_link}

                        Kind regards,
                        {recruiter}""", """
                        Bonjour {first_name},

                        Merci pour votre candidature au poste de {vacancy}. Nous aimerions faire votre connaissance lors \
                        d'un appel d'un quart d'heure. Quand êtes-vous disponible cette semaine ?

                        Vous pouvez suivre votre candidature sur {status_link}

                        Cordialement,
                        {recruiter}"""));
        template(new LocalizedText("Nog even geduld", "A little more patience", "Encore un peu de patience"),
                new LocalizedText("Je sollicitatie als {vacancy}", "Your application as {vacancy}",
                        "Votre candidature au poste de {vacancy}"),
                new LocalizedText("""
                        Beste {first_name},

                        We hebben veel reacties gekregen op de vacature {vacancy} en hebben iets meer tijd nodig. Uiterlijk \
                        volgende week hoor je van ons.

                        Groet,
                        {recruiter}""", """
                        Dear {first_name},

                        We received many applications for {vacancy} and need a little more time. You will hear from us \
                        next week at the latest.

                        Best regards,
                        {recruiter}""", """
                        Bonjour {first_name},

                        Nous avons reçu de nombreuses candidatures pour {vacancy} et avons besoin d'un peu plus de temps. \
                        Vous aurez de nos nouvelles au plus tard la semaine prochaine.

                        Bien à vous,
                        {recruiter}"""));
        template(new LocalizedText("Documenten voor je eerste werkdag", "Documents for your first day",
                "Documents pour votre premier jour"),
                new LocalizedText("Welkom bij het team!", "Welcome to the team!", "Bienvenue dans l'équipe !"),
                new LocalizedText("""
                        Hoi {first_name},

                        Wat fijn dat je bij ons begint als {vacancy}! Neem op je eerste dag je identiteitsbewijs en je \
                        bankpas mee.

                        Tot dan,
                        {recruiter}""", """
                        Hi {first_name},

                        We are glad you are joining us as {vacancy}! Please bring your ID and your bank card on your first \
                        day.

                        See you then,
                        {recruiter}""", """
                        Bonjour {first_name},

                        Nous sommes ravis que vous rejoigniez l'équipe au poste de {vacancy} ! Apportez votre pièce \
                        d'identité et votre carte bancaire le premier jour.

                        À bientôt,
                        {recruiter}"""));
    }

    private static void template(LocalizedText name, LocalizedText subject, LocalizedText body) {
        MessageTemplate template = new MessageTemplate();
        template.name = name;
        template.subject = subject;
        template.body = body;
        template.persist();
    }
}
