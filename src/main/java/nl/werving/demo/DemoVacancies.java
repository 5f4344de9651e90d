package nl.werving.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.quarkus.arc.profile.IfBuildProfile;
import nl.werving.identity.AppUser;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Country;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyCreated;
import nl.werving.vacancy.VacancyStatus;
import nl.werving.vacancy.WorkModel;
import nl.werving.web.Formats;

/**
 * Eight customer-service vacancies in every status: four open ones written as honest ads, two drafts (one without a
 * salary range, so publishing it is refused), one on hold and one closed.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoVacancies {

    private final Clock clock;
    private final Event<VacancyCreated> vacancyCreated;

    DemoVacancies(Clock clock, Event<VacancyCreated> vacancyCreated) {
        this.clock = clock;
        this.vacancyCreated = vacancyCreated;
    }

    /** Creates all eight and returns the open ones, which the demo candidates apply to. */
    List<Vacancy> create(DemoUsers.Team team) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<Vacancy> open = List.of(
                customerService(team, today),
                bilingualSupport(team, today),
                chatAgent(team, today),
                logistics(team, today));
        teamLeader(team);
        backOffice(team);
        weekendTelecom(team);
        qualityCoach(team, today);
        return open;
    }

    private Vacancy customerService(DemoUsers.Team team, LocalDate today) {
        Vacancy v = vacancy("Klantenservice medewerker", "Klantenservice Consumenten")
                .at("Utrecht", Country.NL, WorkModel.HYBRID).contract(ContractType.PERMANENT, 32, 40).salary(2600, 3100)
                .people(team.manager(), team.recruiter()).status(VacancyStatus.OPEN, 12).create();
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
        return v;
    }

    private Vacancy bilingualSupport(DemoUsers.Team team, LocalDate today) {
        Vacancy v = vacancy("Tweetalige customer support medewerker NL/FR", "Customer Support Benelux")
                .at("Brussel", Country.BE, WorkModel.HYBRID).contract(ContractType.PERMANENT, 38, 38).salary(2500, 3200)
                .people(team.manager(), team.secondRecruiter()).status(VacancyStatus.OPEN, 8).create();
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
        return v;
    }

    private Vacancy chatAgent(DemoUsers.Team team, LocalDate today) {
        Vacancy v = vacancy("Chat-agent e-commerce", "Webshop Service")
                .at("Eindhoven", Country.NL, WorkModel.REMOTE).contract(ContractType.FIXED_TERM, 24, 32).salary(2450, 2800)
                .people(team.secondManager(), team.recruiter()).status(VacancyStatus.OPEN, 5).create();
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
        return v;
    }

    private Vacancy logistics(DemoUsers.Team team, LocalDate today) {
        Vacancy v = vacancy("Customer service medewerker logistiek", "Customer Service Transport")
                .at("Tilburg", Country.NL, WorkModel.ON_SITE).contract(ContractType.PERMANENT, 38, 40).salary(2800, 3400)
                .people(team.manager(), team.recruiter()).status(VacancyStatus.OPEN, 20).create();
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
        return v;
    }

    private void teamLeader(DemoUsers.Team team) {
        Vacancy v = vacancy("Teamleider klantenservice", "Klantenservice Consumenten")
                .at("Amersfoort", Country.NL, WorkModel.HYBRID).contract(ContractType.PERMANENT, 36, 40).salary(3600, 4500)
                .people(team.secondManager(), team.secondRecruiter()).status(VacancyStatus.DRAFT, 2).create();
        v.requireLanguage(Language.NL, LanguageLevel.C2);
        v.intro = "Je geeft leiding aan een team van vijftien klantenservicemedewerkers en coacht op kwaliteit, niet alleen op snelheid.";
        v.tasks = lines("Dagelijks de briefing geven en de bezetting bewaken", "Medewerkers coachen met meeluisteren en feedback",
                "Sturen op eerste-contactoplossing, klanttevredenheid en afhandeltijd", "Verzuim en werkdruk bespreekbaar maken");
        v.mustHaves = lines("Minimaal twee jaar leidinggevende ervaring in een contactcenter", "Je coacht op gedrag en maakt afspraken concreet");
    }

    private void backOffice(DemoUsers.Team team) {
        Vacancy v = vacancy("Backoffice medewerker klantenservice", "Backoffice Facturatie")
                .at("Zwolle", Country.NL, WorkModel.HYBRID).contract(ContractType.PERMANENT, 32, 38).salary(2500, 2950)
                .people(team.manager(), team.recruiter()).status(VacancyStatus.ON_HOLD, 30).create();
        v.requireLanguage(Language.NL, LanguageLevel.C1);
        v.intro = "Je lost de complexere cases op die de frontoffice doorzet: creditnota's, betalingsregelingen en correcties.";
        v.tasks = lines("Doorgezette cases uitzoeken en afhandelen", "Creditnota's en betalingsregelingen verwerken", "Klanten schriftelijk informeren over de oplossing");
        v.mustHaves = lines("Nauwkeurig en cijfermatig sterk", "Je schrijft klantvriendelijk en foutloos");
    }

    /** No salary range and no hiring manager: the README's example of a vacancy that cannot be published yet. */
    private void weekendTelecom(DemoUsers.Team team) {
        Vacancy v = vacancy("Klantenservice medewerker telecom (weekend)", "Klantenservice Mobiel")
                .at("Rotterdam", Country.NL, WorkModel.ON_SITE).contract(ContractType.AGENCY, 16, 24)
                .people(null, team.secondRecruiter()).status(VacancyStatus.DRAFT, 1).create();
        v.weekendWork = true;
        v.requireLanguage(Language.NL, LanguageLevel.B2);
        v.intro = "Via ons vaste uitzendbureau help je in het weekend klanten met hun mobiele abonnement.";
        v.tasks = lines("Vragen over abonnementen en facturen beantwoorden", "Storingen registreren en doorzetten");
    }

    private void qualityCoach(DemoUsers.Team team, LocalDate today) {
        Vacancy v = vacancy("Kwaliteitscoach klantcontact", "Kwaliteit & Training")
                .at("Gent", Country.BE, WorkModel.HYBRID).contract(ContractType.PERMANENT, 38, 38).salary(3300, 3900)
                .people(team.secondManager(), team.secondRecruiter()).status(VacancyStatus.CLOSED, 60).create();
        v.requireLanguage(Language.NL, LanguageLevel.C2);
        v.requireLanguage(Language.FR, LanguageLevel.B2);
        v.intro = "Je luistert gesprekken mee, beoordeelt ze met een vaste scorecard en coacht agents op toon, structuur en afronding.";
        v.tasks = lines("Gesprekken en chats beoordelen met de kwaliteitsscorecard", "Feedbacksessies en trainingen geven");
        v.mustHaves = lines("Ervaring als senior agent of coach", "Je geeft feedback die mensen verder helpt");
        v.closingDate = today.minusWeeks(2);
    }

    private NewVacancy vacancy(String title, String team) {
        return new NewVacancy(title, team);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    /** The fields every demo vacancy has; {@link #create()} stores it with its stages, the ad text is filled in after. */
    private final class NewVacancy {

        private final Vacancy vacancy = new Vacancy();
        private int daysAgo;

        NewVacancy(String title, String team) {
            vacancy.title = title;
            vacancy.team = team;
            vacancy.openings = 1;
        }

        NewVacancy at(String city, Country country, WorkModel workModel) {
            vacancy.city = city;
            vacancy.country = country;
            vacancy.workModel = workModel;
            return this;
        }

        NewVacancy contract(ContractType contractType, int hoursMin, int hoursMax) {
            vacancy.contractType = contractType;
            vacancy.hoursMin = hoursMin;
            vacancy.hoursMax = hoursMax;
            return this;
        }

        NewVacancy salary(int min, int max) {
            vacancy.salaryMin = min;
            vacancy.salaryMax = max;
            return this;
        }

        NewVacancy people(AppUser hiringManager, AppUser recruiter) {
            vacancy.hiringManager = hiringManager;
            vacancy.recruiter = recruiter;
            return this;
        }

        /** The status the vacancy reached {@code daysAgo} days ago, three days after it was created. */
        NewVacancy status(VacancyStatus status, int daysAgo) {
            vacancy.status = status;
            this.daysAgo = daysAgo;
            return this;
        }

        Vacancy create() {
            vacancy.slug = Vacancy.uniqueSlug(vacancy.title + " " + vacancy.city, null);
            vacancy.createdAt = Instant.now(clock).minus(Duration.ofDays(daysAgo + 3L));
            vacancy.updatedAt = Instant.now(clock).minus(Duration.ofDays(daysAgo));
            if (vacancy.status != VacancyStatus.DRAFT) {
                vacancy.publishedAt = vacancy.updatedAt;
            }
            if (vacancy.status == VacancyStatus.CLOSED) {
                vacancy.closedAt = vacancy.updatedAt;
            }
            vacancy.persist();
            vacancyCreated.fire(new VacancyCreated(vacancy.id));
            return vacancy;
        }
    }
}
