package nl.werving.profile;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.SourceChannel;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

@QuarkusTest
class CandidateSearchTest {

    private static final Pattern HIT = Pattern.compile("class=\"wv-row-link\" href=\"/app/candidates/(\\d+)\"");

    /**
     * Unique text with a letter in it (a text of digits only is searched as a phone number) that finds nobody yet. A word
     * is searched by a short keyed hash that other words share (see {@code BlindIndex}), so a random word can still find
     * a candidate another test left; those are drawn again.
     */
    private static String marker() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 7);
        while (findsAnyone(marker)) {
            marker = "m" + UUID.randomUUID().toString().substring(0, 7);
        }
        return marker;
    }

    private static boolean findsAnyone(String text) {
        return QuarkusTransaction.requiringNew().call(() -> !Candidate.idsMatching(text, 1).isEmpty()
                || !Vacancy.idsWithTitleContaining(text).isEmpty());
    }

    private static int hits(String page) {
        Matcher matcher = HIT.matcher(page);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String search(WebSession session, String query) {
        return session.get("/app/candidates?" + query).then().statusCode(200).extract().asString();
    }

    /** A search for a text with spaces, sent as a browser's form sends it. */
    private static String searchText(WebSession session, String text) {
        return session.request().queryParam("q", text).get("/app/candidates").then().statusCode(200).extract().asString();
    }

    @Test
    void findsACandidateByPartOfTheNameAcrossVacancies() {
        String marker = marker();
        Vacancy helpdesk = aVacancy().titled("Helpdesk " + marker).persist();
        Vacancy chat = aVacancy().titled("Chatmedewerker").persist();
        Application first = anApplication().to(helpdesk).by("Noor Zoekvink " + marker).persist();
        anApplication().to(chat).by("Noor Zoekvink " + marker).persist();

        String page = searchText(WebSession.as(TestUsers.recruiter()), "zoekvink " + marker.toUpperCase());

        assertEquals(2, hits(page));
        assertThat(page, containsString("Helpdesk " + marker));
        assertThat(page, containsString("Chatmedewerker"));
        assertThat(page, containsString("/app/candidates/" + first.candidate.id));
    }

    @Test
    void aPageNumberBeyondTheEndShowsTheLastPage() {
        String marker = marker();
        Application application = anApplication().to(aVacancy().persist()).by("Pim Paginas " + marker).persist();

        String page = search(WebSession.as(TestUsers.recruiter()), "q=" + marker + "&page=2147483647");

        assertEquals(1, hits(page));
        assertThat(page, containsString("/app/candidates/" + application.candidate.id));
    }

    @Test
    void findsANameWithAQuoteAndTakesWhatLooksLikeSqlAsWords() {
        String marker = marker();
        Vacancy vacancy = aVacancy().persist();
        Application application = anApplication().to(vacancy).by("Sem O'Zoekmans-Ayo " + marker).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        String page = searchText(recruiter, "o'zoekmans " + marker);

        assertEquals(1, hits(page));
        assertThat(page, containsString("/app/candidates/" + application.candidate.id));
        assertEquals(1, hits(searchText(recruiter, "%ayo% " + marker)));
        assertEquals(0, hits(searchText(recruiter, "zoekmans' or '1'='1 " + marker)));
        assertEquals(0, hits(searchText(recruiter, "%' or c.id > 0 or '% " + marker)));
    }

    @Test
    void findsByEmailAndByAPhoneNumberWrittenAnyWay() {
        String marker = marker();
        String digits = String.valueOf(10_000_000 + Math.abs(marker.hashCode() % 89_999_999));
        Vacancy vacancy = aVacancy().persist();
        anApplication().to(vacancy).by("Sanne Belterman").withEmail("sanne." + marker + "@voorbeeld.nl")
                .withPhone("+31 6-" + digits.substring(0, 4) + " " + digits.substring(4)).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        assertEquals(1, hits(search(recruiter, "q=sanne." + marker)));
        assertEquals(1, hits(searchText(recruiter, "06 " + digits.substring(0, 4) + " " + digits.substring(4))));
        assertEquals(1, hits(searchText(recruiter, "0031 6 " + digits)));
        assertEquals(0, hits(search(recruiter, "q=06" + digits + "9")));
    }

    @Test
    void narrowsByStatusSourceAndTheDaysAppliedBetween() {
        String marker = marker();
        Vacancy vacancy = aVacancy().persist();
        anApplication().to(vacancy).by("Actief " + marker).from(SourceChannel.LINKEDIN).persist();
        anApplication().to(vacancy).by("Afgewezen " + marker).from(SourceChannel.INDEED).ended(ApplicationStatus.REJECTED).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        LocalDate today = LocalDate.now(Formats.ZONE);

        assertEquals(2, hits(search(recruiter, "q=" + marker)));
        assertEquals(1, hits(search(recruiter, "q=" + marker + "&status=REJECTED")));
        assertThat(search(recruiter, "q=" + marker + "&source=LINKEDIN"), containsString("Actief " + marker));
        assertEquals(0, hits(search(recruiter, "q=" + marker + "&source=LINKEDIN&status=REJECTED")));
        assertEquals(2, hits(search(recruiter, "q=" + marker + "&from=" + today.minusDays(1) + "&to=" + today)));
        assertEquals(0, hits(search(recruiter, "q=" + marker + "&from=" + today.plusDays(1))));
    }

    @Test
    void aHiringManagerFindsOnlyCandidatesOfTheirOwnVacancies() {
        String marker = marker();
        AppUser manager = TestUsers.hiringManager();
        anApplication().to(aVacancy().managedBy(manager).persist()).by("Eigen " + marker).persist();
        anApplication().to(aVacancy().persist()).by("Ander " + marker).persist();

        String page = search(WebSession.as(manager), "q=" + marker);

        assertEquals(1, hits(page));
        assertThat(page, containsString("Eigen " + marker));
        assertThat(page, not(containsString("Ander " + marker)));
    }

    @Test
    void pagesAndSortsTheHits() {
        String marker = marker();
        Vacancy vacancy = aVacancy().persist();
        for (int i = 0; i < Application.SEARCH_PAGE_SIZE + 3; i++) {
            anApplication().to(vacancy).by(String.format("Kandidaat %02d %s", i, marker)).persist();
        }
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        String first = search(recruiter, "q=" + marker + "&sort=NAME");
        assertEquals(Application.SEARCH_PAGE_SIZE, hits(first));
        assertThat(first, containsString((Application.SEARCH_PAGE_SIZE + 3) + " sollicitaties gevonden"));
        assertThat(first.indexOf("Kandidaat 00 " + marker) < first.indexOf("Kandidaat 01 " + marker),
                is(true));
        String second = search(recruiter, "q=" + marker + "&sort=NAME&page=2");
        assertEquals(3, hits(second));
        assertThat(second, containsString("Kandidaat 27 " + marker));
    }

    @Test
    void aWrongDateOrChoiceGetsItsMessageBesideTheField() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.get("/app/candidates?from=2026-02-31&status=SOMEWHERE").then().statusCode(400)
                .body(containsString("id=\"f-from-error\""))
                .body(containsString("Vul een geldige datum in."))
                .body(containsString("id=\"f-status-error\""))
                .body(containsString("Maak een keuze."));
        recruiter.language("en").get("/app/candidates?q=" + "x".repeat(201)).then().statusCode(400)
                .body(containsString("At most 200 characters."));
    }

    @Test
    void oneLetterGetsAMessageBesideTheFieldTwoLettersOrAPhoneNumberSearch() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.request().queryParam("q", " j. ").get("/app/candidates").then().statusCode(400)
                .body(containsString("id=\"f-q-error\""))
                .body(containsString("Typ minstens twee letters van een naam of e-mailadres, of een heel telefoonnummer."));
        recruiter.language("fr").get("/app/candidates?q=a").then().statusCode(400)
                .body(containsString("Tapez au moins deux lettres"));
        assertThat(searchText(recruiter, "j de"), not(containsString("id=\"f-q-error\"")));
        assertThat(searchText(recruiter, "06-1"), not(containsString("id=\"f-q-error\"")));
    }

    @Test
    void nobodyFoundSaysSoAndOffersHelp() {
        String page = search(WebSession.as(TestUsers.recruiter()), "q=niemand-" + marker());

        assertEquals(0, hits(page));
        assertThat(page, containsString("Niemand gevonden"));
    }
}
