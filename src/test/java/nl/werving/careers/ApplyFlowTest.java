package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestMails.open;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.CandidateToken;
import nl.werving.candidate.ConsentRecord;
import nl.werving.candidate.Motivation;
import nl.werving.mail.MailStatus;
import nl.werving.mail.OutboxMail;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.SourceChannel;
import nl.werving.support.Applicant;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestFiles;
import nl.werving.support.TestTexts;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;

@QuarkusTest
class ApplyFlowTest {

    @Inject
    CandidateService candidates;

    static final Pattern STATUS_LINK = Pattern.compile("http://localhost:\\d+/status/([A-Za-z0-9_-]{43})");

    private static List<Application> applicationsOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application> list(
                "candidate.emailKey = ?1 order by id", Candidate.emailKey(email)));
    }

    private static long count(Class<?> entity) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createQuery("select count(e) from " + entity.getSimpleName() + " e").getSingleResult());
    }

    @Test
    void storesTheApplicationInTheFirstStageWithCvAndMails() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.talentPool = true;
        applicant.src = "indeed";

        applicant.applyTo(vacancy.slug).then().statusCode(303).header("Location", endsWith("/jobs/" + vacancy.slug + "/applied"));

        List<Application> applications = applicationsOf(applicant.email);
        assertEquals(1, applications.size());
        Application application = applications.get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            Application stored = Application.findById(application.id);
            assertEquals("Nieuw", stored.stage.name);
            assertEquals(1, stored.stage.sortOrder);
            assertEquals(ApplicationStatus.ACTIVE, stored.status);
            assertEquals(SourceChannel.INDEED, stored.source);
            assertEquals("indeed", stored.sourceTag);
            Candidate candidate = stored.candidate;
            assertEquals("Fenna Visser", candidate.fullName());
            assertEquals("06 12345678", candidate.phone());
            CandidateDocument cv = CandidateDocument.listForApplication(stored.id).get(0);
            assertEquals("application/pdf", cv.contentType);
            assertEquals("cv-fenna.pdf", candidates.fileName(cv));
            assertArrayEquals(TestFiles.pdf(), candidates.content(cv), "sealed at rest, the same file when read");
            assertEquals("Ik help graag mensen verder.", candidates.text(Motivation.<Motivation> find("applicationId", stored.id).firstResult()));
            ConsentRecord consent = ConsentRecord.<ConsentRecord> find("candidate", candidate).firstResult();
            assertEquals(ConsentRecord.Purpose.TALENT_POOL, consent.purpose);
            assertEquals(CareersService.TALENT_POOL_TEXT_VERSION, consent.textVersion);
            assertEquals(ConsentRecord.Channel.APPLY_FORM, consent.channel);
            OutboxMail mail = OutboxMail.<OutboxMail> find("candidateId", candidate.id).firstResult();
            assertEquals("application-received", mail.kind);
            assertEquals(applicant.email, open(mail).to());
            CandidateToken token = CandidateToken.<CandidateToken> find("candidate", candidate).firstResult();
            assertEquals(64, token.tokenHash.length(), "only the SHA-256 of the token is stored");
            assertTrue(!open(mail).text().contains(token.tokenHash));
        });
        applicant.session().get("/jobs/" + vacancy.slug + "/applied").then().statusCode(200)
                .body(containsString("Bedankt voor je sollicitatie!"))
                .body(containsString(vacancy.title));
    }

    @Test
    void sendsAConfirmationWithAWorkingStatusLink() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();

        applicant.applyTo(vacancy.slug).then().statusCode(303);

        MimeMessage mail = SmtpServer.awaitMessagesTo(applicant.email, 1, Duration.ofSeconds(20)).get(0);
        String text = SmtpServer.text(mail);
        assertTrue(text.contains("Beste Fenna Visser,"), text);
        Matcher link = STATUS_LINK.matcher(text);
        assertTrue(link.find(), "mail contains the status link: " + text);
        applicant.session().get("/status/" + link.group(1)).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString(vacancy.title))
                .body(containsString("Ontvangen"));
        // The server holds the mail a moment before the sender commits its status.
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().<OutboxMail> call(
                () -> OutboxMail.find("recipientKey", OutboxMail.keyOf(applicant.email)).firstResult()).status == MailStatus.SENT);
    }

    @Test
    void linksASecondApplicationToTheSameCandidate() {
        Vacancy first = aVacancy().published().persist();
        Vacancy second = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.applyTo(first.slug).then().statusCode(303);

        Applicant again = anApplicant().withEmail("  " + applicant.email.toUpperCase() + " ");
        again.fullName = "Iemand Anders";
        again.applyTo(second.slug).then().statusCode(303);

        List<Application> applications = applicationsOf(applicant.email);
        assertEquals(2, applications.size());
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(applications.get(0).id);
            Application b = Application.findById(applications.get(1).id);
            assertEquals(a.candidate.id, b.candidate.id);
            assertEquals("Fenna Visser", b.candidate.fullName(), "a second application does not rename the person");
        });
    }

    @Test
    void refusesASecondApplicationToTheSameVacancyKindly() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        long documents = count(CandidateDocument.class);

        anApplicant().withEmail(applicant.email).applyTo(vacancy.slug).then().statusCode(303)
                .header("Location", endsWith("/applied"));

        assertEquals(1, applicationsOf(applicant.email).size());
        assertEquals(documents, count(CandidateDocument.class), "the second CV is not stored");
        List<MimeMessage> mails = SmtpServer.awaitMessagesTo(applicant.email, 2, Duration.ofSeconds(20));
        assertTrue(mails.stream().anyMatch(m -> SmtpServer.text(m).contains("Je hebt al eerder op " + vacancy.title + " gesolliciteerd")));
    }

    @Test
    void acceptsAWordDocument() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant().withCv("Mijn CV (2026).docx", "application/octet-stream", TestFiles.docx());

        applicant.applyTo(vacancy.slug).then().statusCode(303);

        Application application = applicationsOf(applicant.email).get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            CandidateDocument cv = CandidateDocument.listForApplication(application.id).get(0);
            assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", cv.contentType);
            assertEquals("Mijn CV 2026.docx", candidates.fileName(cv));
            assertTrue(CandidateKeys.isSealed(cv.fileName), "the name is sealed at rest like the file");
        });
    }

    @Test
    void refusesAProgramRenamedToPdf() {
        assertRefused(anApplicant().withCv("cv.pdf", "application/pdf", TestFiles.exe()), "cv",
                "Dit bestand is geen PDF of Word-document (.docx).");
        assertRefused(anApplicant().withCv("cv.docx", "application/pdf", TestFiles.zip()), "cv",
                "Dit bestand is geen PDF of Word-document (.docx).");
    }

    @Test
    void refusesAnOversizeCvWithAFormMessage() {
        assertRefused(anApplicant().withCv("groot.pdf", "application/pdf", TestFiles.pdfOfSize(5 * 1024 * 1024 + 1)), "cv",
                "Je cv is groter dan 5 MB.");
    }

    @Test
    void refusesAMissingCv() {
        Applicant applicant = anApplicant();
        applicant.cv = null;
        assertRefused(applicant, "cv", "Voeg je cv toe");
    }

    @Test
    void refusesEachInvalidFieldWithTheMessageNextToIt() {
        Applicant noName = anApplicant();
        noName.fullName = "";
        assertRefused(noName, "fullName", "Vul je naam in.");
        assertRefused(anApplicant().withEmail("fenna-at-voorbeeld"), "email", "Vul een geldig e-mailadres in");
        Applicant badPhone = anApplicant();
        badPhone.phone = "bel me";
        assertRefused(badPhone, "phone", "Vul een telefoonnummer in van 8 tot 20 cijfers");
        Applicant longLetter = anApplicant();
        longLetter.motivation = "x".repeat(2001);
        assertRefused(longLetter, "motivation", "Maximaal 2000 tekens.");
    }

    @Test
    void acceptsAnAddressOfTheLongestLengthMailCarriesAndRefusesALongerOne() {
        Vacancy vacancy = aVacancy().published().persist();
        // 64 characters before the @ (the most a mailbox name may have), labels of at most 63 after it.
        String mailbox = ("fenna." + UUID.randomUUID().toString().substring(0, 8) + ".").repeat(5).substring(0, 64);
        String longest = mailbox + "@" + "a".repeat(61) + "." + "b".repeat(61) + "." + "c".repeat(61) + ".nl";
        assertEquals(253, longest.length());

        anApplicant().withEmail(longest).applyTo(vacancy.slug).then().statusCode(303)
                .header("Location", endsWith("/jobs/" + vacancy.slug + "/applied"));

        Application application = applicationsOf(longest).get(0);
        assertEquals(longest, QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(application.id)
                .candidate.email()));
        assertRefused(anApplicant().withEmail(mailbox + "@" + "a".repeat(62) + "." + "b".repeat(62) + "." + "c".repeat(61) + ".nl"),
                "email", "Maximaal 254 tekens.");
    }

    @Test
    void storesAMotivationOfAccentedCharactersIntact() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.fullName = "Zoë Çelik-Ødegård";
        applicant.motivation = TestTexts.accented(1500);

        applicant.applyTo(vacancy.slug).then().statusCode(303);

        Application application = applicationsOf(applicant.email).get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(applicant.motivation, candidates.text(Motivation.<Motivation> find("applicationId", application.id).firstResult()));
            assertEquals("Zoë Çelik-Ødegård", Application.<Application> findById(application.id).candidate.fullName());
        });
    }

    @Test
    void countsALineBreakInTheMotivationAsOneCharacter() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        List<String> lines = Collections.nCopies(20, TestTexts.accented(99));
        applicant.motivation = String.join("\r\n", lines);

        applicant.applyTo(vacancy.slug).then().statusCode(303);

        Application application = applicationsOf(applicant.email).get(0);
        String stored = QuarkusTransaction.requiringNew().call(() -> candidates.text(Motivation.<Motivation> find("applicationId", application.id)
                .firstResult()));
        assertEquals(String.join("\n", lines), stored);
    }

    @Test
    void refusesAVeryLongNameBesideTheFieldAndKeepsEverythingElse() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.fullName = "Fenna Visser ".repeat(800).substring(0, 10_000);
        applicant.motivation = TestTexts.accented(1500);
        applicant.source = "REFERRAL";
        applicant.talentPool = true;
        long applications = count(Application.class);

        applicant.applyTo(vacancy.slug).then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"error-summary\""))
                .body(matchesPattern("(?s).*<div id=\"f-fullName-error\"[^>]*>.*?Maximaal 120 tekens\\..*"))
                .body(containsString("value=\"" + applicant.fullName + "\""))
                .body(containsString("value=\"" + applicant.email + "\""))
                .body(containsString("value=\"06 12345678\""))
                .body(containsString(">" + applicant.motivation + "</textarea>"))
                .body(containsString("value=\"REFERRAL\" selected"))
                .body(containsString("name=\"talentPool\" value=\"true\" checked"))
                .body(containsString("Voeg je cv opnieuw toe"));
        assertEquals(applications, count(Application.class), "no application stored");
    }

    @Test
    void acceptsAFileNameOfFiveThousandCharactersAndStoresItShortened() {
        Vacancy vacancy = aVacancy().published().persist();
        String name = "Curriculum vitae Zoë Çelik ".repeat(200).substring(0, 4996) + ".pdf";
        Applicant applicant = anApplicant().withCv(name, "application/pdf", TestFiles.pdf());

        applicant.applyTo(vacancy.slug).then().statusCode(303);

        Application application = applicationsOf(applicant.email).get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            CandidateDocument cv = CandidateDocument.listForApplication(application.id).get(0);
            assertEquals(name.substring(0, 100).strip() + ".pdf", candidates.fileName(cv));
            assertArrayEquals(TestFiles.pdf(), candidates.content(cv), "sealed at rest, the same file when read");
        });
    }

    @Test
    void refusesAZipBombBesideTheCvField() {
        assertRefused(anApplicant().withCv("cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                TestFiles.docxBomb()), "cv", "Dit bestand is geen PDF of Word-document (.docx).");
    }

    private static void assertRefused(Applicant applicant, String field, String message) {
        Vacancy vacancy = aVacancy().published().persist();
        long applications = count(Application.class);
        long candidates = count(Candidate.class);

        Response response = applicant.applyTo(vacancy.slug);

        response.then().statusCode(400)
                .body(containsString("id=\"f-" + field + "-error\""))
                .body(containsString(message))
                .body(containsString("id=\"error-summary\""));
        if (!"fullName".equals(field)) {
            response.then().body(containsString("value=\"" + applicant.fullName + "\""));
        }
        assertEquals(applications, count(Application.class), "no application stored");
        assertEquals(candidates, count(Candidate.class), "no candidate stored");
    }

    @Test
    void pretendsToAcceptABotAndStoresNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant bot = anApplicant();
        bot.website = "https://spam.example";

        bot.applyTo(vacancy.slug).then().statusCode(303).header("Location", endsWith("/applied"));

        assertTrue(applicationsOf(bot.email).isEmpty());
    }

    @Test
    void refusesAnApplicationWithoutCsrfToken() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();

        io.restassured.RestAssured.given().redirects().follow(false)
                .multiPart("fullName", "Fenna").multiPart("email", applicant.email).multiPart("phone", "0612345678")
                .multiPart("cv", "cv.pdf", TestFiles.pdf(), "application/pdf")
                .post("/jobs/" + vacancy.slug + "/apply").then().statusCode(400);

        assertTrue(applicationsOf(applicant.email).isEmpty());
    }

    @Test
    void refusesApplicationsToVacanciesThatAreNotOpen() {
        for (VacancyStatus status : List.of(VacancyStatus.DRAFT, VacancyStatus.ON_HOLD, VacancyStatus.CLOSED)) {
            Vacancy vacancy = aVacancy().withStatus(status).persist();
            Applicant applicant = anApplicant();
            applicant.applyTo(vacancy.slug).then().statusCode(404);
            assertTrue(applicationsOf(applicant.email).isEmpty());
        }
    }

    @Test
    void carriesTheJobBoardSourceFromTheLinkIntoTheForm() {
        Vacancy vacancy = aVacancy().published().persist();

        io.restassured.RestAssured.given().get("/jobs/" + vacancy.slug + "?src=linkedin").then().statusCode(200)
                .body(containsString("name=\"src\" value=\"linkedin\""));
    }

    @Test
    void asksNothingASelectionMayNotUse() {
        Vacancy vacancy = aVacancy().published().persist();

        String page = io.restassured.RestAssured.given().get("/jobs/" + vacancy.slug).then().statusCode(200).extract().asString();

        for (String forbidden : List.of("bsn", "birth", "geboorte", "photo", "foto", "salaryHistory", "identity")) {
            assertTrue(!page.toLowerCase().contains("name=\"" + forbidden.toLowerCase()), "the form asks for " + forbidden);
        }
        assertTrue(page.contains("name=\"talentPool\""), "the talent-pool consent is asked");
        assertTrue(!page.contains("name=\"talentPool\" value=\"true\" checked"), "and not ticked in advance");
    }

    @Test
    void recordsTheCandidatesAnswerWhenNoLinkSaysOtherwise() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.source = "REFERRAL";

        applicant.applyTo(vacancy.slug).then().statusCode(303);

        Application application = applicationsOf(applicant.email).get(0);
        assertEquals(SourceChannel.REFERRAL, application.source);
        assertNull(application.sourceTag);
    }

    @Test
    void keepsNoPersonalDataOutsideTheCandidateAggregate() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        Application application = applicationsOf(applicant.email).get(0);
        assertNotNull(application.appliedAt);
        // The application row holds ids, times and codes only: nothing a person could be found by.
        String row = QuarkusTransaction.requiringNew().call(() -> String.valueOf(io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select * from application where id = " + application.id).getSingleResult() instanceof Object[] cells
                        ? java.util.Arrays.toString(cells) : ""));
        assertTrue(!row.contains("Fenna") && !row.contains(applicant.email), row);
    }
}
