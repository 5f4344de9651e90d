package nl.werving;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestInterviews.inDays;
import static nl.werving.support.TestInterviews.interviewForm;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.CandidateTag;
import nl.werving.candidate.ConsentRecord;
import nl.werving.candidate.DocumentKind;
import nl.werving.home.HomeDigest;
import nl.werving.candidate.Tag;
import nl.werving.candidate.TagColour;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.inbox.UnmatchedReply;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.InterviewQuestion;
import nl.werving.interview.Recommendation;
import nl.werving.interview.Scorecard;
import nl.werving.interview.ScorecardAmendment;
import nl.werving.interview.ScorecardStatus;
import nl.werving.mail.MailStatus;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;
import nl.werving.messaging.CandidateMessage;
import nl.werving.messaging.MessageTemplate;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.RetentionPolicy;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.RejectionReason;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.Stage;
import nl.werving.pipeline.StagePhase;
import nl.werving.pipeline.StageTemplate;
import nl.werving.pipeline.TemplateStage;
import nl.werving.privacy.DataRequest;
import nl.werving.profile.SavedSearch;
import nl.werving.privacy.LegalHold;
import nl.werving.reference.Referee;
import nl.werving.reference.RefereeStatus;
import nl.werving.reference.ReferenceCheck;
import nl.werving.reference.ReferenceCheckStatus;
import nl.werving.reference.ReferenceChecks;
import nl.werving.reference.ReferenceTexts;
import nl.werving.reference.Relationship;
import nl.werving.reference.WorkAgain;
import nl.werving.roleplay.PracticalTest;
import nl.werving.roleplay.RoleplayResult;
import nl.werving.roleplay.RoleplayScenario;
import nl.werving.support.Sealed;
import nl.werving.support.TestApplications;
import nl.werving.support.TestFiles;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.support.TestVacancies;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;
import nl.werving.web.LocalizedText;

/**
 * Who may do what, page and API alike: every id-bearing route of the back office ({@code /app}) and the JSON API
 * ({@code /api}) against every role, including a hiring manager on their own vacancy and on someone else's.
 *
 * <p>The rules, as {@link #ROUTES} spells them out route by route:
 * <ul>
 * <li>anonymous: pages redirect to {@code /login} (302), the API answers 401;
 * <li>admin: everything, except someone else's scorecard: a scorecard is its interviewer's alone (403 for anyone else);
 * <li>recruiter: everything about vacancies, candidates and the pipeline; not users, stage templates, rejection reasons,
 * the audit log, the outbox or the privacy page (retention terms, purge, legal holds);
 * <li>hiring manager of the vacancy: looks (board, profiles, CVs, assessments, references), sets up the interview kit,
 * records role-plays and tests and writes notes, and fills in the scorecards of the interviews they are on; never moves,
 * rejects or hires, one at a time or in bulk;
 * <li>hiring manager of another vacancy: 403 on all of it; where they see the same candidate through a vacancy of their
 * own, the files and applications of ours do not exist for them (404).
 * </ul>
 *
 * <p>Every case gets fresh data ({@link World}). A state-changing route names the row it would change; after the request
 * that row is read again. A refused request must leave it exactly as it was. Most such requests are complete and valid,
 * and for the roles allowed to send them the same request is shown to change the row, so "nothing changed" never holds
 * merely because the request was harmless.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Actor {
        ANONYMOUS, ADMIN, RECRUITER, OWN_MANAGER, OTHER_MANAGER
    }

    /** Back-office users shared by all cases; OWN_MANAGER manages every vacancy a case makes and is on its interviews. */
    static final class Fixture {
        static final AppUser ADMIN = TestUsers.admin();
        static final AppUser RECRUITER = TestUsers.recruiter();
        static final AppUser OWN_MANAGER = TestUsers.hiringManager();
        static final AppUser OTHER_MANAGER = TestUsers.hiringManager();

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

    /**
     * One route: what it sends, the row it may change, and what it answers for ANONYMOUS, ADMIN, RECRUITER, OWN_MANAGER and
     * OTHER_MANAGER, in that order. Names in braces in the path are made for each case by {@link World#id}.
     */
    record Route(String method, String path, String note, Function<World, Map<String, ?>> form, Function<World, Object> probe,
            boolean effective, int[] expected) {

        static Route get(String path) {
            return new Route("GET", path, null, world -> Map.of(), null, false, null);
        }

        static Route post(String path) {
            return new Route("POST", path, null, world -> Map.of(), null, false, null);
        }

        static Route put(String path) {
            return new Route("PUT", path, null, world -> Map.of(), null, false, null);
        }

        /** Tells two requests to the same route apart. */
        Route as(String what) {
            return new Route(method, path, what, form, probe, effective, expected);
        }

        /** The form fields (pages) or the JSON body (API). */
        Route form(Function<World, Map<String, ?>> fields) {
            return new Route(method, path, note, fields, probe, effective, expected);
        }

        /** A request that does its work when allowed: the row changes for allowed roles and stays as it was for the others. */
        Route changes(Function<World, Object> row) {
            return new Route(method, path, note, form, row, true, expected);
        }

        /** A request that is refused or harmless for everyone: the row never changes. */
        Route changesNothing(Function<World, Object> row) {
            return new Route(method, path, note, form, row, false, expected);
        }

        Route expect(int anonymous, int admin, int recruiter, int ownManager, int otherManager) {
            int[] codes = { anonymous, admin, recruiter, ownManager, otherManager };
            return new Route(method, path, note, form, probe, effective, codes);
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path + (note == null ? "" : " (" + note + ")");
        }
    }

    static final List<Route> ROUTES = List.of(
            // Vacancies                                                                             anon admin recr  own other
            Route.get("/app/vacancies").expect(302, 200, 200, 200, 200),
            Route.get("/app/vacancies/{vacancy}").expect(302, 200, 200, 200, 403),
            Route.get("/app/vacancies/new").expect(302, 200, 200, 403, 403),
            Route.post("/app/vacancies").form(w -> vacancy(w, null)).changes(w -> vacanciesTitled("Toegang " + w.unique))
                    .expect(302, 303, 303, 403, 403),
            Route.get("/app/vacancies/{vacancy}/edit").expect(302, 200, 200, 403, 403),
            Route.post("/app/vacancies/{vacancy}").form(w -> vacancy(w, vacancy(w.vacancy.id).get(2))).changes(w -> vacancy(w.vacancy.id))
                    .expect(302, 303, 303, 403, 403),
            Route.post("/app/vacancies/{vacancy}/publish").as("no salary range, refused").changesNothing(w -> vacancy(w.vacancy.id))
                    .expect(302, 303, 303, 403, 403),
            Route.post("/app/vacancies/{completeDraft}/publish").changes(w -> vacancy(w.id("completeDraft")))
                    .expect(302, 303, 303, 403, 403),
            Route.post("/app/vacancies/{openVacancy}/hold").changes(w -> vacancy(w.id("openVacancy")))
                    .expect(302, 303, 303, 403, 403),
            Route.post("/app/vacancies/{closedVacancy}/close").as("already closed").changesNothing(w -> vacancy(w.id("closedVacancy")))
                    .expect(302, 303, 303, 403, 403),
            Route.post("/app/vacancies/{openVacancy}/close").changes(w -> vacancy(w.id("openVacancy")))
                    .expect(302, 303, 303, 403, 403),
            Route.get("/api/vacancies").expect(401, 200, 200, 200, 200),
            Route.get("/api/vacancies/{vacancy}").expect(401, 200, 200, 200, 403),
            Route.post("/api/vacancies").form(w -> vacancy(w, null)).changes(w -> vacanciesTitled("Toegang " + w.unique))
                    .expect(401, 201, 201, 403, 403),
            Route.put("/api/vacancies/{vacancy}").as("stale version").form(w -> vacancy(w, 999_999L))
                    .changesNothing(w -> vacancy(w.vacancy.id)).expect(401, 409, 409, 403, 403),
            Route.put("/api/vacancies/{vacancy}").form(w -> vacancy(w, vacancy(w.vacancy.id).get(2)))
                    .changes(w -> vacancy(w.vacancy.id)).expect(401, 200, 200, 403, 403),
            Route.post("/api/vacancies/{vacancy}/publish").as("no salary range, refused").changesNothing(w -> vacancy(w.vacancy.id))
                    .expect(401, 409, 409, 403, 403),
            Route.post("/api/vacancies/{completeDraft}/publish").changes(w -> vacancy(w.id("completeDraft")))
                    .expect(401, 200, 200, 403, 403),
            Route.post("/api/vacancies/{openVacancy}/hold").changes(w -> vacancy(w.id("openVacancy"))).expect(401, 200, 200, 403, 403),
            Route.post("/api/vacancies/{openVacancy}/close").changes(w -> vacancy(w.id("openVacancy"))).expect(401, 200, 200, 403, 403),

            // Interview kit of a vacancy: set up by the recruiter with the vacancy's hiring manager   anon admin recr  own other
            Route.get("/app/vacancies/{vacancy}/kit").expect(302, 200, 200, 200, 403),
            Route.post("/app/vacancies/{vacancy}/kit/questions")
                    .form(w -> Map.of("competencyId", w.id("competency"), "kind", "BEHAVIOURAL",
                            "textNl", "Vertel over een klant die je niet direct kon helpen."))
                    .changes(w -> count(() -> InterviewQuestion.count("competency.id", w.id("competency"))))
                    .expect(302, 303, 303, 303, 403),
            Route.post("/app/vacancies/{vacancy}/kit/questions/{question}/delete")
                    .changes(w -> count(() -> InterviewQuestion.count("id", w.id("question")))).expect(302, 303, 303, 303, 403),
            Route.post("/app/vacancies/{vacancy}/kit/competencies/{competency}").form(w -> competencyForm())
                    .changes(w -> read(() -> Competency.<Competency> findById(w.id("competency")).name.nl())).expect(302, 303, 303, 303, 403),
            Route.post("/app/vacancies/{vacancy}/kit/competencies/{competency}/delete")
                    .changes(w -> count(() -> Competency.count("id", w.id("competency")))).expect(302, 303, 303, 303, 403),

            // Stages and the board: recruiters decide, the vacancy's hiring manager only looks        anon admin recr  own other
            Route.get("/app/vacancies/{vacancy}/stages").expect(302, 200, 200, 403, 403),
            Route.post("/app/vacancies/{vacancy}/stages").form(AccessMatrixTest::stagesFormWithTypingTest)
                    .changes(w -> stageNames(w.vacancy.id)).expect(302, 303, 303, 403, 403),
            Route.get("/api/vacancies/{vacancy}/stages").expect(401, 200, 200, 200, 403),
            Route.get("/app/vacancies/{vacancy}/board").expect(302, 200, 200, 200, 403),
            Route.get("/app/vacancies/{vacancy}/board?outcome=REJECTED").expect(302, 200, 200, 200, 403),
            Route.post("/app/vacancies/{vacancy}/board/bulk").as("bulk move")
                    .form(w -> Map.of("ids", List.of(w.application.id, w.id("secondApplication")), "action", "move",
                            "toStageId", w.id("stage"), "confirmed", true))
                    .changes(w -> List.of(application(w.application.id), application(w.id("secondApplication"))))
                    .expect(302, 303, 303, 403, 403),
            Route.post("/app/vacancies/{vacancy}/board/bulk").as("bulk confirmation")
                    .form(w -> Map.of("ids", List.of(w.application.id, w.id("secondApplication")), "action", "reject",
                            "reasonId", 1, "timing", "NOW"))
                    .changesNothing(w -> List.of(application(w.application.id), application(w.id("secondApplication"))))
                    .expect(302, 200, 200, 403, 403),
            Route.post("/app/vacancies/{vacancy}/board/undo").as("undo bulk rejection")
                    .form(w -> Map.of("ids", List.of(w.application.id)))
                    .changesNothing(w -> application(w.application.id))
                    .expect(302, 200, 200, 403, 403),
            Route.post("/app/vacancies/{vacancy}/board/bulk").as("bulk reject")
                    .form(w -> Map.of("ids", List.of(w.application.id, w.id("secondApplication")), "action", "reject",
                            "reasonId", 1, "timing", "NOW", "confirmed", true))
                    .changes(w -> List.of(application(w.application.id), application(w.id("secondApplication"))))
                    .expect(302, 303, 303, 403, 403),
            Route.get("/api/vacancies/{vacancy}/applications").expect(401, 200, 200, 200, 403),

            // One application: move, reject, hire (there is no bulk hire)                              anon admin recr  own other
            Route.post("/app/applications/{application}/move")
                    .form(w -> Map.of("toStageId", w.id("stage"), "version", application(w.application.id).get(2)))
                    .changes(w -> application(w.application.id)).expect(302, 303, 303, 403, 403),
            Route.get("/app/applications/{application}/reject").expect(302, 200, 200, 403, 403),
            Route.post("/app/applications/{application}/reject")
                    .form(w -> Map.of("reasonId", 1, "timing", "NOW", "version", application(w.application.id).get(2)))
                    .changes(w -> application(w.application.id)).expect(302, 303, 303, 403, 403),
            Route.post("/app/applications/{application}/hire").form(w -> Map.of("version", application(w.application.id).get(2)))
                    .changes(w -> application(w.application.id)).expect(302, 303, 303, 403, 403),
            Route.post("/api/applications/{application}/move").as("stale version").form(w -> Map.of("toStageId", 1, "version", 999_999))
                    .changesNothing(w -> application(w.application.id)).expect(401, 409, 409, 403, 403),
            Route.post("/api/applications/{application}/move")
                    .form(w -> Map.of("toStageId", w.id("stage"), "version", application(w.application.id).get(2)))
                    .changes(w -> application(w.application.id)).expect(401, 200, 200, 403, 403),
            Route.post("/api/applications/{application}/reject")
                    .form(w -> Map.of("reasonId", 1, "version", application(w.application.id).get(2)))
                    .changes(w -> application(w.application.id)).expect(401, 200, 200, 403, 403),
            Route.post("/api/applications/{application}/hire").form(w -> Map.of("version", application(w.application.id).get(2)))
                    .changes(w -> application(w.application.id)).expect(401, 200, 200, 403, 403),

            // Home page and its daily digest: every back-office user, about what they may see          anon admin recr  own other
            Route.get("/app").expect(302, 200, 200, 200, 200),
            Route.post("/app/digest").form(w -> Map.of("on", "true"))
                    .changes(w -> read(() -> HomeDigest.find("order by subscribedAt desc").<HomeDigest> firstResultOptional()
                            .map(digest -> digest.subscribedAt).orElse(null)))
                    .expect(302, 303, 303, 303, 303),

            // Candidate profile, CV and the candidate API                                             anon admin recr  own other
            Route.get("/app/candidates").expect(302, 200, 200, 200, 200),
            Route.get("/app/candidates/{candidate}").expect(302, 200, 200, 200, 403),
            Route.get("/app/candidates/{candidate}/documents/{document}").expect(302, 200, 200, 200, 403),
            Route.get("/app/candidates/{candidate}/documents/{document}?download=true").expect(302, 200, 200, 200, 403),
            Route.post("/app/candidates/{candidate}/notes")
                    .form(w -> Map.of("body", "Belt liever na 17 uur.", "applicationId", w.application.id))
                    .changes(w -> count(() -> CandidateNote.count("candidate.id", w.application.candidate.id)))
                    .expect(302, 303, 303, 303, 403),
            Route.get("/app/candidates/{candidate}/export").expect(302, 200, 200, 403, 403),
            Route.post("/app/candidates/{candidate}/erase").form(w -> Map.of("confirm", true))
                    .changes(w -> candidateExists(w.application.candidate.id)).expect(302, 303, 303, 403, 403),
            Route.get("/api/candidates/{candidate}").expect(401, 200, 200, 200, 403),
            Route.get("/app/candidates/{candidate}/merge?with={duplicate}").expect(302, 200, 200, 403, 403),
            Route.post("/app/candidates/{candidate}/merge").form(w -> merge(w)).changes(w -> candidateExists(w.id("duplicate")))
                    .expect(302, 303, 303, 403, 403),

            // Tags on candidates, bulk tagging, saved searches (owned by RECRUITER)                  anon admin recr  own other
            Route.post("/app/candidates/{candidate}/tags").form(w -> Map.of("tag", "Vrij " + w.unique))
                    .changes(w -> count(() -> CandidateTag.count("candidate.id", w.application.candidate.id)))
                    .expect(302, 303, 303, 303, 403),
            Route.post("/app/candidates/{candidate}/tags/{candidateTag}/delete")
                    .changes(w -> count(() -> CandidateTag.count("candidate.id", w.application.candidate.id)))
                    .expect(302, 303, 303, 303, 403),
            Route.post("/app/tagging").form(w -> Map.of("candidateIds", w.application.candidate.id)).expect(302, 200, 200, 200, 403),
            Route.post("/app/tagging").as("board cards").form(w -> Map.of("ids", w.application.id)).expect(302, 200, 200, 200, 403),
            Route.post("/app/tagging/apply")
                    .form(w -> Map.of("candidateIds", w.application.candidate.id, "action", "add", "tag", "Bulk " + w.unique))
                    .changes(w -> count(() -> CandidateTag.count("candidate.id", w.application.candidate.id)))
                    .expect(302, 303, 303, 303, 403),
            Route.get("/app/saved-searches").expect(302, 200, 200, 200, 200),
            Route.post("/app/saved-searches").form(w -> Map.of("name", "Toegang " + w.unique, "query", "tag=Frans"))
                    .changes(w -> count(() -> SavedSearch.count("name", "Toegang " + w.unique))).expect(302, 303, 303, 303, 303),
            Route.post("/app/saved-searches/{sharedSearch}").as("shared: seen by all, changed by the owner")
                    .form(w -> Map.of("name", "Hernoemd " + w.unique, "shared", true, "version", 0))
                    .changes(w -> savedSearch(w.id("sharedSearch"))).expect(302, 403, 303, 403, 403),
            Route.post("/app/saved-searches/{privateSearch}").as("private: not found by others")
                    .form(w -> Map.of("name", "Hernoemd " + w.unique, "version", 0))
                    .changes(w -> savedSearch(w.id("privateSearch"))).expect(302, 404, 303, 404, 404),
            Route.post("/app/saved-searches/{sharedSearch}/delete").changes(w -> savedSearch(w.id("sharedSearch")))
                    .expect(302, 403, 303, 403, 403),

            // Assessment, interviews and scorecards; OWN_MANAGER is the interviewer                   anon admin recr  own other
            Route.get("/app/assessments/{application}").expect(302, 200, 200, 200, 403),
            Route.get("/app/assessments/{application}/interviews/new").expect(302, 200, 200, 403, 403),
            Route.post("/app/assessments/{application}/interviews").as("incomplete form")
                    .changesNothing(w -> count(() -> Interview.count("application.id", w.application.id)))
                    .expect(302, 400, 400, 403, 403),
            Route.post("/app/assessments/{application}/interviews")
                    .form(w -> interviewForm(w.application, inDays(3), "10:00", "Kantoor Utrecht, zaal Dom", "",
                            List.of(Fixture.OWN_MANAGER.id), null))
                    .changes(w -> count(() -> Interview.count("application.id", w.application.id)))
                    .expect(302, 303, 303, 403, 403),
            Route.get("/api/assessments/{application}").expect(401, 200, 200, 200, 403),
            Route.get("/app/interviews/{interview}").expect(302, 200, 200, 403, 403),
            Route.post("/app/interviews/{interview}")
                    .form(w -> interviewForm(w.application, inDays(5), "14:00", "Kantoor Utrecht, zaal Dom", "",
                            List.of(Fixture.OWN_MANAGER.id), interviewVersion(w.id("interview"))))
                    .changes(w -> interview(w.id("interview"))).expect(302, 303, 303, 403, 403),
            Route.post("/app/interviews/{interview}/cancel").form(w -> Map.of("version", interviewVersion(w.id("interview"))))
                    .changes(w -> interview(w.id("interview"))).expect(302, 303, 303, 403, 403),
            Route.get("/app/interviews/{interview}/scorecard").expect(302, 403, 403, 200, 403),
            Route.post("/app/interviews/{interview}/scorecard")
                    .form(w -> Map.of("notes", "Rustig en concreet.", "intent", "save", "version", 0))
                    .changes(w -> count(() -> Scorecard.count("interview.id", w.id("interview"))))
                    .expect(302, 403, 403, 303, 403),
            Route.post("/app/interviews/{interview}/scorecard/autosave")
                    .form(w -> Map.of("notes", "Rustig en concreet.", "version", 0))
                    .changes(w -> count(() -> Scorecard.count("interview.id", w.id("interview"))))
                    .expect(302, 403, 403, 200, 403),
            Route.get("/app/interviews/{interview}/guide").expect(302, 200, 200, 200, 403),
            Route.post("/app/interviews/{interview}/scorecard/amend")
                    .form(w -> Map.of("amend-target", "recommendation", "amend-recommendation", "NO",
                            "amend-reason", "Na overleg met het team bijgesteld."))
                    .changes(w -> scorecard(w.id("submittedScorecard"))).expect(302, 403, 403, 303, 403),

            // Role-plays and practical tests: whoever may see the application on the board            anon admin recr  own other
            Route.get("/app/roleplays/new?application={application}").expect(302, 200, 200, 200, 403),
            Route.post("/app/roleplays").form(AccessMatrixTest::roleplayForm)
                    .changes(w -> count(() -> RoleplayResult.count("application.id", w.application.id)))
                    .expect(302, 303, 303, 303, 403),
            Route.post("/app/roleplays/tests")
                    .form(w -> Map.of("applicationId", w.application.id, "kind", "LANGUAGE", "language", "FR", "cefrLevel", "B2"))
                    .changes(w -> count(() -> PracticalTest.count("application.id", w.application.id)))
                    .expect(302, 303, 303, 303, 403),

            // Reference checks: recruiters ask and invite, the vacancy's hiring manager reads         anon admin recr  own other
            Route.get("/app/references/{application}").expect(302, 200, 200, 200, 403),
            Route.post("/app/references/{application}/start")
                    .changes(w -> count(() -> ReferenceCheck.count("application.id", w.application.id)))
                    .expect(302, 303, 303, 403, 403),
            Route.post("/app/references/{application}/referees/999999/invite").as("unknown referee").expect(302, 404, 404, 403, 403),
            Route.post("/app/references/{application}/referees/{referee}/invite").form(w -> Map.of("checkId", w.id("check")))
                    .changes(w -> referee(w.id("referee"))).expect(302, 303, 303, 403, 403),
            Route.post("/app/references/{application}/discussion")
                    .form(w -> Map.of("checkId", w.id("check"), "version", check(w.id("check")).get(1),
                            "response", "De kandidaat herkent het beeld."))
                    .changes(w -> check(w.id("check")))
                    .expect(302, 303, 303, 403, 403),
            Route.get("/api/reference-checks?application={application}").expect(401, 200, 200, 200, 403),
            Route.post("/api/reference-checks").form(w -> Map.of("applicationId", w.application.id))
                    .changes(w -> count(() -> ReferenceCheck.count("application.id", w.application.id)))
                    .expect(401, 201, 201, 403, 403),
            Route.post("/api/reference-checks/999999/referees/999999/invite").as("unknown referee").expect(401, 404, 404, 403, 403),
            Route.post("/api/reference-checks/{check}/referees/{referee}/invite").changes(w -> referee(w.id("referee")))
                    .expect(401, 200, 200, 403, 403),

            // Privacy: retention, purge and legal holds are the admin's                               anon admin recr  own other
            Route.get("/app/privacy").expect(302, 200, 403, 403, 403),
            Route.post("/app/privacy/terms").as("incomplete form").changesNothing(w -> retentionPolicy()).expect(302, 400, 403, 403, 403),
            Route.post("/app/privacy/purge").changes(w -> candidateExists(w.id("dueCandidate"))).expect(302, 303, 403, 403, 403),
            Route.post("/app/privacy/holds").form(w -> Map.of("candidateId", w.application.candidate.id, "reason", "Lopende klacht"))
                    .changes(w -> read(() -> LegalHold.isActive(w.application.candidate.id))).expect(302, 303, 403, 403, 403),
            Route.post("/app/privacy/holds/{hold}/lift").changes(w -> read(() -> LegalHold.<LegalHold> findById(w.id("hold")).liftedAt))
                    .expect(302, 303, 403, 403, 403),
            Route.get("/app/data-requests").expect(302, 200, 200, 403, 403),
            Route.post("/app/data-requests")
                    .form(w -> Map.of("candidateId", w.application.candidate.id, "kind", "EXPORT", "receivedOn", inDays(0).toString()))
                    .changes(w -> count(() -> DataRequest.count("candidate.id", w.application.candidate.id)))
                    .expect(302, 303, 303, 403, 403),
            Route.get("/app/talent-pool").expect(302, 200, 200, 403, 403),
            // Reports: every back-office role; a hiring manager's figures cover their own vacancies only
            Route.get("/app/reports").expect(302, 200, 200, 200, 200),
            Route.get("/app/reports/sources").expect(302, 200, 200, 200, 200),
            Route.get("/app/reports/sources.csv").expect(302, 200, 200, 200, 200),
            // Reports: interviewer calibration for every role; who is not admin sees their own figures only
            Route.get("/app/reports/calibration").expect(302, 200, 200, 200, 200),
            Route.get("/app/reports/calibration.csv").expect(302, 200, 200, 200, 200),
            Route.post("/app/talent-pool/consents/{poolConsent}/withdraw").changes(w -> consentWithdrawnAt(w.id("poolConsent")))
                    .expect(302, 303, 303, 403, 403),

            // Administration: users, stage templates, rejection reasons, audit log, outbox            anon admin recr  own other
            Route.get("/app/users").expect(302, 200, 403, 403, 403),
            Route.get("/app/users/new").expect(302, 200, 403, 403, 403),
            Route.post("/app/users").form(w -> userForm(w, "toegang" + w.unique, "een-lang-wachtwoord", null))
                    .changes(w -> count(() -> AppUser.count("username", "toegang" + w.unique))).expect(302, 303, 403, 403, 403),
            Route.get("/app/users/{user}/edit").expect(302, 200, 403, 403, 403),
            Route.post("/app/users/{user}").form(w -> userForm(w, null, "", user(w.id("user")).get(2)))
                    .changes(w -> user(w.id("user"))).expect(302, 303, 403, 403, 403),
            Route.post("/app/users/{user}/deactivate").changes(w -> user(w.id("user"))).expect(302, 303, 403, 403, 403),
            Route.post("/app/users/{inactiveUser}/activate").changes(w -> user(w.id("inactiveUser"))).expect(302, 303, 403, 403, 403),
            Route.get("/app/stage-templates").expect(302, 200, 403, 403, 403),
            Route.get("/app/stage-templates/{stageTemplate}").expect(302, 200, 403, 403, 403),
            Route.post("/app/stage-templates/{stageTemplate}")
                    .form(w -> Map.of("name", "Hernoemd " + w.unique, "version", stageTemplate(w.id("stageTemplate")).get(1),
                            "stageId", List.of(""), "stageName", List.of("Nieuw"), "stagePhase", List.of("RECEIVED"),
                            "stageOrder", List.of("1")))
                    .changes(w -> stageTemplate(w.id("stageTemplate"))).expect(302, 303, 403, 403, 403),
            Route.get("/app/rejection-reasons").expect(302, 200, 403, 403, 403),
            Route.get("/app/rejection-reasons/new").expect(302, 200, 403, 403, 403),
            Route.post("/app/rejection-reasons").as("incomplete form").changesNothing(w -> count(() -> RejectionReason.count()))
                    .expect(302, 400, 403, 403, 403),
            Route.post("/app/rejection-reasons").form(w -> reasonForm("Toegang " + w.unique, null))
                    .changes(w -> count(() -> RejectionReason.count("label.nl", "Toegang " + w.unique))).expect(302, 303, 403, 403, 403),
            Route.get("/app/rejection-reasons/{reason}").expect(302, 200, 403, 403, 403),
            Route.post("/app/rejection-reasons/{reason}").form(w -> reasonForm("Gewijzigd " + w.unique, reason(w.id("reason")).get(1)))
                    .changes(w -> reason(w.id("reason"))).expect(302, 303, 403, 403, 403),
            // Messages: admins keep the templates; whoever sees a candidate may write to them        anon admin recr  own other
            Route.get("/app/message-templates").expect(302, 200, 403, 403, 403),
            Route.get("/app/message-templates/new").expect(302, 200, 403, 403, 403),
            Route.post("/app/message-templates").form(w -> messageTemplateForm("Toegang " + w.unique, null))
                    .changes(w -> count(() -> MessageTemplate.count("name.nl", "Toegang " + w.unique))).expect(302, 303, 403, 403, 403),
            Route.get("/app/message-templates/{messageTemplate}").expect(302, 200, 403, 403, 403),
            Route.post("/app/message-templates/{messageTemplate}")
                    .form(w -> messageTemplateForm("Gewijzigd " + w.unique, messageTemplate(w.id("messageTemplate")).get(1)))
                    .changes(w -> messageTemplate(w.id("messageTemplate"))).expect(302, 303, 403, 403, 403),
            Route.post("/app/message-templates/{messageTemplate}/delete")
                    .changes(w -> count(() -> MessageTemplate.count("id", w.id("messageTemplate")))).expect(302, 303, 403, 403, 403),
            Route.get("/app/candidates/{candidate}/message").expect(302, 200, 200, 200, 403),
            Route.post("/app/candidates/{candidate}/message")
                    .form(w -> Map.of("composing", true, "templateId", w.id("messageTemplate"), "step", "send"))
                    .changes(w -> count(() -> CandidateMessage.count("candidate.id", w.application.candidate.id)))
                    .expect(302, 303, 303, 303, 403),
            Route.post("/app/vacancies/{vacancy}/board/message")
                    .form(w -> Map.of("ids", List.of(w.application.id), "composing", true, "templateId", w.id("messageTemplate"),
                            "step", "send"))
                    .changes(w -> count(() -> CandidateMessage.count("candidate.id", w.application.candidate.id)))
                    .expect(302, 303, 303, 303, 403),
            Route.get("/app/audit").expect(302, 200, 403, 403, 403),
            Route.get("/app/audit?type=candidate&entity={candidate}").expect(302, 200, 403, 403, 403),
            Route.get("/app/tags").expect(302, 200, 403, 403, 403),
            Route.get("/app/tags/new").expect(302, 200, 403, 403, 403),
            Route.post("/app/tags").form(w -> Map.of("name", "Toegang " + w.unique, "colour", "BLUE"))
                    .changes(w -> count(() -> Tag.count("nameKey", Tag.keyOf("Toegang " + w.unique)))).expect(302, 303, 403, 403, 403),
            Route.get("/app/tags/{tag}").expect(302, 200, 403, 403, 403),
            Route.post("/app/tags/{tag}").form(w -> Map.of("name", "Gewijzigd " + w.unique, "colour", "RED", "version", 0))
                    .changes(w -> count(() -> Tag.count("nameKey", Tag.keyOf("Gewijzigd " + w.unique)))).expect(302, 303, 403, 403, 403),
            Route.post("/app/tags/{tag}/delete").changes(w -> count(() -> Tag.count("id", w.id("tag")))).expect(302, 303, 403, 403, 403),
            Route.get("/app/mail").expect(302, 200, 403, 403, 403),
            Route.get("/app/mail/{failedMail}").expect(302, 200, 403, 403, 403),
            Route.post("/app/mail/{failedMail}/retry").changes(w -> mail(w.id("failedMail"))).expect(302, 303, 403, 403, 403),
            // Replies that matched no conversation
            Route.get("/app/replies").expect(302, 200, 403, 403, 403),
            Route.post("/app/replies/{unmatchedReply}/attach").form(w -> Map.of("candidate", String.valueOf(w.id("candidate"))))
                    .changes(w -> unmatchedReply(w.id("unmatchedReply"))).expect(302, 303, 403, 403, 403),
            Route.post("/app/replies/{unmatchedReply}/delete").changes(w -> unmatchedReply(w.id("unmatchedReply")))
                    .expect(302, 303, 403, 403, 403));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static final Map<Actor, WebSession> SESSIONS = new EnumMap<>(Actor.class);

    @Inject
    Outbox outbox;

    /**
     * The data one case works on, made fresh for it: a draft vacancy without a salary range, managed by OWN_MANAGER, with
     * one application. Everything else is made the first time a path, form or row asks for it by name.
     */
    final class World {

        final String unique = UUID.randomUUID().toString().substring(0, 8);
        final Vacancy vacancy = aVacancy().withoutSalary().managedBy(Fixture.OWN_MANAGER).persist();
        final Application application = anApplication().to(vacancy).persist();
        private final Map<String, Long> ids = new HashMap<>();

        long id(String name) {
            Long id = ids.get(name);
            if (id == null) {
                id = make(name);
                ids.put(name, id);
            }
            return id;
        }

        String resolve(String path) {
            Matcher placeholder = PLACEHOLDER.matcher(path);
            StringBuilder resolved = new StringBuilder();
            while (placeholder.find()) {
                placeholder.appendReplacement(resolved, String.valueOf(id(placeholder.group(1))));
            }
            return placeholder.appendTail(resolved).toString();
        }

        private long make(String name) {
            long applicationId = application.id;
            long candidateId = application.candidate.id;
            return switch (name) {
                case "vacancy" -> vacancy.id;
                case "application" -> applicationId;
                case "candidate" -> candidateId;
                case "completeDraft" -> aVacancy().managedBy(Fixture.OWN_MANAGER).persist().id;
                case "openVacancy" -> aVacancy().published().managedBy(Fixture.OWN_MANAGER).persist().id;
                case "closedVacancy" -> aVacancy().withStatus(VacancyStatus.CLOSED).managedBy(Fixture.OWN_MANAGER).persist().id;
                case "secondApplication" -> anApplication().to(vacancy).persist().id;
                case "stage" -> TestApplications.stagesOf(vacancy).get(1).id;
                case "document" -> read(() -> CandidateDocument.listForApplication(applicationId).get(0).id);
                case "competency" -> kit().get(0).id;
                case "question" -> kit().get(0).questions.get(0).id;
                case "interview" -> TestInterviews.plan(session(Actor.RECRUITER), application, List.of(Fixture.OWN_MANAGER)).id;
                case "submittedScorecard" -> submittedScorecard(id("interview"));
                case "check" -> referenceCheck();
                case "referee" -> {
                    id("check");
                    yield ids.get("referee");
                }
                case "dueCandidate" -> dueForPurge();
                case "hold" -> read(() -> {
                    LegalHold hold = new LegalHold();
                    hold.candidate = Candidate.findById(candidateId);
                    hold.reason = Sealed.text(candidateId, "Lopende klacht");
                    hold.placedBy = Fixture.ADMIN.id;
                    hold.placedAt = Instant.now();
                    hold.persist();
                    return hold.id;
                });
                case "duplicate" -> anApplication().to(aVacancy().managedBy(Fixture.OWN_MANAGER).persist()).persist().candidate.id;
                case "poolConsent" -> TestApplications.talentPoolConsent(application, Instant.now());
                case "failedMail" -> failedMail();
                case "unmatchedReply" -> read(() -> {
                    UnmatchedReply reply = new UnmatchedReply();
                    reply.fromAddress = "onbekend." + unique + "@voorbeeld.nl";
                    reply.toAddress = "werving@werving.example";
                    reply.subject = "Vraag " + unique;
                    reply.bodyText = "Hebben jullie werk?";
                    reply.receivedAt = Instant.now();
                    reply.storedAt = reply.receivedAt;
                    reply.messageKey = "toegang-" + UUID.randomUUID();
                    reply.persist();
                    return reply.id;
                });
                case "user" -> TestUsers.hiringManager().id;
                case "inactiveUser" -> {
                    long userId = TestUsers.hiringManager().id;
                    QuarkusTransaction.requiringNew().run(() -> AppUser.<AppUser> findById(userId).active = false);
                    yield userId;
                }
                case "stageTemplate" -> read(() -> {
                    StageTemplate template = new StageTemplate();
                    template.name = "Toegang " + unique;
                    TemplateStage stage = new TemplateStage();
                    stage.template = template;
                    stage.sortOrder = 1;
                    stage.name = "Nieuw";
                    stage.phase = StagePhase.RECEIVED;
                    template.stages.add(stage);
                    template.persist();
                    return template.id;
                });
                case "messageTemplate" -> read(() -> {
                    MessageTemplate template = new MessageTemplate();
                    template.name = new LocalizedText("Toegang " + unique, null, null);
                    template.subject = new LocalizedText("Over {vacancy}", null, null);
                    template.body = new LocalizedText("Beste {first_name}", null, null);
                    template.persist();
                    return template.id;
                });
                case "reason" -> read(() -> {
                    // Inactive, so no other test finds it among the reasons to reject with.
                    RejectionReason reason = new RejectionReason();
                    reason.label = new LocalizedText("Toegang " + unique, "Access " + unique, "Accès " + unique);
                    reason.sortOrder = 900;
                    reason.persist();
                    return reason.id;
                });
                case "tag" -> read(() -> {
                    Tag tag = new Tag();
                    tag.name = "Toegang " + unique;
                    tag.nameKey = Tag.keyOf(tag.name);
                    tag.colour = TagColour.GREY;
                    tag.persist();
                    return tag.id;
                });
                case "candidateTag" -> read(() -> {
                    CandidateTag link = new CandidateTag();
                    link.candidate = Candidate.findById(candidateId);
                    link.label = Arc.container().instance(CandidateKeys.class).get().encryptText(candidateId, "Vrij " + unique);
                    link.labelKey = CandidateTag.labelKeyOf("Vrij " + unique);
                    link.addedAt = Instant.now();
                    link.persist();
                    return link.id;
                });
                case "sharedSearch", "privateSearch" -> read(() -> {
                    SavedSearch search = new SavedSearch();
                    search.ownerId = Fixture.RECRUITER.id;
                    search.name = "Toegang " + unique;
                    search.query = "tag=Frans";
                    search.shared = name.equals("sharedSearch");
                    search.createdAt = Instant.now();
                    search.persist();
                    return search.id;
                });
                default -> throw new IllegalArgumentException("Nothing called " + name + " to make");
            };
        }

        /** The vacancy's interview kit, copied from the default as the kit page does on first visit. */
        private List<Competency> kit() {
            session(Actor.RECRUITER).get("/app/vacancies/" + vacancy.id + "/kit").then().statusCode(200);
            return TestInterviews.kitOf(vacancy);
        }

        /** OWN_MANAGER's submitted scorecard for the interview, advising yes. */
        private long submittedScorecard(long interviewId) {
            return read(() -> {
                Interview interview = Interview.findById(interviewId);
                Scorecard scorecard = new Scorecard();
                scorecard.interview = interview;
                scorecard.application = interview.application;
                scorecard.interviewer = AppUser.findById(Fixture.OWN_MANAGER.id);
                scorecard.status = ScorecardStatus.SUBMITTED;
                scorecard.recommendation = Recommendation.YES;
                scorecard.createdAt = Instant.now();
                scorecard.submittedAt = scorecard.createdAt;
                scorecard.persist();
                return scorecard.id;
            });
        }

        /**
         * A check on the application where the candidate named two referees with consent: one not yet asked (kept as
         * "referee"), one who already answered, so there are findings to discuss.
         */
        private long referenceCheck() {
            long applicationId = application.id;
            long[] made = read(() -> {
                Application found = Application.findById(applicationId);
                Instant now = Instant.now();
                ReferenceCheck check = new ReferenceCheck();
                check.application = found;
                check.candidate = found.candidate;
                check.status = ReferenceCheckStatus.NAMED;
                check.requestedBy = Fixture.RECRUITER.id;
                check.requestedAt = now;
                check.answeredAt = now;
                check.persist();
                Referee named = referee(check, 1, RefereeStatus.NAMED);
                Referee answered = referee(check, 2, RefereeStatus.ANSWERED);
                answered.respondedAt = now;
                answered.wouldWorkAgain = WorkAgain.YES;
                ReferenceChecks.recordConsent(named, now);
                ReferenceChecks.recordConsent(answered, now);
                return new long[] { check.id, named.id };
            });
            ids.put("referee", made[1]);
            return made[0];
        }

        /** A candidate rejected more than a year ago, whom the next purge takes. */
        private long dueForPurge() {
            Application ended = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
            Instant longAgo = Instant.now().minus(Duration.ofDays(400));
            QuarkusTransaction.requiringNew().run(() -> {
                Application found = Application.findById(ended.id);
                found.appliedAt = longAgo;
                found.stageEnteredAt = longAgo;
                found.endedAt = longAgo;
                found.candidate.createdAt = longAgo;
            });
            return ended.candidate.id;
        }

        private long failedMail() {
            String address = "mislukt." + unique + "@voorbeeld.nl";
            return read(() -> {
                outbox.enqueue(new Outbox.Mail("test", address, "Uitnodiging gesprek", "<p>Hallo</p>", "Hallo", null));
                OutboxMail mail = OutboxMail.<OutboxMail> find("recipientKey", OutboxMail.keyOf(address)).singleResult();
                mail.status = MailStatus.FAILED;
                mail.attempts = 12;
                return mail.id;
            });
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Actor actor : Actor.values()) {
                cases.add(Arguments.of(route, actor, route.expected()[actor.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void answersAccordingToRole(Route route, Actor actor, int expected) {
        World world = new World();
        String path = world.resolve(route.path());
        Map<String, ?> form = route.form().apply(world);
        Object before = route.probe() == null ? null : route.probe().apply(world);

        Response response = route.isApi() ? callApi(route.method(), path, form, actor) : callPage(route.method(), path, form, actor);

        assertEquals(expected, response.statusCode(), route + " as " + actor);
        if (expected == 403 && !route.isApi()) {
            response.then().body(containsString("Geen toegang")).body(not(containsString("Exception")));
        }
        if (actor == Actor.ANONYMOUS && !route.isApi()) {
            response.then().header("Location", containsString("/login"));
        }
        if (route.probe() != null) {
            Object after = route.probe().apply(world);
            if (route.effective() && (expected == 200 || expected == 201 || expected == 303)) {
                assertNotEquals(before, after, route + " as " + actor + " did what it was asked");
            } else {
                assertEquals(before, after, route + " as " + actor + " changed nothing");
            }
        }
        assertEquals(VacancyStatus.DRAFT, TestVacancies.reload(world.vacancy.id).status);
    }

    private static Response callPage(String method, String path, Map<String, ?> form, Actor actor) {
        WebSession session = session(actor);
        return "GET".equals(method) ? session.get(path) : session.post(path, form);
    }

    private static Response callApi(String method, String path, Map<String, ?> body, Actor actor) {
        AppUser user = Fixture.user(actor);
        RequestSpecification request = given().contentType(ContentType.JSON);
        if (user != null) {
            request = request.auth().preemptive().basic(user.username, TestUsers.PASSWORD);
        }
        return switch (method) {
            case "GET" -> request.get(path);
            case "PUT" -> request.body(body).put(path);
            default -> body.isEmpty() ? request.post(path) : request.body(body).post(path);
        };
    }

    /** One logged-in session per role for the whole matrix; anonymous visitors start afresh each time. */
    private static WebSession session(Actor actor) {
        AppUser user = Fixture.user(actor);
        if (user == null) {
            return WebSession.anonymous();
        }
        return SESSIONS.computeIfAbsent(actor, unused -> WebSession.as(user));
    }

    @Test
    void hiringManagerListsOnlyOwnVacancies() {
        Vacancy own = aVacancy().managedBy(Fixture.OWN_MANAGER).persist();
        Vacancy other = aVacancy().managedBy(Fixture.OTHER_MANAGER).persist();

        WebSession.as(Fixture.OWN_MANAGER).get("/app/vacancies").then().statusCode(200)
                .body(containsString(own.title))
                .body(not(containsString(other.title)))
                .body(not(containsString("Nieuwe vacature")));
        given().auth().preemptive().basic(Fixture.OWN_MANAGER.username, TestUsers.PASSWORD).get("/api/vacancies")
                .then().statusCode(200)
                .body(containsString(own.title))
                .body(not(containsString(other.title)));
    }

    @Test
    void candidateSearchFindsOnlyWhatTheUserMaySee() {
        World world = new World();
        String name = read(() -> Candidate.<Candidate> findById(world.application.candidate.id).fullName());
        String link = "/app/candidates/" + world.application.candidate.id;

        session(Actor.OWN_MANAGER).request().queryParam("q", name).get("/app/candidates").then().statusCode(200).body(containsString(link));
        session(Actor.RECRUITER).request().queryParam("q", name).get("/app/candidates").then().statusCode(200).body(containsString(link));
        session(Actor.OTHER_MANAGER).request().queryParam("q", name).get("/app/candidates").then().statusCode(200)
                .body(not(containsString(link)));
    }

    @Test
    void talentPoolWithdrawalReachesOnlyTalentPoolConsents() {
        World world = new World();
        long refereeId = world.id("referee");
        long refereeConsent = read(() -> ConsentRecord.<ConsentRecord> find("refereeId", refereeId).singleResult().id);

        session(Actor.RECRUITER).post("/app/talent-pool/consents/" + refereeConsent + "/withdraw").then().statusCode(404);

        assertNull(consentWithdrawnAt(refereeConsent), "a referee's consent is the candidate's to withdraw, from their status page");
        session(Actor.RECRUITER).post("/app/references/" + world.application.id + "/referees/" + refereeId + "/invite",
                Map.of("checkId", world.id("check"))).then().statusCode(303);
        assertEquals(RefereeStatus.INVITED, referee(refereeId).get(0), "the referee can still be asked");
    }

    @Test
    void hiringManagerReachesOnlyTheFilesAndApplicationsOfTheirOwnVacancy() {
        World world = new World();
        Vacancy theirs = aVacancy().published().managedBy(Fixture.OTHER_MANAGER).persist();
        long[] elsewhere = applyAgain(world.application.candidate.id, theirs);
        long candidateId = world.application.candidate.id;
        long ownCv = world.id("document");
        WebSession manager = session(Actor.OWN_MANAGER);

        manager.get("/app/candidates/" + candidateId + "/documents/" + ownCv).then().statusCode(200);
        manager.get("/app/candidates/" + candidateId + "/documents/" + elsewhere[1]).then().statusCode(404);
        manager.get("/app/candidates/" + candidateId).then().statusCode(200)
                .body(containsString(world.vacancy.title))
                .body(not(containsString(theirs.title)));
        long notes = count(() -> CandidateNote.count("candidate.id", candidateId));
        manager.post("/app/candidates/" + candidateId + "/notes", Map.of("body", "Hoort hier niet.", "applicationId", elsewhere[0]))
                .then().statusCode(404);
        assertEquals(notes, count(() -> CandidateNote.count("candidate.id", candidateId)));

        // The other manager sees this candidate through their own vacancy: the CV sent to ours does not exist for them.
        session(Actor.OTHER_MANAGER).get("/app/candidates/" + candidateId + "/documents/" + elsewhere[1]).then().statusCode(200);
        session(Actor.OTHER_MANAGER).get("/app/candidates/" + candidateId + "/documents/" + ownCv).then().statusCode(404);
    }

    @Test
    void bulkActionsOnAVacancyLeaveOtherVacanciesApplicationsAlone() {
        World world = new World();
        Application elsewhere = anApplication().to(aVacancy().managedBy(Fixture.OTHER_MANAGER).persist()).persist();
        List<Object> before = application(elsewhere.id);
        String bulk = "/app/vacancies/" + world.vacancy.id + "/board/bulk";

        session(Actor.RECRUITER).post(bulk, Map.of("ids", List.of(world.application.id, elsewhere.id), "action", "move",
                "toStageId", world.id("stage"), "confirmed", true)).then().statusCode(303);
        session(Actor.RECRUITER).post(bulk, Map.of("ids", List.of(elsewhere.id), "action", "reject", "reasonId", 1, "timing", "NOW",
                "confirmed", true))
                .then().statusCode(303);

        assertEquals(before, application(elsewhere.id));
        assertEquals(world.id("stage"), application(world.application.id).get(0));
    }

    @Test
    void hiringManagerChangesOnlyTheKitOfTheirOwnVacancy() {
        World theirs = new World();
        long foreignQuestion = theirs.id("question");
        long foreignCompetency = theirs.id("competency");
        Object competencyBefore = read(() -> Competency.<Competency> findById(foreignCompetency).name.nl());
        Vacancy own = aVacancy().managedBy(Fixture.OTHER_MANAGER).persist();
        WebSession manager = session(Actor.OTHER_MANAGER);
        String kit = "/app/vacancies/" + own.id + "/kit";

        manager.post(kit + "/questions/" + foreignQuestion + "/delete").then().statusCode(404);
        manager.post(kit + "/competencies/" + foreignCompetency, competencyForm()).then().statusCode(303);
        manager.post(kit + "/competencies/" + foreignCompetency + "/delete").then().statusCode(303);

        assertEquals(1L, count(() -> InterviewQuestion.count("id", foreignQuestion)));
        assertEquals(1L, count(() -> Competency.count("id", foreignCompetency)));
        assertEquals(competencyBefore, read(() -> Competency.<Competency> findById(foreignCompetency).name.nl()));
    }

    @Test
    void anInterviewerAmendsOnlyTheirOwnScorecard() {
        World world = new World();
        long interviewId = world.id("interview");
        long scorecardId = world.id("submittedScorecard");
        AppUser colleague = TestUsers.hiringManager();
        Map<String, Object> panel = interviewForm(world.application, inDays(3), "10:00", "Kantoor Utrecht, zaal Dom", "",
                List.of(Fixture.OWN_MANAGER.id, colleague.id), interviewVersion(interviewId));
        session(Actor.RECRUITER).post("/app/interviews/" + interviewId, panel).then().statusCode(303);
        List<Object> before = scorecard(scorecardId);

        WebSession.as(colleague).post("/app/interviews/" + interviewId + "/scorecard/amend", Map.of("amend-target", "recommendation",
                "amend-recommendation", "STRONG_NO", "amend-reason", "Niet mijn scorekaart.")).then().statusCode(404);

        assertEquals(before, scorecard(scorecardId));
    }

    // Forms

    /**
     * A complete vacancy without a salary range, as form or JSON; with a version it is a change of an existing one that keeps
     * its hiring manager.
     */
    private static Map<String, Object> vacancy(World world, Object version) {
        Map<String, Object> vacancy = new HashMap<>(Map.of("title", "Toegang " + world.unique, "city", "Delft", "country", "NL",
                "workModel", "ON_SITE", "contractType", "PERMANENT", "openings", 1, "hoursMin", 20, "hoursMax", 30));
        if (version != null) {
            vacancy.put("version", version);
            vacancy.put("hiringManagerId", Fixture.OWN_MANAGER.id);
        }
        return vacancy;
    }

    private static Map<String, Object> competencyForm() {
        return Map.of("nameNl", "Klantgerichtheid anders", "descriptionNl", "Zet de klant centraal.",
                "anchor1Nl", "Volgt het script.", "anchor3Nl", "Luistert en lost op.", "anchor5Nl", "Voorkomt de volgende vraag.");
    }

    /** The vacancy's stages as they are, and a new one at the end. */
    private static Map<String, Object> stagesFormWithTypingTest(World world) {
        List<Object> ids = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        List<Object> phases = new ArrayList<>();
        List<Object> orders = new ArrayList<>();
        for (Stage stage : TestApplications.stagesOf(world.vacancy)) {
            ids.add(stage.id);
            names.add(stage.name);
            phases.add(stage.phase);
            orders.add(orders.size() + 1);
        }
        ids.add("");
        names.add("Typetest");
        phases.add(StagePhase.INTERVIEWS);
        orders.add(orders.size() + 1);
        return Map.of("stageId", ids, "stageName", names, "stagePhase", phases, "stageOrder", orders);
    }

    private static Map<String, Object> roleplayForm(World world) {
        long scenario = read(() -> RoleplayScenario.<RoleplayScenario> find("sortOrder", 1).firstResult().id);
        Map<String, Object> form = new HashMap<>();
        form.put("applicationId", world.application.id);
        form.put("scenarioId", scenario);
        for (String criterion : List.of("tone", "wordChoice", "patience", "listening", "deEscalation", "solution")) {
            form.put(criterion, 3);
        }
        form.put("durationMinutes", 12);
        form.put("verdict", "DOUBT");
        form.put("notes", "Bleef rustig, vatte niet samen.");
        return form;
    }

    /** A new user's form (with a user name) or a change of an existing one (with its version). */
    private static Map<String, Object> userForm(World world, String username, String password, Object version) {
        Map<String, Object> form = new HashMap<>();
        if (username != null) {
            form.put("username", username);
        }
        form.put("displayName", "Toegang Getest");
        form.put("email", "toegang." + world.unique + "@voorbeeld.nl");
        form.put("roles", List.of(Roles.HIRING_MANAGER));
        form.put("password", password);
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    /** An inactive reason's form: inactive, so no other test finds it among the reasons to reject with. */
    private static Map<String, Object> reasonForm(String labelNl, Object version) {
        Map<String, Object> form = new HashMap<>(Map.of("labelNl", labelNl, "labelEn", "Access", "labelFr", "Accès", "sortOrder", 900));
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    private static Map<String, Object> messageTemplateForm(String nameNl, Object version) {
        Map<String, Object> form = new HashMap<>(Map.of("nameNl", nameNl, "subjectNl", "Over {vacancy}", "bodyNl",
                "Beste {first_name}"));
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    // Rows as the database has them now

    private static <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    private static long count(Callable<Long> query) {
        return read(query);
    }

    private static List<Object> state(Object... values) {
        return Arrays.asList(values);
    }

    /** Status, title, version, hiring manager. */
    private static List<Object> vacancy(long id) {
        return read(() -> {
            Vacancy vacancy = Vacancy.findById(id);
            return state(vacancy.status, vacancy.title, vacancy.version, vacancy.hiringManager == null ? null : vacancy.hiringManager.id);
        });
    }

    private static long vacanciesTitled(String title) {
        return count(() -> Vacancy.count("title", title));
    }

    private static List<String> stageNames(long vacancyId) {
        return read(() -> Stage.listForVacancy(vacancyId).stream().map(stage -> stage.name).toList());
    }

    /** Stage, status, version. */
    private static List<Object> application(long id) {
        return read(() -> {
            Application application = Application.findById(id);
            return state(application.stage.id, application.status, application.version);
        });
    }

    /** Merges the case's candidate with another of the same manager's, keeping the case's one. */
    private static Map<String, Object> merge(World world) {
        long candidate = world.application.candidate.id;
        long duplicate = world.id("duplicate");
        return Map.of("with", duplicate, "keep", candidate, "confirm", true,
                "version", read(() -> Candidate.<Candidate> findById(candidate).version),
                "otherVersion", read(() -> Candidate.<Candidate> findById(duplicate).version));
    }

    private static boolean candidateExists(long id) {
        return read(() -> Candidate.findById(id) != null);
    }

    /** Status, start, version. */
    private static List<Object> interview(long id) {
        return read(() -> {
            Interview interview = Interview.findById(id);
            return state(interview.status, interview.startsAt, interview.version);
        });
    }

    private static long interviewVersion(long id) {
        return read(() -> Interview.<Interview> findById(id).version);
    }

    /** Recommendation, version, number of amendments. */
    private static List<Object> scorecard(long id) {
        return read(() -> {
            Scorecard scorecard = Scorecard.findById(id);
            return state(scorecard.recommendation, scorecard.version, ScorecardAmendment.count("scorecard.id", id));
        });
    }

    /** Status, invited at. */
    private static List<Object> referee(long id) {
        return read(() -> {
            Referee referee = Referee.findById(id);
            return state(referee.status, referee.invitedAt);
        });
    }

    /** Discussed at, version. */
    private static List<Object> check(long id) {
        return read(() -> {
            ReferenceCheck check = ReferenceCheck.findById(id);
            return state(check.discussedAt, check.version);
        });
    }

    private static Instant consentWithdrawnAt(long id) {
        return read(() -> ConsentRecord.<ConsentRecord> findById(id).withdrawnAt);
    }

    private static List<List<Object>> retentionPolicy() {
        return read(() -> RetentionPolicy.<RetentionPolicy> listAll().stream()
                .map(policy -> state(policy.version, policy.retentionDays, policy.talentPoolMonths)).toList());
    }

    /** Display name, active, version. */
    private static List<Object> user(long id) {
        return read(() -> {
            AppUser user = AppUser.findById(id);
            return state(user.displayName, user.active, user.version);
        });
    }

    /** Name, version. */
    private static List<Object> stageTemplate(long id) {
        return read(() -> {
            StageTemplate template = StageTemplate.findById(id);
            return state(template.name, template.version);
        });
    }

    /** Dutch label, version. */
    /** Name, sharing, or gone. */
    private static List<Object> savedSearch(long id) {
        return read(() -> {
            SavedSearch search = SavedSearch.findById(id);
            return search == null ? state("gone") : state(search.name, search.shared);
        });
    }

    private static List<Object> reason(long id) {
        return read(() -> {
            RejectionReason reason = RejectionReason.findById(id);
            return state(reason.label.nl(), reason.version);
        });
    }

    /** Whether the unattached reply is still there. */
    private static Long unmatchedReply(long id) {
        return read(() -> UnmatchedReply.count("id", id));
    }

    /** Name, version. */
    private static List<Object> messageTemplate(long id) {
        return read(() -> {
            MessageTemplate template = MessageTemplate.findById(id);
            return state(template.name.nl(), template.version);
        });
    }

    /** Status, attempts. */
    private static List<Object> mail(long id) {
        return read(() -> {
            OutboxMail mail = OutboxMail.findById(id);
            return state(mail.status, mail.attempts);
        });
    }

    // Builders for what no shared builder makes

    private static Referee referee(ReferenceCheck check, int position, RefereeStatus status) {
        Referee referee = new Referee();
        referee.check = check;
        referee.position = position;
        Arc.container().instance(ReferenceTexts.class).get().name(referee, "Referent " + position,
                "referent." + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl", null, "Pakketpunt Zuid B.V.", "2022–2024");
        referee.relationship = Relationship.MANAGER;
        referee.status = status;
        referee.persist();
        check.referees.add(referee);
        return referee;
    }

    /** The same candidate applies to another vacancy with a CV; the application's id and the CV's. */
    private static long[] applyAgain(long candidateId, Vacancy vacancy) {
        return read(() -> {
            Application application = new Application();
            application.vacancy = Vacancy.findById(vacancy.id);
            application.candidate = Candidate.findById(candidateId);
            application.stage = Stage.listForVacancy(vacancy.id).get(0);
            application.status = ApplicationStatus.ACTIVE;
            application.source = SourceChannel.SITE;
            application.appliedAt = Instant.now();
            application.stageEnteredAt = application.appliedAt;
            application.persist();
            CandidateDocument cv = new CandidateDocument();
            cv.candidate = application.candidate;
            cv.applicationId = application.id;
            cv.kind = DocumentKind.CV;
            cv.fileName = Sealed.text(application.candidate.id, "cv-tweede-sollicitatie.pdf");
            cv.contentType = "application/pdf";
            cv.content = TestFiles.pdf();
            cv.sizeBytes = cv.content.length;
            cv.createdAt = Instant.now();
            cv.persist();
            return new long[] { application.id, cv.id };
        });
    }
}
