package nl.werving.demo;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import nl.werving.identity.DemoLogins;
import nl.werving.identity.UserService;
import nl.werving.pipeline.Application;
import nl.werving.vacancy.Vacancy;

/**
 * Fills an empty database with the demo data of the invented employer Klantkracht Groep, one feature after the other:
 * users, vacancies, candidates with their applications, assessments of Emma Peeters and her references. Runs only with
 * werving.demo.enabled (dev mode); people and companies are made up. A production build does not contain this bean
 * at all, so no configuration can give it users with the password {@code demo}.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
public class DemoData implements DemoLogins {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PASSWORD = "demo";

    private final DemoConfig config;
    private final UserService users;
    private final DemoUsers demoUsers;
    private final DemoVacancies vacancies;
    private final DemoApplications applications;
    private final DemoAssessments assessments;
    private final DemoReferences references;
    private final DemoHome home;

    public DemoData(DemoConfig config, UserService users, DemoUsers demoUsers, DemoVacancies vacancies,
            DemoApplications applications, DemoAssessments assessments, DemoReferences references, DemoHome home) {
        this.config = config;
        this.users = users;
        this.demoUsers = demoUsers;
        this.vacancies = vacancies;
        this.applications = applications;
        this.assessments = assessments;
        this.references = references;
        this.home = home;
    }

    @Override
    public boolean available() {
        return config.enabled();
    }

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent start) {
        if (!config.enabled() || users.hasUsers()) {
            return;
        }
        DemoUsers.Team team = demoUsers.register(PASSWORD);
        LOG.infof("Demo data: users %s, %s, %s (password '%s')", team.admin().username, team.recruiter().username,
                team.manager().username, PASSWORD);
        List<Vacancy> open = vacancies.create(team);
        List<Application> created = applications.create(open, team.recruiter());
        Application emma = created.get(DemoApplications.EMMA);
        assessments.create(emma, created.get(DemoApplications.YARA), team);
        references.create(emma, team.recruiter());
        home.create(open);
    }
}
