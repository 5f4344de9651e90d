package nl.werving.pipeline;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.identity.AppUser;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class RejectionReasonsTest {

    private static Map<String, Object> form(String nl, String en, String fr, Object sortOrder, boolean active, Object version) {
        Map<String, Object> form = new HashMap<>();
        form.put("labelNl", nl);
        form.put("labelEn", en);
        form.put("labelFr", fr);
        form.put("sortOrder", sortOrder);
        if (active) {
            form.put("active", "true");
        }
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    private static RejectionReason byDutchLabel(String label) {
        return QuarkusTransaction.requiringNew().call(() -> RejectionReason.<RejectionReason> find("label.nl", label).singleResult());
    }

    private static RejectionReason reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> RejectionReason.<RejectionReason> findById(id));
    }

    @Test
    void adminAddsAReasonThatRecruitersCanPickAndItIsOnRecord() {
        AppUser admin = TestUsers.admin();
        String label = "Salarisverwachting te hoog " + System.nanoTime();

        WebSession.as(admin).post("/app/rejection-reasons", form(label, "Salary expectation too high", "Prétentions salariales trop élevées",
                50, true, null)).then().statusCode(303).header("Location", containsString("/app/rejection-reasons"));

        RejectionReason reason = byDutchLabel(label);
        assertTrue(reason.active);
        assertEquals(50, reason.sortOrder);
        WebSession.as(admin).get("/app/rejection-reasons").then().statusCode(200).body(containsString(label))
                .body(containsString("nog niet gebruikt"));
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession.as(TestUsers.recruiter()).get("/app/applications/" + application.id + "/reject").then().statusCode(200)
                .body(containsString(label));
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> list(
                "action = ?1 and entityId = ?2", AuditAction.REJECTION_REASON_CHANGED, reason.id));
        assertEquals(1, events.size());
        assertEquals(admin.id, events.get(0).actorId);
    }

    @Test
    void aRetiredReasonIsNoLongerOfferedButPastRejectionsKeepIt() {
        WebSession admin = WebSession.as(TestUsers.admin());
        String label = "Niet komen opdagen " + System.nanoTime();
        admin.post("/app/rejection-reasons", form(label, "No-show", "Absent", 40, true, null)).then().statusCode(303);
        RejectionReason reason = byDutchLabel(label);
        Vacancy vacancy = aVacancy().published().persist();
        Application before = anApplication().to(vacancy).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post("/app/applications/" + before.id + "/reject", Map.of("reasonId", reason.id, "version", before.version))
                .then().statusCode(303);

        admin.post("/app/rejection-reasons/" + reason.id, form(label, "No-show", "Absent", 40, false, reason.version))
                .then().statusCode(303);

        Application after = anApplication().to(vacancy).persist();
        recruiter.get("/app/applications/" + after.id + "/reject").then().statusCode(200).body(not(containsString(label)));
        recruiter.post("/app/applications/" + after.id + "/reject", Map.of("reasonId", reason.id, "version", after.version))
                .then().statusCode(303);
        assertEquals(ApplicationStatus.ACTIVE, TestApplications.reload(after.id).status, "a retired reason cannot be given");
        assertEquals(reason.id, TestApplications.reload(before.id).rejectionReason.id);
        assertFalse(reload(reason.id).active);
        admin.get("/app/rejection-reasons").then().body(containsString("1 keer gebruikt")).body(containsString("Inactief"));
    }

    @Test
    void emptyLabelsAreRefusedNextToTheField() {
        WebSession.as(TestUsers.admin()).post("/app/rejection-reasons", form(" ", "Too far away", "", "", true, null))
                .then().statusCode(400)
                .body(containsString("id=\"f-labelNl-error\""))
                .body(containsString("id=\"f-labelFr-error\""))
                .body(not(containsString("id=\"f-labelEn-error\"")))
                .body(containsString("Vul de Nederlandse tekst in."))
                .body(containsString("Vul de Franse tekst in."))
                .body(containsString("Vul een volgorde in."))
                .body(containsString("value=\"Too far away\""));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> RejectionReason.count("label.en", "Too far away")));
    }

    @Test
    void aStaleEditIsAConflictAndOverwritesNothing() {
        WebSession admin = WebSession.as(TestUsers.admin());
        String label = "Reistijd te lang " + System.nanoTime();
        admin.post("/app/rejection-reasons", form(label, "Commute too long", "Trajet trop long", 45, true, null)).then().statusCode(303);
        RejectionReason reason = byDutchLabel(label);
        admin.post("/app/rejection-reasons/" + reason.id, form(label, "Travel time too long", "Trajet trop long", 45, true,
                reason.version)).then().statusCode(303);

        admin.post("/app/rejection-reasons/" + reason.id, form(label, "Commute", "Trajet", 45, true, reason.version))
                .then().statusCode(409).body(containsString("Iemand anders heeft deze reden intussen gewijzigd"));

        assertEquals("Travel time too long", reload(reason.id).label.en());
    }

    @Test
    void theLastActiveReasonCannotBeRetired() {
        WebSession admin = WebSession.as(TestUsers.admin());
        List<RejectionReason> active = QuarkusTransaction.requiringNew().call(RejectionReason::listActive);
        QuarkusTransaction.requiringNew().run(() -> RejectionReason.update("active = false where id <> ?1", active.get(0).id));
        try {
            RejectionReason last = reload(active.get(0).id);
            admin.post("/app/rejection-reasons/" + last.id, form(last.label.nl(), last.label.en(), last.label.fr(), last.sortOrder, false,
                    last.version)).then().statusCode(400).body(containsString("Er moet minstens één actieve reden blijven"));
            assertTrue(reload(last.id).active);
        } finally {
            List<Long> ids = active.stream().map(reason -> reason.id).toList();
            QuarkusTransaction.requiringNew().run(() -> RejectionReason.update("active = true where id in ?1", ids));
        }
    }
}
