package nl.werving;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.TestUsers;
import nl.werving.support.TestVacancies;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;

/**
 * Who may do what, page and API alike: every role against every resource, including a hiring
 * manager on their own vacancy and on someone else's.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Actor {
        ANONYMOUS, ADMIN, RECRUITER, OWN_MANAGER, OTHER_MANAGER
    }

    /** What each resource answers for ANONYMOUS, ADMIN, RECRUITER, OWN_MANAGER, OTHER_MANAGER. */
    enum Resource {
        PAGE_LIST("GET", "/app/vacancies", 302, 200, 200, 200, 200),
        PAGE_DETAIL("GET", "/app/vacancies/{id}", 302, 200, 200, 200, 403),
        PAGE_NEW("GET", "/app/vacancies/new", 302, 200, 200, 403, 403),
        PAGE_EDIT("GET", "/app/vacancies/{id}/edit", 302, 200, 200, 403, 403),
        PAGE_PUBLISH("POST", "/app/vacancies/{id}/publish", 302, 303, 303, 403, 403),
        PAGE_CLOSE("POST", "/app/vacancies/{id}/close", 302, 303, 303, 403, 403),
        PAGE_USERS("GET", "/app/users", 302, 200, 403, 403, 403),
        PAGE_NEW_USER("GET", "/app/users/new", 302, 200, 403, 403, 403),
        PAGE_BOARD("GET", "/app/vacancies/{id}/board", 302, 200, 200, 200, 403),
        PAGE_STAGES("GET", "/app/vacancies/{id}/stages", 302, 200, 200, 403, 403),
        PAGE_STAGE_TEMPLATES("GET", "/app/stage-templates", 302, 200, 403, 403, 403),
        PAGE_REJECTION_REASONS("GET", "/app/rejection-reasons", 302, 200, 403, 403, 403),
        PAGE_NEW_REJECTION_REASON("POST", "/app/rejection-reasons", 302, 400, 403, 403, 403),
        PAGE_AUDIT("GET", "/app/audit", 302, 200, 403, 403, 403),
        PAGE_MAIL("GET", "/app/mail", 302, 200, 403, 403, 403),
        PAGE_PRIVACY("GET", "/app/privacy", 302, 200, 403, 403, 403),
        PAGE_RETENTION_TERMS("POST", "/app/privacy/terms", 302, 400, 403, 403, 403),
        PAGE_TALENT_POOL("GET", "/app/talent-pool", 302, 200, 200, 403, 403),
        PAGE_DATA_REQUESTS("GET", "/app/data-requests", 302, 200, 200, 403, 403),
        PAGE_RECORD_DATA_REQUEST("POST", "/app/data-requests", 302, 303, 303, 403, 403),
        PAGE_PROFILE("GET", "/app/candidates/{candidate}", 302, 200, 200, 200, 403),
        PAGE_MOVE("POST", "/app/applications/{application}/move", 302, 303, 303, 403, 403),
        PAGE_ASSESSMENT("GET", "/app/assessments/{application}", 302, 200, 200, 200, 403),
        PAGE_NEW_INTERVIEW("GET", "/app/assessments/{application}/interviews/new", 302, 200, 200, 403, 403),
        PAGE_PLAN_INTERVIEW("POST", "/app/assessments/{application}/interviews", 302, 400, 400, 403, 403),
        PAGE_ROLEPLAY("GET", "/app/roleplays/new?application={application}", 302, 200, 200, 200, 403),
        PAGE_REFERENCES("GET", "/app/references/{application}", 302, 200, 200, 200, 403),
        PAGE_INVITE_REFEREE("POST", "/app/references/{application}/referees/999999/invite", 302, 404, 404, 403, 403),
        API_LIST("GET", "/api/vacancies", 401, 200, 200, 200, 200),
        API_APPLICATIONS("GET", "/api/vacancies/{id}/applications", 401, 200, 200, 200, 403),
        API_CANDIDATE("GET", "/api/candidates/{candidate}", 401, 200, 200, 200, 403),
        API_MOVE("POST", "/api/applications/{application}/move", 401, 409, 409, 403, 403),
        API_ASSESSMENT("GET", "/api/assessments/{application}", 401, 200, 200, 200, 403),
        API_REFERENCES("GET", "/api/reference-checks?application={application}", 401, 200, 200, 200, 403),
        API_INVITE_REFEREE("POST", "/api/reference-checks/999999/referees/999999/invite", 401, 404, 404, 403, 403),
        API_DETAIL("GET", "/api/vacancies/{id}", 401, 200, 200, 200, 403),
        API_UPDATE("PUT", "/api/vacancies/{id}", 401, 409, 409, 403, 403),
        API_PUBLISH("POST", "/api/vacancies/{id}/publish", 401, 409, 409, 403, 403);

        final String method;
        final String path;
        final int[] expected;

        Resource(String method, String path, int... expected) {
            this.method = method;
            this.path = path;
            this.expected = expected;
        }
    }

    /** Users and a vacancy shared by the matrix; the vacancy has no salary, so publishing is always refused. */
    static final class Fixture {
        static final AppUser ADMIN = TestUsers.admin();
        static final AppUser RECRUITER = TestUsers.recruiter();
        static final AppUser OWN_MANAGER = TestUsers.hiringManager();
        static final AppUser OTHER_MANAGER = TestUsers.hiringManager();
        static final Vacancy VACANCY = aVacancy().withoutSalary().managedBy(OWN_MANAGER).persist();
        static final Vacancy CLOSED = aVacancy().withStatus(VacancyStatus.CLOSED).managedBy(OWN_MANAGER).persist();
        static final Application APPLICATION = anApplication().to(VACANCY).persist();

        static AppUser user(Actor actor) {
            return switch (actor) {
                case ADMIN -> ADMIN;
                case RECRUITER -> RECRUITER;
                case OWN_MANAGER -> OWN_MANAGER;
                case OTHER_MANAGER -> OTHER_MANAGER;
                case ANONYMOUS -> null;
            };
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Resource resource : Resource.values()) {
            for (Actor actor : Actor.values()) {
                cases.add(Arguments.of(resource, actor, resource.expected[actor.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void answersAccordingToRole(Resource resource, Actor actor, int expected) {
        // Closing is tried on an already closed vacancy, so an allowed attempt changes nothing.
        long id = resource == Resource.PAGE_CLOSE ? Fixture.CLOSED.id : Fixture.VACANCY.id;
        String path = resource.path.replace("{id}", String.valueOf(id))
                .replace("{candidate}", String.valueOf(Fixture.APPLICATION.candidate.id))
                .replace("{application}", String.valueOf(Fixture.APPLICATION.id));
        Response response = resource.path.startsWith("/api") ? callApi(resource, actor, path) : callPage(resource, actor, path);

        assertEquals(expected, response.statusCode(), resource + " as " + actor);
        if (expected == 403 && !resource.path.startsWith("/api")) {
            response.then().body(containsString("Geen toegang")).body(not(containsString("Exception")));
        }
        if (actor == Actor.ANONYMOUS && !resource.path.startsWith("/api")) {
            response.then().header("Location", containsString("/login"));
        }
        assertEquals(VacancyStatus.DRAFT, TestVacancies.reload(Fixture.VACANCY.id).status);
    }

    private static Response callPage(Resource resource, Actor actor, String path) {
        AppUser user = Fixture.user(actor);
        WebSession session = user == null ? WebSession.anonymous() : WebSession.as(user);
        return "GET".equals(resource.method) ? session.get(path) : session.post(path);
    }

    private static Response callApi(Resource resource, Actor actor, String path) {
        AppUser user = Fixture.user(actor);
        var request = given().contentType(ContentType.JSON);
        if (user != null) {
            request = request.auth().preemptive().basic(user.username, TestUsers.PASSWORD);
        }
        return switch (resource.method) {
            case "GET" -> request.get(path);
            case "PUT" -> request.body(Map.of("title", "Niet toegestaan", "city", "Delft", "country", "NL",
                    "workModel", "ON_SITE", "contractType", "PERMANENT", "openings", 1, "hoursMin", 20, "hoursMax", 30,
                    "version", 999_999)).put(path);
            default -> path.endsWith("/move") ? request.body(Map.of("toStageId", 1, "version", 999_999)).post(path) : request.post(path);
        };
    }

    @Test
    void hiringManagerListsOnlyOwnVacancies() {
        Vacancy other = aVacancy().managedBy(Fixture.OTHER_MANAGER).persist();

        WebSession.as(Fixture.OWN_MANAGER).get("/app/vacancies").then().statusCode(200)
                .body(containsString(Fixture.VACANCY.title))
                .body(not(containsString(other.title)))
                .body(not(containsString("Nieuwe vacature")));
        given().auth().preemptive().basic(Fixture.OWN_MANAGER.username, TestUsers.PASSWORD).get("/api/vacancies")
                .then().statusCode(200)
                .body(containsString(Fixture.VACANCY.title))
                .body(not(containsString(other.title)));
    }
}
