package nl.werving.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/** A back-office user: admin, recruiter or hiring manager. Candidates never log in. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntity {

    public String username;

    /** Bcrypt hash in modular crypt format. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated, see {@link nl.werving.identity.Roles}. */
    public String roles;

    public String displayName;

    public String email;

    public boolean active;

    /** The language of the mails Werving sends this user ({@code nl}, {@code en}, {@code fr}); {@code null} reads Dutch. */
    public String language;

    public Instant createdAt;

    @Version
    public long version;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<AppUser> listAllByName() {
        return listAll(Sort.by("displayName").and("id"));
    }

    /** The active users among these ids. */
    public static List<AppUser> listActive(Collection<Long> ids) {
        return list("id in ?1 and active = true", ids);
    }

    public static List<AppUser> listActiveByName() {
        return list("active", Sort.by("displayName").and("id"), true);
    }

    /** Active users with the role; a handful of people, so the role is matched in memory. */
    public static List<AppUser> listActiveWithRole(String role) {
        return listActiveByName().stream()
                .filter(user -> user.hasRole(role))
                .toList();
    }

    public Set<String> roleSet() {
        if (roles == null || roles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(",")).map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void assignRoles(Set<String> newRoles) {
        roles = Roles.ALL.stream().filter(newRoles::contains).collect(Collectors.joining(","));
    }

    public boolean hasRole(String role) {
        return roleSet().contains(role);
    }

    /** The language of the mails to this user: their own choice, else Dutch. */
    public Locale mailLocale() {
        return Locale.forLanguageTag(language == null || language.isBlank() ? "nl" : language);
    }

    /** The user has an address Werving can mail to. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** Remembers the language the user chose, without touching the version an admin's edit form carries. */
    public static void rememberLanguage(long userId, String language) {
        update("language = ?1 where id = ?2", language, userId);
    }
}
