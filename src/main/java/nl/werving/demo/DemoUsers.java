package nl.werving.demo;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.identity.UserService;

/** The back-office users of the demo: the three logins the README names, and a colleague for each of two roles. */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoUsers {

    /** Who the rest of the demo data assigns vacancies, interviews and reference checks to. */
    record Team(AppUser admin, AppUser recruiter, AppUser manager, AppUser secondRecruiter, AppUser secondManager) {
    }

    private final UserService users;

    DemoUsers(UserService users) {
        this.users = users;
    }

    Team register(String password) {
        AppUser admin = users.register("admin", "Mirjam Hoekstra", "mirjam.hoekstra@klantkracht.example", Set.of(Roles.ADMIN), password);
        AppUser recruiter = users.register("recruiter", "Jeroen van Dalen", "jeroen.vandalen@klantkracht.example", Set.of(Roles.RECRUITER), password);
        AppUser manager = users.register("manager", "Sofie Claes", "sofie.claes@klantkracht.example", Set.of(Roles.HIRING_MANAGER), password);
        AppUser secondRecruiter = users.register("naima", "Naima El Idrissi", "naima.elidrissi@klantkracht.example", Set.of(Roles.RECRUITER), password);
        AppUser secondManager = users.register("bart", "Bart Wouters", "bart.wouters@klantkracht.example", Set.of(Roles.HIRING_MANAGER), password);
        return new Team(admin, recruiter, manager, secondRecruiter, secondManager);
    }
}
