package nl.werving.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.DocumentInfo;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.inbox.Replies;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;
import nl.werving.messaging.Messaging;
import nl.werving.messaging.SentMessage;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.AssessmentSummaries;
import nl.werving.pipeline.AssessmentSummary;
import nl.werving.pipeline.CandidateHit;
import nl.werving.pipeline.CandidateSearch;
import nl.werving.pipeline.ProfileApplication;
import nl.werving.pipeline.StageMove;
import nl.werving.privacy.DataRequest;
import nl.werving.privacy.LegalHold;
import nl.werving.vacancy.Language;
import nl.werving.web.Formats;
import nl.werving.web.Page;

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
    private final Outbox outbox;
    private final Messaging messaging;
    private final Replies replies;

    public CandidateProfiles(CurrentUser currentUser, AuditLog audit, CandidateService candidates, AssessmentSummaries summaries,
            Clock clock, Outbox outbox, Messaging messaging, Replies replies) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = audit;
        this.candidates = candidates;
        this.summaries = summaries;
        this.outbox = outbox;
        this.messaging = messaging;
        this.replies = replies;
    }

    /** The candidate search, within the vacancies the current user may see: a hiring manager's own only. */
    @Transactional
    public Page<CandidateHit> search(CandidateSearch search) {
        return Application.search(currentUser.canManageVacancies() ? search : search.forHiringManager(currentUser.getId()));
    }

    @Transactional
    public Profile view(long candidateId) {
        Candidate candidate = candidate(candidateId);
        List<ProfileApplication> applications = visibleApplications(candidateId);
        Set<Long> ids = applications.stream().map(ProfileApplication::id).collect(Collectors.toSet());
        Map<Long, String> titles = applications.stream().collect(Collectors.toMap(ProfileApplication::id, ProfileApplication::vacancyTitle));

        List<DocumentInfo> documents = candidates.documents(candidateId, ids);
        Map<Long, String> motivations = candidates.motivations(candidateId, ids);

        List<TimelineEntry> timeline = new ArrayList<>();
        applications.forEach(a -> {
            timeline.add(new TimelineEntry(a.appliedAt(), TimelineEntry.Kind.APPLIED, a.vacancyTitle(), null, null, null, a.source(), null));
            if (a.endedAt() != null) {
                timeline.add(new TimelineEntry(a.endedAt(), TimelineEntry.Kind.ENDED, a.vacancyTitle(), null, null, null, null, a.status()));
            }
        });
        StageMove.listHistory(ids, Language.NL).forEach(move -> timeline.add(TimelineEntry.of(move.movedAt(), TimelineEntry.Kind.MOVED,
                titles.get(move.applicationId()), move.toStage(), move.fromStage(), move.actorName())));
        candidates.notes(candidateId, ids).forEach(note -> timeline.add(TimelineEntry.of(note.createdAt(),
                TimelineEntry.Kind.NOTE, note.applicationId() == null ? null : titles.get(note.applicationId()), note.body(), null,
                note.authorName())));
        // Messages the team wrote carry their sender; a hiring manager sees those about their own vacancies only.
        Map<Long, SentMessage> messages = messaging.sentTo(candidateId).stream()
                .collect(Collectors.toMap(SentMessage::mailId, Function.identity()));
        if (currentUser.canManageVacancies()) {
            outbox.forCandidate(candidateId).forEach(opened -> {
                OutboxMail mail = opened.mail();
                SentMessage message = messages.get(mail.id);
                timeline.add(TimelineEntry.of(mail.sentAt != null ? mail.sentAt : mail.createdAt, TimelineEntry.Kind.MAIL,
                        message == null ? null : message.vacancyTitle(), opened.subject(), mail.status.name(),
                        message == null ? null : message.senderName()));
            });
            replies.forCandidate(candidateId).forEach(opened -> timeline.add(TimelineEntry.of(opened.reply().receivedAt,
                    TimelineEntry.Kind.REPLY, null, opened.subject(), opened.text(), opened.from())));
        } else {
            messages.values().stream().filter(m -> m.applicationId() != null && ids.contains(m.applicationId()))
                    .forEach(m -> timeline.add(TimelineEntry.of(m.at(), TimelineEntry.Kind.MAIL, m.vacancyTitle(), m.subject(),
                            m.status().name(), m.senderName())));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at).reversed());
        audit.record(AuditAction.CANDIDATE_VIEWED, AuditLog.CANDIDATE, candidateId);
        return new Profile(candidate, applications, documents, motivations, timeline, summaries.of(ids),
                LegalHold.isActive(candidateId), currentUser.canManageVacancies() ? DataRequest.openFor(candidateId) : List.of(),
                LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    /** The candidate's applications the current user may see. */
    public List<ProfileApplication> visibleApplications(long candidateId) {
        List<ProfileApplication> all = Application.listForProfile(candidateId);
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
        return new DocumentFile(candidates.fileName(document), document.contentType, candidates.content(document));
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
