package nl.werving.careers;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.WebSession;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyChanged;

/** The job list with many vacancies: keyword search in the visitor's language, "more", cards with hours and weekends. */
@QuarkusTest
class CareersSearchTest {

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static int cards(String page) {
        return (int) Pattern.compile("class=\"wv-job-card\"").matcher(page).results().count();
    }

    @Test
    void findsByKeywordAmong55VacanciesAndShowsThemTwentyAtATime() {
        String marker = marker();
        for (int i = 1; i <= 55; i++) {
            aVacancy().titled("Klantenservice " + marker + " " + i).inTeam("Team " + marker).published().persist();
        }
        aVacancy().titled("Magazijn " + marker).inCity("Tilburg" + marker).published().persist();

        String first = WebSession.anonymous().get("/jobs?q=team+" + marker).then().statusCode(200).extract().asString();
        assertTrue(first.contains("55 vacatures"), first);
        assertEquals(20, cards(first));
        assertTrue(first.contains("Meer vacatures (20 van 55 getoond)"));
        assertTrue(first.contains("page=2#job-21"));

        String third = WebSession.anonymous().get("/jobs?q=team+" + marker + "&page=3").then().statusCode(200).extract().asString();
        assertEquals(55, cards(third));
        assertTrue(!third.contains("Meer vacatures"));

        // City, and words from the texts the visitor reads.
        WebSession.anonymous().get("/jobs?q=tilburg" + marker).then().body(containsString("Magazijn " + marker))
                .body(containsString("1 vacature"));
    }

    @Test
    void searchesTheTextsInTheVisitorsLanguage() {
        String marker = marker();
        aVacancy().titled("Klantenservice " + marker).translated(Language.EN, "Customer care " + marker, "Handle complaints" + marker)
                .published().persist();
        WebSession.anonymous().language("en").get("/jobs?q=complaints" + marker).then().statusCode(200)
                .body(containsString("Customer care " + marker));
        WebSession.anonymous().language("nl").get("/jobs?q=complaints" + marker).then().statusCode(200)
                .body(not(containsString("Klantenservice " + marker)))
                .body(containsString("Geen vacatures met deze filters"));
    }

    @Test
    void findsTheCityByItsOtherNamesAndTheWorkModelAndContractInAnyLanguage() {
        String marker = marker();
        aVacancy().titled("Thuis Brussel " + marker).inCity("Brussel").remote().published().persist();
        aVacancy().titled("Kantoor Brussel " + marker).inCity("Brussel").published().persist();
        aVacancy().titled("Thuis Antwerpen " + marker).inCity("Antwerpen").remote().contract(ContractType.AGENCY).published().persist();

        String french = WebSession.anonymous().language("fr").get("/jobs?q=Bruxelles télétravail " + marker).then()
                .statusCode(200).extract().asString();
        assertTrue(french.contains("Thuis Brussel " + marker), french);
        assertTrue(!french.contains("Kantoor Brussel " + marker) && !french.contains("Thuis Antwerpen " + marker), french);

        String english = WebSession.anonymous().get("/jobs?q=brussels " + marker).then().statusCode(200).extract().asString();
        assertEquals(2, cards(english));
        assertTrue(english.contains("Kantoor Brussel " + marker));

        WebSession.anonymous().get("/jobs?q=anvers intérim " + marker).then().statusCode(200)
                .body(containsString("Thuis Antwerpen " + marker)).body(containsString("1 vacature"));
        WebSession.anonymous().get("/jobs?q=gand " + marker).then().statusCode(200).body(containsString("Geen vacatures met deze filters"));
    }

    @Test
    void listsEachCityOnceAsMostOfItsVacanciesSpellItInAlphabeticalOrderWhateverTheCase() {
        String marker = marker();
        aVacancy().titled("Leeuwarden A " + marker).inCity("Leeuwarden " + marker).published().persist();
        aVacancy().titled("Leeuwarden B " + marker).inCity("leeuwarden " + marker).published().persist();
        aVacancy().titled("Leeuwarden C " + marker).inCity("Leeuwarden " + marker).published().persist();
        aVacancy().titled("Aalst " + marker).inCity("aalst " + marker).published().persist();
        aVacancy().titled("Baarn " + marker).inCity("Baarn " + marker).published().persist();

        String page = WebSession.anonymous().get("/jobs?q=" + marker).then().statusCode(200).extract().asString();
        assertTrue(page.contains(">Leeuwarden " + marker + "</option>"), page);
        assertTrue(!page.contains(">leeuwarden " + marker + "</option>"), "one choice for both spellings");
        assertTrue(page.indexOf(">aalst " + marker + "</option>") < page.indexOf(">Baarn " + marker + "</option>"),
                "a before B");

        // A link may spell the city otherwise: the choice is still shown as chosen, with every vacancy of the city.
        String city = WebSession.anonymous().get("/jobs?city=LEEUWARDEN " + marker).then().statusCode(200).extract().asString();
        assertEquals(3, cards(city));
        assertTrue(city.contains("value=\"Leeuwarden " + marker + "\" selected"), city);
    }

    @Test
    void cardsShowHoursAndWeekendWorkAndTheFilterLeavesWeekendsOut() {
        String marker = marker();
        aVacancy().titled("Weekend " + marker).hours(16, 24).withWeekendWork().published().persist();
        aVacancy().titled("Doordeweeks " + marker).hours(32, 38).published().persist();

        String page = WebSession.anonymous().get("/jobs?q=" + marker).then().statusCode(200).extract().asString();
        assertTrue(page.contains("16–24 uur per week"), page);
        assertTrue(page.contains("Rooster: weekenden"));
        assertTrue(page.contains("Geen avond- of weekendwerk"));

        WebSession.anonymous().get("/jobs?noWeekend=true&q=" + marker).then().statusCode(200)
                .body(containsString("Doordeweeks " + marker)).body(not(containsString("Weekend " + marker)))
                .body(containsString("id=\"f-noWeekend\" name=\"noWeekend\" value=\"true\" checked"));
    }

    @Inject
    CareersService careers;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    Scheduler scheduler;

    @Test
    void theListNeedsAsManyStatementsForFiftyMoreVacanciesWithTranslations() {
        String marker = marker();
        for (int i = 0; i < 5; i++) {
            aVacancy().titled("Eerst " + marker).translated(Language.EN, "First " + marker, "Tasks").published().persist();
        }
        long few = statementsToSearch(marker);
        for (int i = 0; i < 50; i++) {
            aVacancy().titled("Daarna " + marker).translated(Language.EN, "Then " + marker, "Tasks")
                    .translated(Language.FR, "Ensuite " + marker, "Tâches").published().persist();
        }
        assertEquals(few, statementsToSearch(marker));
    }

    /** The fewest statements of a few runs: the outbox sender may add to a count, never take from it. */
    private long statementsToSearch(String marker) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        JobFilter filter = new JobFilter();
        filter.q = marker;
        scheduler.pause();
        try {
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                statistics.clear();
                QuarkusTransaction.requiringNew().run(() -> careers.search(filter, Language.EN).getShown()
                        .forEach(job -> job.vacancy().languages.size()));
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void aListIsKeptOnceWhateverUnknownParametersOrSpacesItsAddressCarries() {
        String marker = marker();
        Vacancy vacancy = aVacancy().titled("Bewaard " + marker).published().persist();
        WebSession.anonymous().get("/jobs?q=" + marker).then().statusCode(200).body(containsString("Bewaard " + marker));
        // Changed behind the application's back: no change event drops the kept copies, so a new render shows the new title.
        QuarkusTransaction.requiringNew().run(() -> Vacancy.update("title = ?1 where id = ?2", "Vernieuwd " + marker, vacancy.id));
        try {
            WebSession.anonymous().get("/jobs?q=" + marker + "&utm_source=campagne&x=" + marker()).then().statusCode(200)
                    .body(containsString("Bewaard " + marker));
            WebSession.anonymous().request().queryParam("q", "  " + marker + " ").get("/jobs").then().statusCode(200)
                    .body(containsString("Bewaard " + marker));
            WebSession.anonymous().get("/jobs?q=" + marker + "&noWeekend=true").then().statusCode(200)
                    .body(containsString("Vernieuwd " + marker));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> CDI.current().getBeanManager().getEvent().select(VacancyChanged.class)
                    .fire(new VacancyChanged(vacancy.id)));
        }
        WebSession.anonymous().get("/jobs?q=" + marker).then().statusCode(200).body(containsString("Vernieuwd " + marker));
    }

    @Test
    void anUnknownFilterValueIsServedFromTheCopyOfTheListWithoutIt() {
        String marker = marker();
        Vacancy vacancy = aVacancy().titled("Bewaard " + marker).published().persist();
        WebSession.anonymous().get("/jobs?q=" + marker).then().statusCode(200).body(containsString("Bewaard " + marker));
        // Changed behind the application's back: only a new render would show the new title.
        QuarkusTransaction.requiringNew().run(() -> Vacancy.update("title = ?1 where id = ?2", "Vernieuwd " + marker, vacancy.id));
        try {
            for (String unknown : List.of("contract=zzz", "hours=abc", "language=xx", "contract=&hours=FROM_99")) {
                WebSession.anonymous().get("/jobs?q=" + marker + "&" + unknown).then().statusCode(200)
                        .body(containsString("Bewaard " + marker));
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> CDI.current().getBeanManager().getEvent().select(VacancyChanged.class)
                    .fire(new VacancyChanged(vacancy.id)));
        }
    }

    @Test
    void noMatchSaysSoAndOffersAllVacancies() {
        WebSession.anonymous().get("/jobs?q=" + marker() + "zzz").then().statusCode(200)
                .body(containsString("Geen vacatures met deze filters"))
                .body(containsString("Alle vacatures tonen"));
    }
}
