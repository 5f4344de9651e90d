package nl.werving.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateDocument;
import nl.werving.candidate.CandidateNote;
import nl.werving.candidate.DocumentKind;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.identity.UserService;
import nl.werving.interview.Competency;
import nl.werving.interview.Interview;
import nl.werving.interview.InterviewQuestion;
import nl.werving.interview.InterviewStatus;
import nl.werving.interview.Interviews;
import nl.werving.interview.Recommendation;
import nl.werving.interview.Scorecard;
import nl.werving.interview.ScorecardNote;
import nl.werving.interview.ScorecardRating;
import nl.werving.interview.ScorecardStatus;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.RejectionReason;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.Stage;
import nl.werving.pipeline.StageMove;
import nl.werving.reference.Referee;
import nl.werving.reference.RefereeAnswer;
import nl.werving.reference.RefereeStatus;
import nl.werving.reference.ReferenceCheck;
import nl.werving.reference.ReferenceCheckStatus;
import nl.werving.reference.ReferenceChecks;
import nl.werving.reference.ReferenceConfig;
import nl.werving.reference.ReferenceTopic;
import nl.werving.reference.Relationship;
import nl.werving.reference.WorkAgain;
import nl.werving.roleplay.RoleplayResult;
import nl.werving.roleplay.RoleplayScenario;
import nl.werving.roleplay.Verdict;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Country;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyCreated;
import nl.werving.vacancy.VacancyStatus;
import nl.werving.vacancy.WorkModel;
import nl.werving.web.Formats;
import nl.werving.web.Tokens;
import nl.werving.web.WervingConfig;

/**
 * Fills an empty database with demo users and vacancies of the invented employer Klantkracht Groep.
 * Runs only with werving.demo.enabled (dev mode); people and companies are made up. A production build
 * does not contain this bean at all, so no configuration can give it users with the password {@code demo}.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PASSWORD = "demo";

    private final UserService users;
    private final WervingConfig config;
    private final ReferenceConfig references;
    private final Clock clock;
    private final Event<VacancyCreated> vacancyCreated;
    private final Interviews interviews;

    public DemoData(UserService users, WervingConfig config, ReferenceConfig references, Clock clock, Event<VacancyCreated> vacancyCreated,
            Interviews interviews) {
        this.users = users;
        this.config = config;
        this.references = references;
        this.clock = clock;
        this.vacancyCreated = vacancyCreated;
        this.interviews = interviews;
    }

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent start) {
        if (!config.demo().enabled() || users.hasUsers()) {
            return;
        }
        AppUser admin = users.register("admin", "Mirjam Hoekstra", "mirjam.hoekstra@klantkracht.example", Set.of(Roles.ADMIN), PASSWORD);
        AppUser recruiter = users.register("recruiter", "Jeroen van Dalen", "jeroen.vandalen@klantkracht.example", Set.of(Roles.RECRUITER), PASSWORD);
        AppUser manager = users.register("manager", "Sofie Claes", "sofie.claes@klantkracht.example", Set.of(Roles.HIRING_MANAGER), PASSWORD);
        AppUser secondRecruiter = users.register("naima", "Naima El Idrissi", "naima.elidrissi@klantkracht.example", Set.of(Roles.RECRUITER), PASSWORD);
        AppUser secondManager = users.register("bart", "Bart Wouters", "bart.wouters@klantkracht.example", Set.of(Roles.HIRING_MANAGER), PASSWORD);
        LOG.infof("Demo data: users %s, %s, %s (password '%s')", admin.username, recruiter.username, manager.username, PASSWORD);

        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<Vacancy> open = new ArrayList<>();

        Vacancy v = vacancy("Klantenservice medewerker", "Klantenservice Consumenten", "Utrecht", Country.NL, WorkModel.HYBRID,
                ContractType.PERMANENT, 32, 40, 2600, 3100, manager, recruiter, VacancyStatus.OPEN, 12);
        v.openings = 4;
        v.eveningWork = true;
        v.scheduleNote = "Ma–vr tussen 8:00 en 20:00, om de week één avond tot 21:00.";
        v.requireLanguage(Language.NL, LanguageLevel.C1);
        v.requireLanguage(Language.EN, LanguageLevel.B1);
        v.intro = "Je bent het eerste aanspreekpunt voor onze klanten. Via telefoon, e-mail en chat help je met vragen over bestellingen, facturen en retouren, en je zorgt dat een probleem blijvend wordt opgelost.";
        v.tasks = lines("Inkomende gesprekken, e-mails en chats beantwoorden", "Orders, retouren en klachten afhandelen in het CRM",
                "Complexe vragen uitzoeken of escaleren naar het juiste team", "Elk contact vastleggen zodat een collega verder kan",
                "Terugkoppeling geven aan interne teams over terugkerende problemen");
        v.mustHaves = lines("Je spreekt en schrijft helder en vriendelijk Nederlands", "Je blijft rustig bij een boze klant en vraagt door",
                "Je werkt nauwkeurig in meerdere systemen tegelijk", "Minimaal 32 uur per week beschikbaar, waarvan om de week één avond");
        v.niceToHaves = lines("Ervaring in een contactcenter of in de horeca of retail", "Ervaring met Zendesk of Salesforce");
        v.systemsUsed = lines("Zendesk", "Salesforce", "Microsoft Teams");
        v.teamAndCulture = "Je komt in een team van achttien collega's met een vaste teamleider en een kwaliteitscoach. We starten elke dienst met een korte briefing en delen tips in een eigen kennisbank.";
        v.dayInTheLife = "Je logt in, leest de updates van de ochtendbriefing en pakt je eerste chat op. 's Middags worden de vragen ingewikkelder: je zoekt een vermiste levering uit met het magazijn en belt de klant terug met een concrete oplossing. Je sluit af door je openstaande tickets over te dragen.";
        v.closingDate = today.plusWeeks(5);
        open.add(v);

        v = vacancy("Tweetalige customer support medewerker NL/FR", "Customer Support Benelux", "Brussel", Country.BE, WorkModel.HYBRID,
                ContractType.PERMANENT, 38, 38, 2500, 3200, manager, secondRecruiter, VacancyStatus.OPEN, 8);
        v.openings = 2;
        v.shiftWork = true;
        v.scheduleNote = "Ochtend- of middagdienst tussen 7:30 en 19:30; thuiswerken na de inwerkperiode twee dagen per week.";
        v.requireLanguage(Language.NL, LanguageLevel.C1);
        v.requireLanguage(Language.FR, LanguageLevel.C1);
        v.requireLanguage(Language.EN, LanguageLevel.B1);
        v.intro = "Je helpt klanten uit heel België in het Nederlands en het Frans met vragen over hun abonnement, facturen en storingen.";
        v.tasks = lines("Telefonische en schriftelijke vragen in het Nederlands en Frans beantwoorden", "Basis technische ondersteuning geven bij storingen",
                "Klachten registreren en opvolgen tot ze echt zijn opgelost", "Collega's van de tweede lijn helpen met vertalingen");
        v.mustHaves = lines("Vlot Nederlands én Frans, mondeling en schriftelijk", "Klantgericht en geduldig, ook als het druk is",
                "Diploma secundair onderwijs of gelijkwaardige ervaring");
        v.niceToHaves = lines("Kennis van telecomproducten", "Ervaring met Salesforce");
        v.systemsUsed = lines("Salesforce Service Cloud", "Genesys");
        v.teamAndCulture = "Een tweetalig team in hartje Brussel met maaltijdcheques, ecocheques, hospitalisatieverzekering en een ploegpremie voor diensten na 18:00.";
        v.closingDate = today.plusWeeks(4);
        open.add(v);

        v = vacancy("Chat-agent e-commerce", "Webshop Service", "Eindhoven", Country.NL, WorkModel.REMOTE,
                ContractType.FIXED_TERM, 24, 32, 2450, 2800, secondManager, recruiter, VacancyStatus.OPEN, 5);
        v.openings = 6;
        v.eveningWork = true;
        v.weekendWork = true;
        v.scheduleNote = "Diensten tussen 8:00 en 22:00, één weekenddag per twee weken; jaarcontract met uitzicht op vast.";
        v.requireLanguage(Language.NL, LanguageLevel.C1);
        v.intro = "Je voert vanuit huis meerdere chats tegelijk met klanten van onze webshop en zorgt dat iedereen snel en correct verder kan.";
        v.tasks = lines("Twee tot drie chats tegelijk voeren over bestellingen, levering en retouren", "Heldere, korte antwoorden schrijven zonder te formeel te worden",
                "Orders en terugbetalingen verwerken", "Veelgestelde vragen aanvullen in de kennisbank");
        v.mustHaves = lines("Snel en foutloos typen in correct Nederlands", "Overzicht houden als meerdere klanten tegelijk iets vragen",
                "Een rustige werkplek thuis en een stabiele internetverbinding");
        v.niceToHaves = lines("Ervaring met webcare of social media");
        v.systemsUsed = lines("Freshdesk", "Slack");
        v.teamAndCulture = "Een jong, verspreid team dat elkaar vindt in Slack en één keer per maand samen op kantoor luncht.";
        v.closingDate = today.plusWeeks(3);
        open.add(v);

        v = vacancy("Customer service medewerker logistiek", "Customer Service Transport", "Tilburg", Country.NL, WorkModel.ON_SITE,
                ContractType.PERMANENT, 38, 40, 2800, 3400, manager, recruiter, VacancyStatus.OPEN, 20);
        v.requireLanguage(Language.NL, LanguageLevel.C1);
        v.requireLanguage(Language.EN, LanguageLevel.B2);
        v.intro = "Je bent de regie tussen klant, magazijn, planning en transport. Als een levering schuift of een pallet beschadigd aankomt, breng jij rust, krijg je de feiten scherp en zorg je voor een haalbare oplossing.";
        v.tasks = lines("Klantvragen via telefoon en mail beantwoorden en structureren", "Afwijkingen signaleren: vertraging, schade, missende items, retouren",
                "Afstemmen met magazijn, planning en transport over haalbaarheid en status", "Afspraken, acties en conclusies vastleggen zodat er geen ruis ontstaat",
                "Opvolging bewaken tot elk issue is afgerond");
        v.mustHaves = lines("Je houdt overzicht met twintig open eindjes tegelijk", "Je durft intern door te vragen en keuzes af te dwingen zonder de relatie te schaden",
                "MBO 4-werk- en denkniveau", "Goed Engels voor contact met buitenlandse vervoerders");
        v.niceToHaves = lines("Ervaring in logistiek of supply chain", "Kennis van een WMS of TMS");
        v.systemsUsed = lines("SAP", "Transporeon", "Outlook");
        v.teamAndCulture = "Een hecht team van zes op het distributiecentrum, met korte lijnen naar de vloer. Geen doorgeefluik: jij bent eigenaar van klantcommunicatie en opvolging.";
        v.closingDate = today.plusWeeks(6);
        open.add(v);

        v = vacancy("Teamleider klantenservice", "Klantenservice Consumenten", "Amersfoort", Country.NL, WorkModel.HYBRID,
                ContractType.PERMANENT, 36, 40, 3600, 4500, secondManager, secondRecruiter, VacancyStatus.DRAFT, 2);
        v.requireLanguage(Language.NL, LanguageLevel.C2);
        v.intro = "Je geeft leiding aan een team van vijftien klantenservicemedewerkers en coacht op kwaliteit, niet alleen op snelheid.";
        v.tasks = lines("Dagelijks de briefing geven en de bezetting bewaken", "Medewerkers coachen met meeluisteren en feedback",
                "Sturen op eerste-contactoplossing, klanttevredenheid en afhandeltijd", "Verzuim en werkdruk bespreekbaar maken");
        v.mustHaves = lines("Minimaal twee jaar leidinggevende ervaring in een contactcenter", "Je coacht op gedrag en maakt afspraken concreet");

        v = vacancy("Backoffice medewerker klantenservice", "Backoffice Facturatie", "Zwolle", Country.NL, WorkModel.HYBRID,
                ContractType.PERMANENT, 32, 38, 2500, 2950, manager, recruiter, VacancyStatus.ON_HOLD, 30);
        v.requireLanguage(Language.NL, LanguageLevel.C1);
        v.intro = "Je lost de complexere cases op die de frontoffice doorzet: creditnota's, betalingsregelingen en correcties.";
        v.tasks = lines("Doorgezette cases uitzoeken en afhandelen", "Creditnota's en betalingsregelingen verwerken", "Klanten schriftelijk informeren over de oplossing");
        v.mustHaves = lines("Nauwkeurig en cijfermatig sterk", "Je schrijft klantvriendelijk en foutloos");

        v = vacancy("Klantenservice medewerker telecom (weekend)", "Klantenservice Mobiel", "Rotterdam", Country.NL, WorkModel.ON_SITE,
                ContractType.AGENCY, 16, 24, null, null, null, secondRecruiter, VacancyStatus.DRAFT, 1);
        v.weekendWork = true;
        v.requireLanguage(Language.NL, LanguageLevel.B2);
        v.intro = "Via ons vaste uitzendbureau help je in het weekend klanten met hun mobiele abonnement.";
        v.tasks = lines("Vragen over abonnementen en facturen beantwoorden", "Storingen registreren en doorzetten");

        v = vacancy("Kwaliteitscoach klantcontact", "Kwaliteit & Training", "Gent", Country.BE, WorkModel.HYBRID,
                ContractType.PERMANENT, 38, 38, 3300, 3900, secondManager, secondRecruiter, VacancyStatus.CLOSED, 60);
        v.requireLanguage(Language.NL, LanguageLevel.C2);
        v.requireLanguage(Language.FR, LanguageLevel.B2);
        v.intro = "Je luistert gesprekken mee, beoordeelt ze met een vaste scorecard en coacht agents op toon, structuur en afronding.";
        v.tasks = lines("Gesprekken en chats beoordelen met de kwaliteitsscorecard", "Feedbacksessies en trainingen geven");
        v.mustHaves = lines("Ervaring als senior agent of coach", "Je geeft feedback die mensen verder helpt");
        v.closingDate = today.minusWeeks(2);

        List<Application> applications = applications(open, recruiter);
        assessments(applications, recruiter, manager);
        references(applications.get(4), recruiter);
    }

    /** Invented candidates spread over the stages of the open vacancies, with a few moves, notes and outcomes. */
    private List<Application> applications(List<Vacancy> vacancies, AppUser recruiter) {
        List<Application> created = new ArrayList<>();
        String[] names = { "Lotte Bakker", "Daan Verhoeven", "Sanne de Groot", "Mohamed Amrani", "Emma Peeters", "Lucas Janssens",
            "Fleur van Leeuwen", "Noah Wouters", "Yara el Khatib", "Bram Mertens", "Julia Dekker", "Sem Claessens", "Eva Smit",
            "Milan Hendrikx", "Lina Kaya", "Thijs Vermeulen", "Zoë Maes", "Ruben Goossens", "Iris Kuipers", "Anouar Benali",
            "Femke Brouwer", "Jens Lambrechts", "Nora Pauwels", "Stijn van Dam", "Amira Haddou", "Kiki de Bruin", "Tom Verbeke",
            "Hanna Willems" };
        SourceChannel[] sources = SourceChannel.values();
        byte[] cv = "%PDF-1.4\n% Demo-cv zonder inhoud\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < names.length; i++) {
            Vacancy vacancy = vacancies.get(i % vacancies.size());
            List<Stage> stages = Stage.listForVacancy(vacancy.id);
            Instant applied = Instant.now(clock).minus(Duration.ofDays(1 + (i * 3L) % 19)).minus(Duration.ofHours(i));
            Candidate candidate = new Candidate();
            candidate.fullName = names[i];
            candidate.email = names[i].toLowerCase().replaceAll("[^a-z]+", ".") + "@voorbeeld.nl";
            candidate.emailKey = Candidate.emailKey(candidate.email);
            candidate.phone = "06 " + (20000000 + i * 7919);
            candidate.locale = i % 5 == 4 ? "fr" : "nl";
            candidate.createdAt = applied;
            candidate.persist();

            Application application = new Application();
            application.vacancy = vacancy;
            application.candidate = candidate;
            application.status = ApplicationStatus.ACTIVE;
            application.source = sources[i % sources.length];
            application.appliedAt = applied;
            application.stage = stages.get(0);
            application.stageEnteredAt = applied;
            application.persist();
            created.add(application);

            int target = Math.min(i % 6, stages.size() - 2);
            Instant at = applied;
            for (int step = 1; step <= target; step++) {
                at = at.plus(Duration.ofDays(1));
                StageMove move = new StageMove();
                move.application = application;
                move.fromStageId = application.stage.id;
                move.toStageId = stages.get(step).id;
                move.actorId = recruiter.id;
                move.movedAt = at;
                move.persist();
                application.stage = stages.get(step);
                application.stageEnteredAt = at;
            }
            if (i == 7 || i == 15) {
                application.status = ApplicationStatus.REJECTED;
                application.rejectionReason = RejectionReason.findById(i == 7 ? 2L : 3L);
                application.endedAt = at.plus(Duration.ofHours(2));
            }
            if (i == 3) {
                CandidateNote note = new CandidateNote();
                note.candidate = candidate;
                note.applicationId = application.id;
                note.authorId = recruiter.id;
                note.body = "Sterk telefoongesprek: vat goed samen en blijft rustig. Rollenspel inplannen.";
                note.createdAt = at;
                note.persist();
            }

            CandidateDocument document = new CandidateDocument();
            document.candidate = candidate;
            document.applicationId = application.id;
            document.kind = DocumentKind.CV;
            document.fileName = "cv-" + names[i].toLowerCase().replaceAll("[^a-z]+", "-") + ".pdf";
            document.contentType = "application/pdf";
            document.content = cv;
            document.sizeBytes = cv.length;
            document.createdAt = applied;
            document.persist();
        }
        return created;
    }

    /**
     * An interview two days ago on Emma Peeters's application: the recruiter submitted his scorecard, the hiring manager
     * has not yet, so logging in as {@code manager} shows the blind scorecard. Plus a role-play and an interview to come.
     */
    private void assessments(List<Application> applications, AppUser recruiter, AppUser manager) {
        Application emma = applications.get(4);
        List<Competency> kit = interviews.kit(emma.vacancy.id);
        Instant held = Instant.now(clock).minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        Interview interview = interview(emma, held, recruiter, List.of(recruiter, manager));

        Scorecard scorecard = new Scorecard();
        scorecard.interview = interview;
        scorecard.application = emma;
        scorecard.interviewer = recruiter;
        scorecard.status = ScorecardStatus.SUBMITTED;
        scorecard.recommendation = Recommendation.YES;
        scorecard.createdAt = held;
        scorecard.submittedAt = held.plus(Duration.ofHours(1));
        int[] ratings = { 4, 4, 3, 4, 3, 4, 4, 3 };
        for (int i = 0; i < kit.size(); i++) {
            ScorecardRating rating = new ScorecardRating();
            rating.scorecard = scorecard;
            rating.competencyId = kit.get(i).id;
            rating.rating = ratings[i % ratings.length];
            scorecard.ratings.add(rating);
        }
        scorecard.persist();
        InterviewQuestion question = kit.get(0).questions.get(0);
        ScorecardRating answerRating = new ScorecardRating();
        answerRating.scorecard = scorecard;
        answerRating.competencyId = kit.get(0).id;
        answerRating.questionId = question.id;
        answerRating.rating = 4;
        answerRating.persist();
        ScorecardNote note = new ScorecardNote();
        note.candidate = emma.candidate;
        note.scorecard = scorecard;
        note.questionId = question.id;
        note.situation = "Bij een webwinkel moest ze een klant vertellen dat een bank pas na de feestdagen geleverd kon worden.";
        note.task = "De klant eerlijk informeren zonder hem kwijt te raken.";
        note.action = "Belde zelf op, noemde meteen de nieuwe datum, bood gratis bezorging op de verdieping aan en stuurde een bevestiging.";
        note.result = "Klant bleef, gaf een 8 in de tevredenheidsmeting; ze gebruikt sindsdien vaste zinnen voor slecht nieuws.";
        note.persist();

        RoleplayResult roleplay = new RoleplayResult();
        roleplay.application = emma;
        roleplay.scenario = RoleplayScenario.<RoleplayScenario> list("active = true order by sortOrder").get(0);
        roleplay.assessor = recruiter;
        roleplay.durationMinutes = 11;
        roleplay.tone = 4;
        roleplay.wordChoice = 4;
        roleplay.patience = 5;
        roleplay.listening = 4;
        roleplay.deEscalation = 3;
        roleplay.solution = 4;
        roleplay.verdict = Verdict.SUITABLE;
        roleplay.createdAt = held.plus(Duration.ofHours(2));
        roleplay.persist();

        interview(applications.get(8), Instant.now(clock).plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS),
                recruiter, List.of(manager));
    }

    /**
     * Emma Peeters named two referees with a consent each; one answered, the other has the questionnaire waiting, so
     * the references page shows findings and a pending request.
     */
    private void references(Application emma, AppUser recruiter) {
        Instant requested = Instant.now(clock).minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        ReferenceCheck check = new ReferenceCheck();
        check.application = emma;
        check.candidate = emma.candidate;
        check.status = ReferenceCheckStatus.NAMED;
        check.requestedBy = recruiter.id;
        check.requestedAt = requested;
        check.answeredAt = requested.plus(Duration.ofHours(2));
        check.persist();
        Referee answered = referee(check, 1, "Ruud Kerkhof", "ruud.kerkhof@meubelhuis.example", Relationship.TEAM_LEAD,
                "Meubelhuis Oost", "2021–2024", RefereeStatus.ANSWERED);
        answered.respondedAt = requested.plus(Duration.ofHours(6));
        answered.wouldWorkAgain = WorkAgain.YES;
        int[] scores = { 4, 5, 4, 4, 5 };
        String[] comments = { "Plande haar dag zelf en hield de wachtrij in de gaten.", "Wat ze toezegde, gebeurde ook.",
                "Sprong bij als het bij de retourafdeling vastliep.", "Bleef rustig in de decemberdrukte.",
                "Klanten vroegen naar haar terug." };
        for (ReferenceTopic topic : ReferenceTopic.values()) {
            RefereeAnswer answer = new RefereeAnswer();
            answer.referee = answered;
            answer.topic = topic;
            answer.score = scores[topic.ordinal()];
            answer.comment = comments[topic.ordinal()];
            answered.answers.add(answer);
        }
        Referee waiting = referee(check, 2, "Lotte Maes", "lotte.maes@belcentrum.example", Relationship.COLLEAGUE, "Belcentrum Gent",
                "2019–2021", RefereeStatus.INVITED);
        waiting.invitedAt = requested.plus(Duration.ofHours(3));
        waiting.expiresAt = waiting.invitedAt.plus(references.linkLifetime());
        // A link nobody has: the demo shows the request, it does not hand out a working questionnaire.
        waiting.tokenHash = Tokens.hash(Tokens.newToken());
        answered.invitedAt = waiting.invitedAt;
        answered.expiresAt = waiting.expiresAt;
        answered.tokenHash = Tokens.hash(Tokens.newToken());
    }

    private Referee referee(ReferenceCheck check, int position, String name, String email, Relationship relationship, String company,
            String period, RefereeStatus status) {
        Referee referee = new Referee();
        referee.status = status;
        referee.check = check;
        referee.position = position;
        referee.fullName = name;
        referee.email = email;
        referee.relationship = relationship;
        referee.company = company;
        referee.period = period;
        referee.persist();
        check.referees.add(referee);
        ReferenceChecks.recordConsent(referee, check.answeredAt);
        return referee;
    }

    private Interview interview(Application application, Instant startsAt, AppUser organizer, List<AppUser> interviewers) {
        Interview interview = new Interview();
        interview.application = application;
        interview.startsAt = startsAt;
        interview.durationMinutes = 45;
        interview.location = "Kantoor Utrecht, Catharijnesingel 50, zaal Vecht";
        interview.status = InterviewStatus.SCHEDULED;
        interview.calendarUid = UUID.randomUUID() + "@werving";
        interview.createdBy = organizer.id;
        interview.createdAt = startsAt.minus(Duration.ofDays(3));
        interview.interviewers.addAll(interviewers);
        interview.persist();
        return interview;
    }

    private Vacancy vacancy(String title, String team, String city, Country country, WorkModel workModel,
            ContractType contractType, int hoursMin, int hoursMax, Integer salaryMin, Integer salaryMax, AppUser hiringManager,
            AppUser recruiter, VacancyStatus status, int daysAgo) {
        Instant created = Instant.now(clock).minus(Duration.ofDays(daysAgo + 3L));
        Vacancy vacancy = new Vacancy();
        vacancy.title = title;
        vacancy.team = team;
        vacancy.city = city;
        vacancy.country = country;
        vacancy.workModel = workModel;
        vacancy.contractType = contractType;
        vacancy.openings = 1;
        vacancy.hoursMin = hoursMin;
        vacancy.hoursMax = hoursMax;
        vacancy.salaryMin = salaryMin;
        vacancy.salaryMax = salaryMax;
        vacancy.hiringManager = hiringManager;
        vacancy.recruiter = recruiter;
        vacancy.status = status;
        vacancy.slug = Vacancy.uniqueSlug(title + " " + city, null);
        vacancy.createdAt = created;
        vacancy.updatedAt = Instant.now(clock).minus(Duration.ofDays(daysAgo));
        if (status != VacancyStatus.DRAFT) {
            vacancy.publishedAt = vacancy.updatedAt;
        }
        if (status == VacancyStatus.CLOSED) {
            vacancy.closedAt = vacancy.updatedAt;
        }
        vacancy.persist();
        vacancyCreated.fire(new VacancyCreated(vacancy.id));
        return vacancy;
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }
}
