package nl.werving.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.Motivation;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.AssessmentSummaries;
import nl.werving.pipeline.AssessmentSummary;
import nl.werving.privacy.DataRequest;
import nl.werving.privacy.LegalHold;
import nl.werving.web.Formats;

/**
 * A candidate's profile for the team: contact data, applications, documents, notes and the timeline.
 * Hiring managers see a candidate only through their own vacancies, and only those applications. Every
 * look at the profile or a document is on record in the audit log.
 */
@ApplicationScoped
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CandidateProfiles {

    public record Profile(Candidate candidate, List<ProfileApplication> applications, List<DocumentInfo> documents,
            Map<Long, String> motivations, List<TimelineEntry> timeline, Map<Long, AssessmentSummary> summaries, boolean onHold,
            List<DataRequest> openRequests, LocalDate today) {

        /** Hired candidates move on to HR: the purge leaves them alone, and the profile says so. */
        public boolean isHired() {
            return applications.stream().anyMatch(application -> application.status() == ApplicationStatus.HIRED);
        }

        /** The application's scorecard summary, or {@code null}. */
        public AssessmentSummary summary(long applicationId) {
            return summaries.get(applicationId);
        }
    }

    /** A document's bytes with what the browser needs to show or save it. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CandidateService candidates;
    private final AssessmentSummaries summaries;
    private final Clock clock;

    public CandidateProfiles(CurrentUser currentUser, AuditLog audit, CandidateService candidates, AssessmentSummaries summaries,
            Clock clock) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = audit;
        this.candidates = candidates;
        this.summaries = summaries;
    }

    @Transactional
    public Profile view(long candidateId) {
        Candidate candidate = candidate(candidateId);
        List<ProfileApplication> applications = visibleApplications(candidateId);
        Set<Long> ids = applications.stream().map(ProfileApplication::id).collect(Collectors.toSet());
        Map<Long, String> titles = applications.stream().collect(Collectors.toMap(ProfileApplication::id, ProfileApplication::vacancyTitle));
        EntityManager em = Candidate.getEntityManager();

        List<DocumentInfo> documents = em.createQuery("""
                select new nl.werving.profile.DocumentInfo(d.id, d.applicationId, d.fileName, d.contentType, d.sizeBytes, d.createdAt)
                from CandidateDocument d where d.candidate.id = :candidate and d.applicationId in :ids order by d.createdAt desc
                """, DocumentInfo.class).setParameter("candidate", candidateId).setParameter("ids", ids).getResultList();
        Map<Long, String> motivations = new HashMap<>();
        Motivation.<Motivation> list("applicationId in ?1", ids).forEach(m -> motivations.put(m.applicationId, m.body));

        List<TimelineEntry> timeline = new ArrayList<>();
        applications.forEach(a -> {
            timeline.add(new TimelineEntry(a.appliedAt(), TimelineEntry.Kind.APPLIED, a.vacancyTitle(), null, null, null, a.source(), null));
            if (a.endedAt() != null) {
                timeline.add(new TimelineEntry(a.endedAt(), TimelineEntry.Kind.ENDED, a.vacancyTitle(), null, null, null, null, a.status()));
            }
        });
        em.createQuery("""
                select m.application.id, fs.name, ts.name, u.displayName, m.movedAt
                from StageMove m left join Stage fs on fs.id = m.fromStageId join Stage ts on ts.id = m.toStageId
                    left join AppUser u on u.id = m.actorId
                where m.application.id in :ids""", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> timeline.add(TimelineEntry.of((Instant) row[4], TimelineEntry.Kind.MOVED, titles.get((Long) row[0]),
                        (String) row[2], (String) row[1], (String) row[3])));
        em.createQuery("""
                select n.applicationId, n.body, u.displayName, n.createdAt
                from CandidateNote n left join AppUser u on u.id = n.authorId
                where n.candidate.id = :candidate and (n.applicationId is null or n.applicationId in :ids)""", Object[].class)
                .setParameter("candidate", candidateId).setParameter("ids", ids).getResultList()
                .forEach(row -> timeline.add(TimelineEntry.of((Instant) row[3], TimelineEntry.Kind.NOTE,
                        row[0] == null ? null : titles.get((Long) row[0]), (String) row[1], null, (String) row[2])));
        if (currentUser.canManageVacancies()) {
            OutboxMail.listForCandidate(candidateId).forEach(mail -> timeline.add(TimelineEntry.of(
                    mail.sentAt != null ? mail.sentAt : mail.createdAt, TimelineEntry.Kind.MAIL, null, mail.subject, mail.status.name(), null)));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at).reversed());
        audit.record(AuditAction.CANDIDATE_VIEWED, AuditLog.CANDIDATE, candidateId);
        return new Profile(candidate, applications, documents, motivations, timeline, summaries.of(ids),
                LegalHold.isActive(candidateId), currentUser.canManageVacancies() ? DataRequest.openFor(candidateId) : List.of(),
                LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    /** The candidate's applications the current user may see. */
    public List<ProfileApplication> visibleApplications(long candidateId) {
        List<ProfileApplication> all = Candidate.getEntityManager().createQuery("""
                select new nl.werving.profile.ProfileApplication(a.id, v.id, v.title, s.name, a.status, a.source, a.appliedAt,
                    a.endedAt, a.version, hm.id)
                from Application a join a.vacancy v join a.stage s left join v.hiringManager hm
                where a.candidate.id = :candidate order by a.appliedAt desc
                """, ProfileApplication.class).setParameter("candidate", candidateId).getResultList();
        List<ProfileApplication> visible = currentUser.canManageVacancies() ? all
                : all.stream().filter(a -> currentUser.getId().equals(a.hiringManagerId())).toList();
        if (visible.isEmpty()) {
            throw new ForbiddenException();
        }
        return visible;
    }

    @Transactional
    public DocumentFile document(long candidateId, long documentId, boolean download) {
        Set<Long> visible = visibleApplications(candidateId).stream().map(ProfileApplication::id).collect(Collectors.toSet());
        CandidateDocument document = CandidateDocument.<CandidateDocument> findByIdOptional(documentId)
                .filter(found -> found.candidate.id == candidateId && visible.contains(found.applicationId))
                .orElseThrow(NotFoundException::new);
        audit.record(download ? AuditAction.DOCUMENT_DOWNLOADED : AuditAction.DOCUMENT_VIEWED, AuditLog.DOCUMENT, documentId);
        return new DocumentFile(document.fileName, document.contentType, document.content);
    }

    @Transactional
    public void addNote(long candidateId, Long applicationId, String body) {
        List<ProfileApplication> visible = visibleApplications(candidateId);
        if (applicationId != null && visible.stream().noneMatch(a -> a.id() == applicationId)) {
            throw new NotFoundException();
        }
        candidates.addNote(candidate(candidateId), applicationId, null, currentUser.getId(), body);
        audit.record(AuditAction.NOTE_ADDED, AuditLog.CANDIDATE, candidateId);
    }

    private static Candidate candidate(long candidateId) {
        return Candidate.<Candidate> findByIdOptional(candidateId).orElseThrow(NotFoundException::new);
    }
}
