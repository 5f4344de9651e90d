package nl.werving.profile;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The profile hints at a likely duplicate: the same mailbox, phone number, or name with e-mail user name; never the name alone. */
@QuarkusTest
class CandidateDuplicatesTest {

    private static final Random RANDOM = new Random();

    @Inject
    SqlStatements statements;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private WebSession recruiter;

    @BeforeEach
    void logIn() {
        recruiter = WebSession.as(TestUsers.recruiter());
    }

    @Test
    void hintsAtTheSameMailboxWrittenDifferently() {
        Vacancy vacancy = aVacancy().published().persist();
        Application one = anApplication().to(vacancy).by("Sanne de Vries").withEmail("sanne.devries" + unique + "@gmail.com").persist();
        Application other = anApplication().to(aVacancy().published().persist()).by("S. de Vries " + unique)
                .withEmail("Sanne.DeVries" + unique + "+werk@googlemail.com").persist();

        recruiter.get(profile(one)).then().statusCode(200)
                .body(containsString("Mogelijk dubbel: S. de Vries " + unique + " (zelfde e-mail)"))
                .body(containsString("/app/candidates/" + one.candidate.id + "/merge?with=" + other.candidate.id));
        recruiter.get(profile(other)).then().statusCode(200)
                .body(containsString("Mogelijk dubbel: Sanne de Vries (zelfde e-mail)"));
    }

    @Test
    void hintsAtTheSamePhoneNumberFormattedDifferently() {
        String digits = String.valueOf(10_000_000 + RANDOM.nextInt(90_000_000));
        Application one = anApplication().to(aVacancy().published().persist()).by("Daan " + unique).withPhone("06 " + digits).persist();
        Application other = anApplication().to(aVacancy().published().persist()).by("Daniël " + unique)
                .withPhone("+31 (0)6-" + digits.substring(0, 4) + " " + digits.substring(4)).persist();

        recruiter.get(profile(one)).then().statusCode(200)
                .body(containsString("Mogelijk dubbel: Daniël " + unique + " (zelfde telefoonnummer)"));
        recruiter.language("en").get(profile(other)).then().statusCode(200)
                .body(containsString("Possible duplicate: Daan " + unique + " (same phone number)"));
    }

    @Test
    void hintsAtTheSameNameWithTheSameEmailUserName() {
        Application one = anApplication().to(aVacancy().published().persist()).by("Joris Peeters " + unique)
                .withEmail("joris.peeters." + unique + "@voorbeeld.nl").persist();
        Application other = anApplication().to(aVacancy().published().persist()).by("joris  PEETERS " + unique)
                .withEmail("joris.peeters." + unique + "@telenet.be").persist();

        recruiter.get(profile(one)).then().statusCode(200)
                .body(containsString("Mogelijk dubbel: joris  PEETERS " + unique + " (zelfde naam en e-mailnaam)"));
        recruiter.get(profile(other)).then().statusCode(200).body(containsString("Mogelijk dubbel: Joris Peeters " + unique));
    }

    @Test
    void theSameNameAloneIsNoHint() {
        Application one = anApplication().to(aVacancy().published().persist()).by("Eva Smit " + unique)
                .withEmail("eva." + unique + "@voorbeeld.nl").persist();
        anApplication().to(aVacancy().published().persist()).by("Eva Smit " + unique).withEmail("e.smit." + unique + "@voorbeeld.nl").persist();

        recruiter.get(profile(one)).then().statusCode(200).body(not(containsString("Mogelijk dubbel")));
    }

    @Test
    void aHiringManagerIsToldOnlyOfCandidatesWithinTheirVacancies() {
        AppUser manager = TestUsers.hiringManager();
        String digits = String.valueOf(10_000_000 + RANDOM.nextInt(90_000_000));
        Vacancy own = aVacancy().published().managedBy(manager).persist();
        Application mine = anApplication().to(own).by("Mijn " + unique).withPhone("06" + digits).persist();
        anApplication().to(aVacancy().published().managedBy(TestUsers.hiringManager()).persist()).by("Elders " + unique)
                .withPhone("0031 6 " + digits).persist();
        WebSession session = WebSession.as(manager);

        session.get(profile(mine)).then().statusCode(200).body(not(containsString("Mogelijk dubbel")))
                .body(not(containsString("Elders " + unique)));
        recruiter.get(profile(mine)).then().statusCode(200).body(containsString("Mogelijk dubbel: Elders " + unique));

        anApplication().to(aVacancy().published().managedBy(manager).persist()).by("Ook mijn " + unique).withPhone("06-" + digits).persist();
        session.get(profile(mine)).then().statusCode(200).body(containsString("Mogelijk dubbel: Ook mijn " + unique))
                .body(not(containsString("Elders " + unique))).body(not(containsString("/merge?with=")));
    }

    @Test
    void theProfileAsksOnceHoweverManyDuplicatesThereAre() {
        String digits = String.valueOf(10_000_000 + RANDOM.nextInt(90_000_000));
        Application many = anApplication().to(aVacancy().published().persist()).by("Veel " + unique).withPhone("06 " + digits).persist();
        anApplication().to(aVacancy().published().persist()).by("Kopie 0 " + unique).withPhone("+31 6 " + digits).persist();
        // With one duplicate: its name is opened with one query for the duplicates' keys, however many there are.
        long withOne = statements.forPage(recruiter, profile(many));
        for (int i = 1; i < 3; i++) {
            anApplication().to(aVacancy().published().persist()).by("Kopie " + i + " " + unique).withPhone("+31 6 " + digits).persist();
        }

        recruiter.get(profile(many)).then().statusCode(200).body(containsString("Mogelijk dubbel: Kopie 2 " + unique));
        assertEquals(withOne, statements.forPage(recruiter, profile(many)));
    }

    private static String profile(Application application) {
        return "/app/candidates/" + application.candidate.id;
    }
}
