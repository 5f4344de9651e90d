package nl.werving.messaging;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** Admins keep message templates; a placeholder Werving does not know is refused with where it is. */
@QuarkusTest
class MessageTemplatesTest {

    static Map<String, Object> templateForm(String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("nameNl", name);
        form.put("subjectNl", "Over {vacancy}");
        form.put("bodyNl", "Beste {first_name},\r\n\r\nBekijk {status_link}\r\n\r\nGroet, {recruiter}");
        form.put("nameEn", name + " EN");
        form.put("subjectEn", "About {vacancy}");
        form.put("bodyEn", "Dear {first_name},\r\n\r\nSee {status_link}\r\n\r\nRegards, {recruiter}");
        form.put("nameFr", "");
        form.put("subjectFr", "");
        form.put("bodyFr", "");
        return form;
    }

    @Test
    void adminSavesATemplateInEachLanguage() {
        String name = "Sjabloon " + UUID.randomUUID().toString().substring(0, 8);
        WebSession admin = WebSession.as(TestUsers.admin());

        admin.post("/app/message-templates", templateForm(name)).then().statusCode(303);

        MessageTemplate saved = find(name);
        assertEquals("Beste {first_name},\n\nBekijk {status_link}\n\nGroet, {recruiter}", saved.body.nl());
        assertEquals("About {vacancy}", saved.subject.en());
        assertEquals(null, saved.body.fr(), "an empty language falls back to Dutch");
        assertEquals("Beste {first_name},\n\nBekijk {status_link}\n\nGroet, {recruiter}", saved.body.in("fr"));
        admin.get("/app/message-templates").then().statusCode(200).body(containsString(name));
    }

    @Test
    void refusesAnUnknownPlaceholderWithItsLineAndColumn() {
        String name = "Fout " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = templateForm(name);
        form.put("bodyEn", "Dear {first_name},\r\n\r\nWe liked {your_cv} a lot.");
        WebSession admin = WebSession.as(TestUsers.admin());

        admin.post("/app/message-templates", form).then().statusCode(400)
                .body(containsString("id=\"f-bodyEn-error\""))
                .body(containsString("Onbekende plaatshouder {your_cv} op regel 3, kolom 10."))
                .body(containsString("{first_name}, {vacancy}, {status_link}, {recruiter}"))
                .body(containsString("We liked {your_cv} a lot."));
        assertEquals(0L, count(name));
    }

    @Test
    void refusesAnUnclosedPlaceholderPerLanguage() {
        String name = "Open " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = templateForm(name);
        form.put("subjectFr", "Votre candidature {vacancy");
        form.put("subjectNl", "Over {voornaam}");
        WebSession admin = WebSession.as(TestUsers.admin()).language("en");

        admin.post("/app/message-templates", form).then().statusCode(400)
                .body(containsString("id=\"f-subjectFr-error\""))
                .body(containsString("Placeholder without a closing brace on line 1, column 19."))
                .body(containsString("id=\"f-subjectNl-error\""))
                .body(containsString("Unknown placeholder {voornaam} on line 1, column 6."))
                .body(not(containsString("id=\"f-bodyNl-error\"")));
        assertEquals(0L, count(name));
    }

    @Test
    void aDoubledBraceIsALiteralBrace() {
        assertEquals("Code {A} for Emma", MessageText.of("Code {{A}} for {first_name}")
                .fill(Map.of(Placeholder.FIRST_NAME, "Emma")));
        assertEquals(MessageText.Mistake.Kind.UNOPENED, MessageText.firstMistake("Hallo }").orElseThrow().kind());
    }

    @Test
    void aChangeOnAStaleVersionIsAConflict() {
        String name = "Versie " + UUID.randomUUID().toString().substring(0, 8);
        WebSession admin = WebSession.as(TestUsers.admin());
        admin.post("/app/message-templates", templateForm(name)).then().statusCode(303);
        MessageTemplate saved = find(name);
        Map<String, Object> first = templateForm(name);
        first.put("version", saved.version);
        first.put("subjectNl", "Eerste wijziging");
        admin.post("/app/message-templates/" + saved.id, first).then().statusCode(303);

        Map<String, Object> second = templateForm(name);
        second.put("version", saved.version);
        second.put("subjectNl", "Tweede wijziging");
        admin.post("/app/message-templates/" + saved.id, second).then().statusCode(409)
                .body(containsString("Iemand anders heeft dit sjabloon intussen gewijzigd"));
        assertEquals("Eerste wijziging", find(name).subject.nl());

        admin.post("/app/message-templates/" + saved.id + "/delete").then().statusCode(303);
        assertEquals(0L, count(name));
    }

    private static MessageTemplate find(String name) {
        return QuarkusTransaction.requiringNew().call(() -> MessageTemplate.<MessageTemplate> find("name.nl", name).singleResult());
    }

    private static long count(String name) {
        return QuarkusTransaction.requiringNew().call(() -> MessageTemplate.count("name.nl", name));
    }
}
