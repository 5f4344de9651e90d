package nl.werving.home;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.werving.identity.AppUser;

/** A user who asked for the daily digest of their home page; the row goes with the user. */
@Entity
@Table(name = "home_digest")
public class HomeDigest extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    public Instant subscribedAt;

    public static boolean isOn(long userId) {
        return count("userId", userId) > 0;
    }

    /** Active users with an address who asked for the digest. */
    public static List<AppUser> subscribers() {
        return getEntityManager().createQuery("""
                select u from AppUser u where u.active = true and u.email is not null and u.email <> ''
                and u.id in (select d.userId from HomeDigest d) order by u.id""", AppUser.class).getResultList();
    }
}
