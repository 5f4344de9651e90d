package nl.werving.screening;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.screening.Screening.KnockedOut;
import nl.werving.screening.Screening.QuestionRow;
import nl.werving.screening.Screening.ReadyMade;
import nl.werving.screening.Screening.ReviewRequest;
import nl.werving.screening.Screening.RuleRow;
import nl.werving.screening.Screening.Version;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/**
 * A vacancy's screening questions and knock-out rules (the recruiter's editor), with the applications they knocked out
 * (undo while the mail waits) and the candidates who asked for a person's review.
 */
@Path("/app/vacancies/{id}/screening")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class ScreeningResource {

    /** Empty rows under the rules in force, for new ones. */
    static final int NEW_RULE_ROWS = 2;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance screening(Vacancy vacancy, List<QuestionRow> questions, List<ReadyMade> readyMade,
                QuestionForm questionForm, FormErrors questionErrors, int ruleVersion, List<RuleRow> rules, FormErrors ruleErrors,
                String rulesError, List<Version> history, List<KnockedOut> knockedOut, List<ReviewRequest> reviews);
    }

    @Inject
    ScreeningService screening;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance page(@RestPath long id) {
        int version = screening.currentVersion(id);
        return render(id, new QuestionForm(), FormErrors.none(), version, withBlankRows(screening.ruleRows(id, locale.get())), FormErrors.none(), null);
    }

    @POST
    @Path("questions/ready")
    public Response addReadyMade(@RestPath long id, @RestForm ScreeningKind kind, @RestForm Language language,
            @RestForm boolean withRule) {
        screening.addReadyMade(id, kind, language, withRule);
        flash.success(messages().questionAdded());
        return back(id, "questions");
    }

    @POST
    @Path("questions")
    public Response addOwn(@RestPath long id, @BeanParam QuestionForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                screening.addOwn(id, form);
                flash.success(messages().questionAdded());
                return back(id, "questions");
            } catch (RuleViolation e) {
                if (!"options-required".equals(e.code())) {
                    throw e;
                }
                errors.add("optionsNl", messages().optionsRequired());
            }
        }
        int version = screening.currentVersion(id);
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(render(id, form, errors, version, withBlankRows(screening.ruleRows(id, locale.get())), FormErrors.none(), null)).build();
    }

    @POST
    @Path("questions/{questionId}/delete")
    public Response deleteQuestion(@RestPath long id, @RestPath long questionId) {
        try {
            screening.deleteQuestion(id, questionId);
            flash.success(messages().questionDeleted());
        } catch (RuleViolation inUse) {
            if (!"question-in-use".equals(inUse.code())) {
                throw inUse;
            }
            flash.error(messages().questionInUse());
        }
        return back(id, "questions");
    }

    @POST
    @Path("rules")
    public Response saveRules(@RestPath long id, @RestForm Integer baseVersion, @RestForm List<String> question,
            @RestForm List<String> operator, @RestForm List<String> value) {
        List<RuleRow> rows = new ArrayList<>();
        int count = question == null ? 0 : question.size();
        for (int i = 0; i < count; i++) {
            rows.add(new RuleRow(question.get(i), at(operator, i), at(value, i)));
        }
        try {
            int before = screening.currentVersion(id);
            int saved = screening.saveRules(id, baseVersion, rows);
            flash.success(saved == before ? messages().rulesUnchanged() : messages().rulesSaved(saved));
            return back(id, "rules");
        } catch (ScreeningService.RulesRefused refused) {
            FormErrors errors = FormErrors.none();
            for (Map.Entry<String, String> code : refused.codes().entrySet()) {
                errors.add(code.getKey(), switch (code.getValue()) {
                    case "question-deleted" -> messages().ruleQuestionDeleted();
                    case "operator-invalid" -> messages().ruleOperatorInvalid();
                    default -> messages().ruleValueInvalid();
                });
            }
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(render(id, new QuestionForm(), FormErrors.none(), baseVersion == null ? 0 : baseVersion, rows, errors, null))
                    .build();
        } catch (OptimisticLockException conflict) {
            return Response.status(Response.Status.CONFLICT).entity(render(id, new QuestionForm(), FormErrors.none(),
                    screening.currentVersion(id), withBlankRows(screening.ruleRows(id, locale.get())), FormErrors.none(), messages().rulesConflict()))
                    .build();
        }
    }

    @POST
    @Path("knockouts/{applicationId}/undo")
    public Response undo(@RestPath long id, @RestPath long applicationId) {
        if (screening.undo(id, applicationId)) {
            flash.success(messages().undone());
        } else {
            flash.error(messages().undoTooLate());
        }
        return back(id, "knocked-out");
    }

    private TemplateInstance render(long id, QuestionForm form, FormErrors questionErrors, int version, List<RuleRow> rules,
            FormErrors ruleErrors, String rulesError) {
        Vacancy vacancy = screening.vacancy(id);
        return Templates.screening(vacancy, screening.questionRows(id, locale.get()), screening.readyMade(id, locale.get()), form,
                questionErrors, version, rules, ruleErrors, rulesError, screening.history(id), screening.knockedOut(id, locale.get()),
                screening.reviewRequests(id, locale.get()));
    }

    private static List<RuleRow> withBlankRows(List<RuleRow> rows) {
        List<RuleRow> all = new ArrayList<>(rows);
        for (int i = 0; i < NEW_RULE_ROWS; i++) {
            all.add(new RuleRow("", "", ""));
        }
        return all;
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : null;
    }

    private static Response back(long id, String anchor) {
        return Response.seeOther(URI.create("/app/vacancies/" + id + "/screening#" + anchor)).build();
    }

    private ScreeningMessages messages() {
        return locale.bundle(ScreeningMessages.class);
    }
}
