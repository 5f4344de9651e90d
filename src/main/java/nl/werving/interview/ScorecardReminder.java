package nl.werving.interview;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The reminder an interviewer got about a scorecard still open a day after the interview. The key is the interview and the
 * interviewer, so there is never a second one. Ids and a time only, no personal data: it stays when the candidate goes.
 */
@Entity
@Table(name = "scorecard_reminder")
@IdClass(ScorecardReminder.Key.class)
public class ScorecardReminder extends PanacheEntityBase {

    @Id
    @Column(name = "interview_id")
    public Long interviewId;

    @Id
    @Column(name = "user_id")
    public Long userId;

    public Instant sentAt;

    /** An interviewer to remind about one interview. */
    public record Due(long interviewId, long userId) {
    }

    /**
     * Interviewers of interviews not called off that ended between {@code endedAfter} and {@code endedBefore}, still
     * without their submitted scorecard and not reminded yet; active colleagues with an address only, and only while the
     * candidate is still there to assess.
     */
    static List<Due> due(Instant endedBefore, Instant endedAfter) {
        return getEntityManager().createQuery("""
                select new nl.werving.interview.ScorecardReminder$Due(i.id, u.id)
                from Interview i join i.interviewers u join i.application a
                where i.status = :scheduled and a.candidate is not null and u.active = true and u.email is not null and u.email <> ''
                    and %1$s <= :endedBefore and %1$s > :endedAfter
                    and not exists (select 1 from Scorecard s where s.interview = i and s.interviewer = u and s.status = :submitted)
                    and not exists (select 1 from ScorecardReminder r where r.interviewId = i.id and r.userId = u.id)
                order by i.startsAt, i.id, u.id""".formatted(Interview.ENDS_AT), Due.class)
                .setParameter("scheduled", InterviewStatus.SCHEDULED).setParameter("submitted", ScorecardStatus.SUBMITTED)
                .setParameter("endedBefore", endedBefore).setParameter("endedAfter", endedAfter).getResultList();
    }

    /** The key of a reminder: interview and interviewer. */
    public static class Key implements Serializable {

        public Long interviewId;
        public Long userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(interviewId, key.interviewId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(interviewId, userId);
        }
    }
}
