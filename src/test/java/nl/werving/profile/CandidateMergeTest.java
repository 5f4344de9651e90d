package nl.werving.profile;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateContacts;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.ConsentRecord;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.Stage;
import nl.werving.pipeline.StageMove;
import nl.werving.privacy.DataRequest;
import nl.werving.privacy.LegalHold;
import nl.werving.privacy.Purge;
import nl.werving.privacy.RequestKind;
import nl.werving.support.Sealed;
import nl.werving.support.TestApplications;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * Merging two candidates moves everything of the one onto the other in one go, audited with ids only, and the purge
 * treats the merged person by everything both had. A merge the rules forbid changes nothing and says why.
 */
@QuarkusTest
class CandidateMergeTest {

    @Inject
    Outbox outbox;

    @Inject
    Purge purge;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private WebSession recruiter;

    @BeforeEach
    void logIn() {
        recruiter = WebSession.as(TestUsers.recruiter());
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void movesApplicationsDocumentsNotesConsentsMailsAndHistoryOntoTheKeptCandidate() throws IOException {
        Application kept = anApplication().to(aVacancy().titled("Klantenservice " + unique).published().persist())
                .by("Lotte Bakker").withEmail("lotte." + unique + "@voorbeeld.nl").persist();
        Application duplicate = anApplication().to(aVacancy().titled("Chatmedewerker " + unique).published().persist())
                .by("L. Bakker").withEmail("lotte." + unique + "+werk@voorbeeld.nl").persist();
        long keptId = kept.candidate.id;
        long duplicateId = duplicate.candidate.id;
        for (Application application : List.of(kept, duplicate)) {
            long id = application.candidate.id;
            recruiter.post("/app/candidates/" + id + "/notes", Map.of("body", "Notitie " + id + " " + unique)).then().statusCode(303);
            TestApplications.talentPoolConsent(application, Instant.now());
            QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(
                    new Outbox.Mail("test", "lotte." + unique + "@voorbeeld.nl", "Bevestiging", "<p>Dank</p>", "Dank", id)));
            moveToSecondStage(application);
            closedHoldAndRequest(id);
        }
        Map<String, Long> before = rows(keptId);
        Map<String, Long> duplicates = rows(duplicateId);
        recruiter.get("/app/candidates/" + keptId).then().statusCode(200).body(containsString("Mogelijk dubbel: L. Bakker (zelfde e-mail)"));

        recruiter.get("/app/candidates/" + keptId + "/merge?with=" + duplicateId).then().statusCode(200)
                .body(containsString("Chatmedewerker " + unique)).body(containsString("Klantenservice " + unique))
                .body(containsString("1 sollicitatie(s), 1 document(en), 1 notitie(s), 1 toestemming(en), 1 e-mail(s)"))
                // "je" as everywhere in the back office, and the language named as on the profile.
                .body(containsString("kies wie je behoudt")).body(containsString("Gaat over als je de ander behoudt"))
                .body(not(containsString(" u behoudt"))).body(not(containsString("als u ")))
                .body(containsString("<dt>Taal</dt><dd>Nederlands</dd>")).body(not(containsString("<dd>nl</dd>")));
        recruiter.post("/app/candidates/" + keptId + "/merge", merge(keptId, duplicateId, keptId)).then().statusCode(303)
                .header("Location", endsWith("/app/candidates/" + keptId));

        Map<String, Long> after = rows(keptId);
        before.forEach((table, count) -> assertEquals(count + duplicates.get(table), after.get(table), table));
        assertEquals(Map.of("applications", 0L, "documents", 0L, "notes", 0L, "consents", 0L, "mails", 0L, "moves", 0L, "holds", 0L,
                "requests", 0L), rows(duplicateId));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(duplicateId)), "the duplicate row is gone");
        AuditEvent audit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> find("action = ?1 and entityId = ?2",
                AuditAction.CANDIDATES_MERGED, keptId).singleResult());
        assertEquals("merged=" + duplicateId, audit.detail, "ids only");

        recruiter.get("/app/candidates/" + keptId).then().statusCode(200)
                .body(containsString("Samengevoegd met L. Bakker: 1 sollicitatie(s) en 1 document(en) overgezet."))
                .body(containsString("Chatmedewerker " + unique)).body(containsString("Notitie " + duplicateId))
                .body(not(containsString("Mogelijk dubbel")));
        Map<String, byte[]> export = unzip(recruiter.get("/app/candidates/" + keptId + "/export").then().statusCode(200)
                .extract().asByteArray());
        String data = new String(export.get("werving-gegevens.json"), StandardCharsets.UTF_8);
        for (String expected : List.of("Klantenservice " + unique, "Chatmedewerker " + unique, "Notitie " + keptId, "Notitie " + duplicateId)) {
            assertTrue(data.contains(expected), "the export has " + expected);
        }
        assertEquals(2, export.keySet().stream().filter(name -> name.startsWith("documenten/")).count(), "both CVs");
    }

    @Test
    void thePurgeJudgesTheMergedCandidateByEverythingBothHad() {
        Application kept = anApplication().to(aVacancy().published().persist()).by("Bewaard " + unique)
                .ended(ApplicationStatus.REJECTED).persist();
        Application duplicate = anApplication().to(aVacancy().published().persist()).by("Dubbel " + unique).persist();
        long keptId = kept.candidate.id;
        recruiter.post("/app/candidates/" + keptId + "/merge", merge(keptId, duplicate.candidate.id, keptId)).then().statusCode(303);

        TestClock.set(Instant.now().plus(Duration.ofDays(29)));
        purge.run("test");
        assertTrue(exists(keptId), "the moved application still runs: the kept candidate stays");

        QuarkusTransaction.requiringNew().run(() -> {
            Application moved = Application.findById(duplicate.id);
            moved.status = ApplicationStatus.WITHDRAWN;
            moved.endedAt = Instant.now().plus(Duration.ofDays(29));
        });
        TestClock.set(Instant.now().plus(Duration.ofDays(29 + 27)));
        purge.run("test");
        assertTrue(exists(keptId), "the term counts from the later procedure, the moved one");

        TestClock.set(Instant.now().plus(Duration.ofDays(29 + 29)));
        purge.run("test");
        assertFalse(exists(keptId), "past the term of both: purged");
        assertEquals(Map.of("applications", 0L, "documents", 0L, "notes", 0L, "consents", 0L, "mails", 0L, "moves", 0L, "holds", 0L,
                "requests", 0L), rows(keptId));
        assertNull(TestApplications.reload(duplicate.id).candidate, "the moved application stays, cut from the person");
        assertNull(TestApplications.reload(kept.id).candidate);
    }

    @Test
    void aMovedTalentPoolConsentKeepsTheMergedCandidate() {
        Application kept = anApplication().to(aVacancy().published().persist()).ended(ApplicationStatus.REJECTED).persist();
        Application duplicate = anApplication().to(aVacancy().published().persist()).ended(ApplicationStatus.REJECTED).persist();
        TestApplications.talentPoolConsent(duplicate, Instant.now());
        long keptId = kept.candidate.id;
        recruiter.post("/app/candidates/" + keptId + "/merge", merge(keptId, duplicate.candidate.id, keptId)).then().statusCode(303);

        TestClock.set(Instant.now().plus(Duration.ofDays(60)));
        purge.run("test");
        assertTrue(exists(keptId), "the duplicate's consent now holds for the kept candidate");
    }

    @Test
    void keepsWhicheverTheUserChose() {
        Application one = anApplication().to(aVacancy().published().persist()).persist();
        Application other = anApplication().to(aVacancy().published().persist()).persist();
        recruiter.post("/app/candidates/" + one.candidate.id + "/merge", merge(one.candidate.id, other.candidate.id, other.candidate.id))
                .then().statusCode(303).header("Location", endsWith("/app/candidates/" + other.candidate.id));
        assertFalse(exists(one.candidate.id));
        assertEquals(2L, rows(other.candidate.id).get("applications"));
    }

    @Test
    void refusesWithoutAChoiceOrConfirmation() {
        Application one = anApplication().to(aVacancy().published().persist()).persist();
        Application other = anApplication().to(aVacancy().published().persist()).persist();
        Map<String, Object> form = merge(one.candidate.id, other.candidate.id, one.candidate.id);
        form.remove("keep");
        form.remove("confirm");
        recruiter.post("/app/candidates/" + one.candidate.id + "/merge", form).then().statusCode(400)
                .body(containsString("Kies welke kandidaat je behoudt.")).body(containsString("Bevestig dat je de kandidaten wilt samenvoegen."));
        assertTrue(exists(other.candidate.id));
    }

    @Test
    void refusesTheSameCandidateTwice() {
        Application one = anApplication().to(aVacancy().published().persist()).persist();
        long id = one.candidate.id;
        recruiter.post("/app/candidates/" + id + "/merge", merge(id, id, id)).then().statusCode(409)
                .body(containsString("Een kandidaat kan niet met zichzelf worden samengevoegd."));
        assertEquals(1L, rows(id).get("applications"));
    }

    @Test
    void refusesACandidateWhoIsGone() {
        Application one = anApplication().to(aVacancy().published().persist()).persist();
        Application erased = anApplication().to(aVacancy().published().persist()).persist();
        Map<String, Object> form = merge(one.candidate.id, erased.candidate.id, one.candidate.id);
        recruiter.post("/app/candidates/" + erased.candidate.id + "/erase", Map.of("confirm", true)).then().statusCode(303);

        recruiter.get("/app/candidates/" + one.candidate.id + "/merge?with=" + erased.candidate.id).then().statusCode(404);
        recruiter.post("/app/candidates/" + one.candidate.id + "/merge", form).then().statusCode(303)
                .header("Location", endsWith("/app/candidates"));
        recruiter.get("/app/candidates").then().body(containsString("Een van beide kandidaten bestaat niet meer"));
        assertEquals(1L, rows(one.candidate.id).get("applications"));
    }

    @Test
    void refusesAStaleVersion() {
        Application one = anApplication().to(aVacancy().published().persist()).persist();
        Application other = anApplication().to(aVacancy().published().persist()).persist();
        Map<String, Object> form = merge(one.candidate.id, other.candidate.id, one.candidate.id);
        QuarkusTransaction.requiringNew().run(() -> {
            Candidate changed = Candidate.findById(other.candidate.id);
            Arc.container().instance(CandidateContacts.class).get().write(changed, changed.fullName(), changed.email(), "06 99887766");
        });

        recruiter.post("/app/candidates/" + one.candidate.id + "/merge", form).then().statusCode(409)
                .body(containsString("Een van beide kandidaten is intussen gewijzigd."));
        assertTrue(exists(other.candidate.id));
    }

    @Test
    void refusesWhileALegalHoldStandsOrADataRequestIsOpen() {
        Application one = anApplication().to(aVacancy().published().persist()).persist();
        Application held = anApplication().to(aVacancy().published().persist()).persist();
        Application asking = anApplication().to(aVacancy().published().persist()).persist();
        long admin = TestUsers.admin().id;
        QuarkusTransaction.requiringNew().run(() -> {
            LegalHold hold = new LegalHold();
            hold.candidate = Candidate.findById(held.candidate.id);
            hold.reason = Sealed.text(held.candidate.id, "Klacht");
            hold.placedAt = Instant.now();
            hold.placedBy = admin;
            hold.persist();
            DataRequest request = new DataRequest();
            request.candidate = Candidate.findById(asking.candidate.id);
            request.kind = RequestKind.EXPORT;
            request.receivedOn = LocalDate.now();
            request.dueOn = LocalDate.now().plusMonths(1);
            request.recordedAt = Instant.now();
            request.recordedBy = admin;
            request.persist();
        });

        recruiter.get("/app/candidates/" + one.candidate.id + "/merge?with=" + held.candidate.id).then().statusCode(200)
                .body(containsString("bewaarplicht")).body(not(containsString("name=\"confirm\"")));
        recruiter.post("/app/candidates/" + one.candidate.id + "/merge", merge(one.candidate.id, held.candidate.id, one.candidate.id))
                .then().statusCode(409).body(containsString("Op een van beide kandidaten rust een bewaarplicht"));
        recruiter.post("/app/candidates/" + asking.candidate.id + "/merge", merge(asking.candidate.id, one.candidate.id, asking.candidate.id))
                .then().statusCode(409).body(containsString("loopt een verzoek om inzage of verwijdering"));
        assertTrue(exists(held.candidate.id));
        assertTrue(exists(one.candidate.id));
    }

    @Test
    void refusesTwoApplicationsToTheSameVacancy() {
        Vacancy vacancy = aVacancy().titled("Telefonisch klantcontact " + unique).published().persist();
        Application one = anApplication().to(vacancy).persist();
        Application other = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();

        recruiter.post("/app/candidates/" + one.candidate.id + "/merge", merge(one.candidate.id, other.candidate.id, one.candidate.id))
                .then().statusCode(409).body(containsString("Beide kandidaten solliciteerden op Telefonisch klantcontact " + unique));
        assertTrue(exists(other.candidate.id));
        assertEquals(1L, rows(other.candidate.id).get("applications"));
    }

    @Test
    void aHiringManagerMayNotCompareOrMerge() {
        var manager = TestUsers.hiringManager();
        Application one = anApplication().to(aVacancy().published().managedBy(manager).persist()).persist();
        Application other = anApplication().to(aVacancy().published().managedBy(manager).persist()).persist();
        WebSession session = WebSession.as(manager);
        session.get("/app/candidates/" + one.candidate.id + "/merge?with=" + other.candidate.id).then().statusCode(403);
        session.post("/app/candidates/" + one.candidate.id + "/merge", merge(one.candidate.id, other.candidate.id, one.candidate.id))
                .then().statusCode(403);
        assertTrue(exists(other.candidate.id));
    }

    /** A complete merge form as the compare page of {@code id} sends it, with the versions as they are now. */
    private static Map<String, Object> merge(long id, long with, long keep) {
        Map<String, Object> form = new HashMap<>();
        form.put("with", with);
        form.put("keep", keep);
        form.put("version", version(id));
        form.put("otherVersion", version(with));
        form.put("confirm", true);
        return form;
    }

    private static long version(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findByIdOptional(candidateId).map(c -> c.version).orElse(0L));
    }

    private static boolean exists(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.findByIdOptional(candidateId).isPresent());
    }

    private static Map<String, Long> rows(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "applications", Application.count("candidate.id", candidateId),
                "documents", CandidateDocument.count("candidate.id", candidateId),
                "notes", CandidateNote.count("candidate.id", candidateId),
                "consents", ConsentRecord.count("candidate.id", candidateId),
                "mails", OutboxMail.count("candidateId", candidateId),
                "moves", StageMove.count("application.candidate.id", candidateId),
                "holds", LegalHold.count("candidate.id", candidateId),
                "requests", DataRequest.count("candidate.id", candidateId)));
    }

    /** A lifted legal hold and an answered data request: proof that stays with the person, so the merge moves it. */
    private static void closedHoldAndRequest(long candidateId) {
        long admin = TestUsers.admin().id;
        QuarkusTransaction.requiringNew().run(() -> {
            LegalHold hold = new LegalHold();
            hold.candidate = Candidate.findById(candidateId);
            hold.reason = Sealed.text(candidateId, "Afgehandelde klacht");
            hold.placedAt = Instant.now().minusSeconds(3600);
            hold.placedBy = admin;
            hold.liftedAt = Instant.now();
            hold.liftedBy = admin;
            hold.persist();
            DataRequest request = new DataRequest();
            request.candidate = hold.candidate;
            request.kind = RequestKind.EXPORT;
            request.receivedOn = LocalDate.now();
            request.dueOn = LocalDate.now().plusMonths(1);
            request.recordedAt = Instant.now();
            request.recordedBy = admin;
            request.completedAt = Instant.now();
            request.completedBy = admin;
            request.persist();
        });
    }

    private static void moveToSecondStage(Application application) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application found = Application.findById(application.id);
            List<Stage> stages = Stage.listForVacancy(found.vacancy.id);
            StageMove move = new StageMove();
            move.application = found;
            move.fromStageId = found.stage.id;
            move.toStageId = stages.get(1).id;
            move.movedAt = Instant.now();
            move.persist();
            found.stage = stages.get(1);
        });
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
