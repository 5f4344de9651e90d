package nl.werving.profile;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.CandidateTag;
import nl.werving.candidate.CandidateTags;
import nl.werving.candidate.Tag;
import nl.werving.candidate.TagColour;
import nl.werving.candidate.TagPrivacy;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class CandidateTagsTest {

    @Inject
    TagPrivacy tagPrivacy;

    @Inject
    SqlStatements statements;

    /** A tag name nobody else uses, with a letter in it. */
    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Tag listedTag(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tag tag = new Tag();
            tag.name = name;
            tag.nameKey = Tag.keyOf(name);
            tag.colour = TagColour.BLUE;
            tag.persist();
            return tag;
        });
    }

    private static List<String> tagsOf(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> CandidateTag.listForCandidate(candidateId).stream()
                .map(link -> link.tag != null ? "listed:" + link.tag.name : "free:" + Arc.container().instance(CandidateTags.class).get().label(link))
                .sorted().toList());
    }

    private static String page(WebSession session, String path) {
        return session.get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void adminKeepsTheListAndRefusesEmptyLongAndDuplicateNames() {
        WebSession admin = WebSession.as(TestUsers.admin());
        String name = unique("Spreekt Duits");

        admin.post("/app/tags", Map.of("name", "  " + name + " ", "colour", "GREEN")).then().statusCode(303);
        Tag tag = QuarkusTransaction.requiringNew().call(() -> Tag.findByKey(Tag.keyOf(name)).orElseThrow());
        assertEquals(name, tag.name);
        assertEquals(TagColour.GREEN, tag.colour);
        assertThat(page(admin, "/app/tags"), containsString(name));

        String empty = admin.post("/app/tags", Map.of("name", " ", "colour", "GREY")).then().statusCode(400).extract().asString();
        assertThat(empty, containsString("id=\"f-name-error\""));
        assertThat(empty, containsString("Geef de tag een naam."));
        String tooLong = "x".repeat(41);
        String longPage = admin.post("/app/tags", Map.of("name", tooLong, "colour", "GREY")).then().statusCode(400).extract().asString();
        assertThat(longPage, containsString("Maximaal 40 tekens."));
        assertThat(longPage, containsString("value=\"" + tooLong + "\""));
        String duplicate = admin.post("/app/tags", Map.of("name", name.toUpperCase(), "colour", "GREY")).then().statusCode(400)
                .extract().asString();
        assertThat(duplicate, containsString("Er is al een tag met deze naam."));
        admin.post("/app/tags", Map.of("name", "Kleur", "colour", "TURQUOISE")).then().statusCode(400);

        String renamed = unique("Spreekt Duits vloeiend");
        admin.post("/app/tags/" + tag.id, Map.of("name", renamed, "colour", "RED", "version", tag.version)).then().statusCode(303);
        admin.post("/app/tags/" + tag.id, Map.of("name", renamed, "colour", "RED", "version", tag.version)).then().statusCode(409);
        assertEquals(renamed, QuarkusTransaction.requiringNew().call(() -> Tag.<Tag> findById(tag.id).name));

        WebSession.as(TestUsers.recruiter()).get("/app/tags").then().statusCode(403);
        WebSession.as(TestUsers.recruiter()).post("/app/tags", Map.of("name", unique("Niet"), "colour", "GREY")).then().statusCode(403);

        Application tagged = anApplication().to(aVacancy().persist()).persist();
        WebSession.as(TestUsers.recruiter()).post("/app/candidates/" + tagged.candidate.id + "/tags", Map.of("tag", renamed))
                .then().statusCode(303);
        assertThat(page(admin, "/app/tags/" + tag.id), containsString("De tag verdwijnt ook bij 1 kandidaat."));
        admin.post("/app/tags/" + tag.id + "/delete").then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Tag.findById(tag.id)));
        assertEquals(List.of(), tagsOf(tagged.candidate.id), "the tag went from the candidate too");
    }

    @Test
    void recruiterPutsListedAndFreeTagsOnTheProfileAndTakesThemOff() {
        Tag listed = listedTag(unique("Nachtdienst"));
        Application application = anApplication().to(aVacancy().persist()).persist();
        long candidateId = application.candidate.id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String free = unique("Belt terug");

        recruiter.post("/app/candidates/" + candidateId + "/tags", Map.of("tag", listed.name.toLowerCase())).then().statusCode(303);
        recruiter.post("/app/candidates/" + candidateId + "/tags", Map.of("tag", free)).then().statusCode(303);
        recruiter.post("/app/candidates/" + candidateId + "/tags", Map.of("tag", free.toUpperCase())).then().statusCode(303);

        assertEquals(List.of("free:" + free, "listed:" + listed.name), tagsOf(candidateId), "a listed tag by its name, once each");
        String profile = page(recruiter, "/app/candidates/" + candidateId);
        assertThat(profile, containsString(listed.name));
        assertThat(profile, containsString(free));

        String blank = recruiter.post("/app/candidates/" + candidateId + "/tags", Map.of("tag", " ")).then().statusCode(400)
                .extract().asString();
        assertThat(blank, containsString("id=\"f-tag-error\""));
        assertThat(blank, containsString("Kies of typ een tag."));
        String tooLong = "lang" + "x".repeat(40);
        assertThat(recruiter.post("/app/candidates/" + candidateId + "/tags", Map.of("tag", tooLong)).then().statusCode(400)
                .extract().asString(), containsString("value=\"" + tooLong + "\""));

        long link = QuarkusTransaction.requiringNew().call(() -> CandidateTag.<CandidateTag> find("candidate.id = ?1 and labelKey is not null",
                candidateId).singleResult().id);
        Application other = anApplication().to(aVacancy().persist()).persist();
        recruiter.post("/app/candidates/" + other.candidate.id + "/tags/" + link + "/delete").then().statusCode(404);
        recruiter.post("/app/candidates/" + candidateId + "/tags/" + link + "/delete").then().statusCode(303);
        assertEquals(List.of("listed:" + listed.name), tagsOf(candidateId));
    }

    @Test
    void searchFindsCandidatesCarryingEveryChosenTagTogetherWithTheOtherFilters() {
        Tag listed = listedTag(unique("Frans"));
        String free = unique("weekend");
        String marker = "m" + UUID.randomUUID().toString().substring(0, 7);
        Vacancy vacancy = aVacancy().persist();
        Application both = anApplication().to(vacancy).by("Tessa Tagvink " + marker).persist();
        Application listedOnly = anApplication().to(vacancy).by("Ruben Tagvink " + marker).persist();
        Application rejected = anApplication().to(vacancy).by("Iris Tagvink " + marker).ended(ApplicationStatus.REJECTED).persist();
        anApplication().to(vacancy).by("Daan Tagvink " + marker).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        for (Application a : List.of(both, listedOnly, rejected)) {
            recruiter.post("/app/candidates/" + a.candidate.id + "/tags", Map.of("tag", listed.name)).then().statusCode(303);
        }
        recruiter.post("/app/candidates/" + both.candidate.id + "/tags", Map.of("tag", free)).then().statusCode(303);
        recruiter.post("/app/candidates/" + rejected.candidate.id + "/tags", Map.of("tag", free)).then().statusCode(303);

        String byListed = recruiter.request().queryParam("tag", listed.name).get("/app/candidates").then().statusCode(200)
                .extract().asString();
        assertThat(byListed, containsString("Tessa Tagvink"));
        assertThat(byListed, containsString("Ruben Tagvink"));
        assertThat(byListed, containsString("Iris Tagvink"));
        assertThat(byListed, not(containsString("Daan Tagvink")));
        assertThat(byListed, containsString("wv-tag wv-tag-BLUE"));

        String byBoth = recruiter.request().queryParam("tag", listed.name, free.toUpperCase()).queryParam("q", marker)
                .get("/app/candidates").then().statusCode(200).extract().asString();
        assertThat(byBoth, containsString("Tessa Tagvink"));
        assertThat(byBoth, containsString("Iris Tagvink"));
        assertThat(byBoth, not(containsString("Ruben Tagvink")));
        assertThat(byBoth, containsString("name=\"tag\" value=\"" + free.toUpperCase() + "\" checked"));

        String active = recruiter.request().queryParam("tag", listed.name, free).queryParam("status", "ACTIVE").get("/app/candidates")
                .then().statusCode(200).extract().asString();
        assertThat(active, containsString("Tessa Tagvink"));
        assertThat(active, not(containsString("Iris Tagvink")));

        recruiter.request().queryParam("tag", "t".repeat(41)).get("/app/candidates").then().statusCode(400);
        assertThat(recruiter.request().queryParam("tag", unique("nergens")).get("/app/candidates").then().statusCode(200)
                .extract().asString(), not(containsString("Tagvink")));
    }

    @Test
    void bulkTaggingNamesTheCountAndTagsEveryTickedCandidate() {
        Vacancy vacancy = aVacancy().persist();
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            applications.add(anApplication().to(vacancy).persist());
        }
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String free = unique("Zomerpiek");
        List<Long> candidates = applications.subList(0, 3).stream().map(a -> a.candidate.id).toList();

        String confirm = recruiter.post("/app/tagging", Map.of("candidateIds", candidates, "back", "/app/candidates?q=x&page=1"))
                .then().statusCode(200).extract().asString();
        assertThat(confirm, containsString("3 kandidaten geselecteerd."));
        assertThat(confirm, containsString("Uitvoeren voor 3 kandidaten"));
        assertThat(confirm, containsString("value=\"add\" checked"));
        assertEquals(0, tagsOf(candidates.get(0)).size(), "nothing happens before the confirmation");

        recruiter.post("/app/tagging/apply", Map.of("candidateIds", candidates, "action", "add", "tag", " ", "back", "/app/candidates"))
                .then().statusCode(400).body(containsString("Kies of typ een tag."));
        recruiter.post("/app/tagging/apply", Map.of("candidateIds", candidates, "action", "add", "tag", free,
                "back", "/app/candidates?q=x&page=1")).then().statusCode(303).header("Location", containsString("/app/candidates?q=x&page=1"));
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> CandidateTag.count("labelKey", CandidateTag.labelKeyOf(free))));

        // From the board: the ticked cards are application ids; one card's candidate already carries the tag.
        List<Long> cards = List.of(applications.get(2).id, applications.get(3).id);
        String fromBoard = recruiter.post("/app/tagging", Map.of("ids", cards, "action", "move",
                "back", "/app/vacancies/" + vacancy.id + "/board")).then().statusCode(200).extract().asString();
        assertThat(fromBoard, containsString("2 kandidaten geselecteerd."));
        recruiter.post("/app/tagging/apply", Map.of("candidateIds", List.of(applications.get(2).candidate.id, applications.get(3).candidate.id),
                "action", "add", "tag", free, "back", "https://elders.example/")).then().statusCode(303)
                .header("Location", not(containsString("elders")));
        assertEquals(4L, QuarkusTransaction.requiringNew().call(() -> CandidateTag.count("labelKey", CandidateTag.labelKeyOf(free))), "no tag twice");

        recruiter.post("/app/tagging/apply", Map.of("candidateIds", candidates, "action", "remove", "tag", free, "back", "/app/candidates"))
                .then().statusCode(303);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> CandidateTag.count("labelKey", CandidateTag.labelKeyOf(free))));
    }

    @Test
    void hiringManagerTagsAndFindsOnlyTheirOwnVacanciesCandidates() {
        AppUser manager = TestUsers.hiringManager();
        Application own = anApplication().to(aVacancy().managedBy(manager).persist()).persist();
        Application others = anApplication().to(aVacancy().managedBy(TestUsers.hiringManager()).persist()).persist();
        WebSession session = WebSession.as(manager);
        String free = unique("Ervaren");

        session.post("/app/candidates/" + own.candidate.id + "/tags", Map.of("tag", free)).then().statusCode(303);
        session.post("/app/candidates/" + others.candidate.id + "/tags", Map.of("tag", free)).then().statusCode(403);
        session.post("/app/tagging", Map.of("candidateIds", List.of(own.candidate.id, others.candidate.id))).then().statusCode(403);
        session.post("/app/tagging", Map.of("ids", List.of(others.id))).then().statusCode(403);
        session.post("/app/tagging/apply", Map.of("candidateIds", List.of(others.candidate.id), "action", "add", "tag", free))
                .then().statusCode(403);
        WebSession.as(TestUsers.recruiter()).post("/app/candidates/" + others.candidate.id + "/tags", Map.of("tag", free))
                .then().statusCode(303);

        String found = session.request().queryParam("tag", free).get("/app/candidates").then().statusCode(200).extract().asString();
        assertThat(found, containsString("/app/candidates/" + own.candidate.id + "\""));
        assertThat(found, not(containsString("/app/candidates/" + others.candidate.id + "\"")));
        assertEquals(List.of("free:" + free), tagsOf(others.candidate.id));
    }

    @Test
    void savedSearchesArePrivateOrSharedAndOnlyTheOwnerChangesThem() {
        AppUser owner = TestUsers.recruiter();
        WebSession mine = WebSession.as(owner);
        WebSession colleague = WebSession.as(TestUsers.recruiter());
        String privateName = unique("Mijn Franstaligen");
        String sharedName = unique("Team weekend");

        mine.post("/app/saved-searches", Map.of("name", privateName, "query", "tag=Frans&status=ACTIVE")).then().statusCode(303)
                .header("Location", containsString("/app/candidates?tag=Frans&status=ACTIVE"));
        mine.post("/app/saved-searches", Map.of("name", sharedName, "query", "?tag=weekend", "shared", true)).then().statusCode(303);
        mine.post("/app/saved-searches", Map.of("name", " ", "query", "tag=x")).then().statusCode(400)
                .body(containsString("Geef de zoekopdracht een naam."));

        assertThat(page(mine, "/app/candidates"), containsString(privateName));
        String theirs = page(colleague, "/app/candidates");
        assertThat(theirs, containsString(sharedName));
        assertThat(theirs, containsString("href=\"/app/candidates?tag=weekend\""));
        assertThat(theirs, not(containsString(privateName)));
        assertThat(page(WebSession.as(TestUsers.hiringManager()), "/app/saved-searches"), containsString(sharedName));

        SavedSearch shared = QuarkusTransaction.requiringNew().call(() -> SavedSearch.<SavedSearch> find("name", sharedName).singleResult());
        SavedSearch own = QuarkusTransaction.requiringNew().call(() -> SavedSearch.<SavedSearch> find("name", privateName).singleResult());
        colleague.post("/app/saved-searches/" + shared.id, Map.of("name", "Overgenomen", "version", shared.version)).then().statusCode(403);
        colleague.post("/app/saved-searches/" + shared.id + "/delete").then().statusCode(403);
        colleague.post("/app/saved-searches/" + own.id + "/delete").then().statusCode(404);

        String renamed = unique("Weekendploeg");
        mine.post("/app/saved-searches/" + shared.id, Map.of("name", renamed, "version", shared.version)).then().statusCode(303);
        assertThat("no longer shared: the box was not ticked", page(colleague, "/app/candidates"), not(containsString(renamed)));
        mine.post("/app/saved-searches/" + own.id + "/delete").then().statusCode(303);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> SavedSearch.count("id", own.id)));
    }

    @Test
    void theExportCarriesTheTagsAndAMergeMovesThemWithoutDoubles() throws IOException {
        Tag listed = listedTag(unique("Spreekt Engels"));
        String free = unique("Wil thuiswerken");
        Application kept = anApplication().to(aVacancy().persist()).persist();
        Application duplicate = anApplication().to(aVacancy().persist()).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post("/app/candidates/" + kept.candidate.id + "/tags", Map.of("tag", listed.name)).then().statusCode(303);
        recruiter.post("/app/candidates/" + duplicate.candidate.id + "/tags", Map.of("tag", listed.name)).then().statusCode(303);
        recruiter.post("/app/candidates/" + duplicate.candidate.id + "/tags", Map.of("tag", free)).then().statusCode(303);

        byte[] zip = recruiter.get("/app/candidates/" + duplicate.candidate.id + "/export").then().statusCode(200).extract().asByteArray();
        String json = entry(zip, "werving-gegevens.json");
        assertThat(json, containsString("\"tags\""));
        assertThat(json, containsString(free));
        assertThat(json, containsString(listed.name));

        QuarkusTransaction.requiringNew().run(() -> tagPrivacy.merge(duplicate.candidate.id, kept.candidate.id));
        assertEquals(List.of("free:" + free, "listed:" + listed.name), tagsOf(kept.candidate.id));
        assertEquals(List.of(), tagsOf(duplicate.candidate.id));
    }

    @Test
    void theSearchPageQueriesStayFlatAsTaggedRowsGrow() {
        String few = unique("Weinig");
        String many = unique("Veel");
        Vacancy vacancy = aVacancy().persist();
        AppUser user = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(user);
        List<Long> fewIds = new ArrayList<>();
        List<Long> manyIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            fewIds.add(anApplication().to(vacancy).persist().candidate.id);
        }
        for (int i = 0; i < 20; i++) {
            manyIds.add(anApplication().to(vacancy).persist().candidate.id);
        }
        recruiter.post("/app/tagging/apply", Map.of("candidateIds", fewIds, "action", "add", "tag", few)).then().statusCode(303);
        recruiter.post("/app/tagging/apply", Map.of("candidateIds", manyIds, "action", "add", "tag", many)).then().statusCode(303);
        recruiter.post("/app/tagging/apply", Map.of("candidateIds", manyIds, "action", "add", "tag", unique("Tweede"))).then().statusCode(303);
        TestUsers.awaitLoginRecorded(user);

        assertEquals(statements.forPage(recruiter, "/app/candidates?tag=" + few.replace(' ', '+')),
                statements.forPage(recruiter, "/app/candidates?tag=" + many.replace(' ', '+')), "SQL statements for 2 and for 20 tagged rows");
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the export");
    }
}
