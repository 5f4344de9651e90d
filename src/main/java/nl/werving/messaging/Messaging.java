package nl.werving.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.AppUser;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.inbox.Conversations;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.pipeline.Application;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.LocalizedText;
import nl.werving.web.RuleViolation;
import nl.werving.web.WervingConfig;

/**
 * Writing to candidates: to one from the profile, or to the ticked cards of a board, each recipient getting their own
 * mail in their own language through the outbox. Nobody who withdrew or erased their data gets one. A hiring manager
 * writes only within their own vacancies.
 */
@ApplicationScoped
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class Messaging {

    /** Who a message goes to: the recipients it may reach, and how many of those asked for were skipped. */
    public record Audience(List<Recipient> recipients, int skipped) {

        public int count() {
            return recipients.size();
        }
    }

    /** What is sent: a template's texts, or a subject and text written for this message (the same in every language). */
    public record Content(Long templateId, LocalizedText subject, LocalizedText body) {
    }

    /** The message as one recipient will read it; {@code index} counts from 0. */
    public record Preview(Recipient recipient, int index, int total, String language, String subject, String text) {

        public boolean hasPrevious() {
            return index > 0;
        }

        public boolean hasNext() {
            return index + 1 < total;
        }

        public int number() {
            return index + 1;
        }

        public int previousIndex() {
            return index - 1;
        }

        public int nextIndex() {
            return index + 1;
        }
    }

    /** What a send did: mails queued and recipients skipped. */
    public record Sent(int sent, int skipped) {
    }

    private final Clock clock;
    private final CurrentUser currentUser;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final MessageTemplates templates;
    private final MessageMails mails;
    private final Outbox outbox;
    private final AuditLog audit;
    private final WervingConfig config;
    private final Conversations conversations;
    private final CandidateKeys keys;

    public Messaging(Clock clock, CurrentUser currentUser, VacancyService vacancies, CandidateService candidates,
            MessageTemplates templates, MessageMails mails, Outbox outbox, AuditLog audit, WervingConfig config,
            Conversations conversations, CandidateKeys keys) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.templates = templates;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.conversations = conversations;
        this.keys = keys;
    }

    /** The ticked applications of a board the current user may see; the withdrawn and erased among them are skipped. */
    @Transactional
    public Audience ofBoard(long vacancyId, List<Long> applicationIds) {
        vacancies.get(vacancyId);
        List<Long> ids = applicationIds == null ? List.of() : applicationIds.stream().filter(Objects::nonNull).distinct().toList();
        List<Recipient> found = ids.isEmpty() ? List.of() : CandidateMessage.listRecipients(vacancyId, ids);
        List<Recipient> reachable = found.stream().filter(r -> !r.isUnreachable()).toList();
        return new Audience(reachable, ids.size() - reachable.size());
    }

    /**
     * The messages sent to the candidate, oldest first, their subjects and texts opened (one query for the keys): for the
     * profile's timeline and the candidate's copy of their data.
     */
    @PermitAll
    @Transactional(TxType.MANDATORY)
    public List<SentMessage> sentTo(long candidateId) {
        List<CandidateMessage.Stored> stored = CandidateMessage.listSent(candidateId);
        CandidateKeys.Opener opener = keys.opener(stored.stream().map(CandidateMessage.Stored::mailCandidateId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return stored.stream().map(m -> m.opened(Outbox.open(opener, m.mailCandidateId(), m.subject()),
                Outbox.open(opener, m.mailCandidateId(), m.text()))).toList();
    }

    /** The candidate's applications the current user may see (a hiring manager's own vacancies only), newest first. */
    @Transactional
    public List<Recipient> applicationsOf(long candidateId) {
        if (Candidate.findByIdOptional(candidateId).isEmpty()) {
            throw new NotFoundException();
        }
        List<Recipient> visible = CandidateMessage.listRecipientsOfCandidate(candidateId).stream()
                .filter(r -> currentUser.canManageVacancies() || currentUser.getId().equals(r.hiringManagerId())).toList();
        if (visible.isEmpty()) {
            throw new ForbiddenException();
        }
        return visible;
    }

    /**
     * The application a message from the profile is about: the one asked for, or else the newest the candidate has not
     * withdrawn (the newest at all when they withdrew everywhere, so the page can say why nothing can be sent).
     */
    public Recipient chosen(List<Recipient> applications, Long applicationId) {
        if (applicationId != null) {
            return applications.stream().filter(r -> r.applicationId() == applicationId).findFirst().orElseThrow(NotFoundException::new);
        }
        return applications.stream().filter(r -> !r.isUnreachable()).findFirst().orElse(applications.get(0));
    }

    /** The templates to choose from. */
    public List<MessageTemplate> templates() {
        return templates.list();
    }

    public Content content(ComposeForm form) {
        if (form.templateId != null) {
            MessageTemplate template = templates.get(form.templateId);
            return new Content(template.id, template.subject, template.body);
        }
        String subject = MessageTemplateForm.lines(form.subject);
        String body = MessageTemplateForm.lines(form.body);
        return new Content(null, new LocalizedText(subject, subject, subject), new LocalizedText(body, body, body));
    }

    /** The message for the recipient at {@code index}, without issuing a link: the status link shows as a sample. */
    public Preview preview(List<Recipient> recipients, int index, Content content, String forcedLanguage) {
        int at = Math.max(0, Math.min(index, recipients.size() - 1));
        Recipient recipient = recipients.get(at);
        String language = language(recipient, forcedLanguage);
        Map<Placeholder, String> values = values(recipient, config.baseUrl() + "/status/…", currentUser.getDisplayName());
        return new Preview(recipient, at, recipients.size(), language,
                MessageText.of(content.subject().in(language)).fill(values),
                MessageText.of(content.body().in(language)).fill(values));
    }

    /** Sends to the ticked applications of a board, each their own mail; the withdrawn and erased are skipped. */
    @Transactional
    public Sent sendToBoard(long vacancyId, List<Long> applicationIds, Content content, String forcedLanguage) {
        Audience audience = ofBoard(vacancyId, applicationIds);
        send(audience.recipients(), content, forcedLanguage, currentUser.getId(), currentUser.getDisplayName());
        return new Sent(audience.count(), audience.skipped());
    }

    /** Sends to one candidate about one application; refused when they withdrew it. */
    @Transactional
    public void sendToCandidate(long candidateId, Long applicationId, Content content, String forcedLanguage) {
        Recipient recipient = chosen(applicationsOf(candidateId), applicationId);
        if (recipient.isUnreachable()) {
            throw new RuleViolation("withdrawn", "Application " + recipient.applicationId() + " was withdrawn");
        }
        send(List.of(recipient), content, forcedLanguage, currentUser.getId(), currentUser.getDisplayName());
    }

    /**
     * A stage automation sends a template about one application, in the candidate's language, on behalf of the user who
     * set the automation up (the timeline names them as sender). Returns {@code false}, sending nothing, when the
     * candidate withdrew or was erased, or the template is gone.
     */
    @PermitAll
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = RuleViolation.class)
    public boolean sendAutomated(long applicationId, long templateId, long senderId) {
        Optional<MessageTemplate> template = MessageTemplate.findByIdOptional(templateId);
        Optional<Application> application = Application.findByIdOptional(applicationId);
        AppUser sender = AppUser.findById(senderId);
        if (template.isEmpty() || application.isEmpty() || sender == null) {
            return false;
        }
        List<Recipient> recipients = CandidateMessage.listRecipients(application.get().vacancy.id, List.of(applicationId)).stream()
                .filter(r -> !r.isUnreachable()).toList();
        send(recipients, new Content(templateId, template.get().subject, template.get().body), null, senderId, sender.displayName);
        return !recipients.isEmpty();
    }

    private void send(List<Recipient> recipients, Content content, String forcedLanguage, long senderId, String senderName) {
        if (recipients.isEmpty()) {
            return;
        }
        Map<Long, Candidate> byId = Candidate.listByIds(recipients.stream().map(Recipient::candidateId).toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Instant now = Instant.now(clock);
        for (Recipient recipient : recipients) {
            String language = language(recipient, forcedLanguage);
            MessageText subject = MessageText.of(content.subject().in(language));
            MessageText body = MessageText.of(content.body().in(language));
            Candidate candidate = byId.get(recipient.candidateId());
            String statusUrl = subject.uses(Placeholder.STATUS_LINK) || body.uses(Placeholder.STATUS_LINK)
                    ? config.baseUrl() + "/status/" + candidates.issueStatusToken(candidate)
                    : null;
            Map<Placeholder, String> values = values(recipient, statusUrl, senderName);
            String text = body.fill(values);
            // Each message opens its own conversation, so a reply finds its way back to this candidate's profile.
            String replyTo = conversations.replyAddressFor(recipient.candidateId(), recipient.applicationId(), recipient.vacancyId());
            OutboxMail mail = outbox.enqueue(mails.message(recipient, language, oneLine(subject.fill(values)), text, statusUrl)
                    .withReplyTo(replyTo));

            CandidateMessage message = new CandidateMessage();
            message.candidate = candidate;
            message.applicationId = recipient.applicationId();
            message.outboxMailId = mail.id;
            message.templateId = content.templateId();
            message.senderId = senderId;
            message.createdAt = now;
            message.persist();
            audit.record(AuditAction.MESSAGE_SENT, AuditLog.CANDIDATE, recipient.candidateId());
        }
    }

    private static Map<Placeholder, String> values(Recipient recipient, String statusUrl, String senderName) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.FIRST_NAME, recipient.firstName());
        values.put(Placeholder.VACANCY, recipient.vacancyTitle());
        values.put(Placeholder.STATUS_LINK, statusUrl == null ? "" : statusUrl);
        values.put(Placeholder.RECRUITER, senderName);
        return values;
    }

    /** The language forced for all, else the candidate's own, else Dutch. */
    static String language(Recipient recipient, String forcedLanguage) {
        if (forcedLanguage != null) {
            return forcedLanguage;
        }
        String own = recipient.locale() == null ? "nl" : Locale.forLanguageTag(recipient.locale()).getLanguage();
        return List.of("nl", "en", "fr").contains(own) ? own : "nl";
    }

    /** A subject is one line, whatever was filled in, and fits the outbox. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
