package nl.werving.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateContacts;
import nl.werving.candidate.CandidateTag;
import nl.werving.candidate.Tag;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Filters;
import nl.werving.web.Formats;
import nl.werving.web.Page;

/**
 * The anonymous facts of one application: which vacancy, which stage, where the candidate came from,
 * when it started and ended. The link to the person ({@link #candidate}) is cut when the candidate is
 * purged; the rest stays for reports.
 */
@Entity
public class Application extends PanacheEntity {

    private static final String BOARD_CARDS = """
            select new nl.werving.pipeline.BoardCard(a.id, c.id, a.stage.id, a.source, a.appliedAt, a.stageEnteredAt, a.version)
            from Application a join a.candidate c""";

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public Stage stage;

    /** The furthest stage this application ever reached, for the funnel: a move back does not take it back. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Stage furthestStage;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    public SourceChannel source;

    /** The raw {@code ?src=} of the link the candidate came through, e.g. a campaign name. */
    public String sourceTag;

    public Instant appliedAt;

    public Instant stageEnteredAt;

    /** When the procedure ended for this application; the retention period starts here. */
    public Instant endedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    public RejectionReason rejectionReason;

    /** The outbox mail of the rejection, so the rejection can be undone while the mail has not left. */
    public Long rejectionMailId;

    /** The knock-out rule, and the version of the vacancy's rules, that ended this application; an anonymous fact. */
    public Long knockoutRuleId;
    public Integer knockoutRuleVersion;

    /** Every rule of that version the answers failed, in the rules' order: the deciding one first. */
    @ElementCollection
    @CollectionTable(name = "application_unmet_rule", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "rule_id")
    public List<Long> unmetRuleIds = new ArrayList<>();

    /** When the candidate asked for a person to review the knock-out (GDPR art. 22). */
    public Instant reviewRequestedAt;

    @Version
    public long version;

    /** Enters a stage: the current one, and the furthest one if it lies further on. */
    public void enter(Stage target, java.time.Instant at) {
        stage = target;
        stageEnteredAt = at;
        if (furthestStage == null || target.sortOrder > furthestStage.sortOrder) {
            furthestStage = target;
        }
    }

    public static boolean exists(long vacancyId, long candidateId) {
        return count("vacancy.id = ?1 and candidate.id = ?2", vacancyId, candidateId) > 0;
    }

    /** Ended applications of a vacancy per outcome. */
    public static Map<ApplicationStatus, Long> countOutcomes(long vacancyId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        getEntityManager().createQuery("select a.status, count(a) from Application a where a.vacancy.id = :vacancy group by a.status",
                Object[].class).setParameter("vacancy", vacancyId).getResultList()
                .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** A vacancy's applications that ended with this outcome, newest first; purged ones show without a name. */
    public static List<EndedApplication> listEnded(long vacancyId, ApplicationStatus outcome) {
        List<EndedApplication> ended = getEntityManager().createQuery("""
                select new nl.werving.pipeline.EndedApplication(a.id, c, s.name, a.status, r.label, a.appliedAt,
                    a.endedAt)
                from Application a join a.stage s left join a.candidate c left join a.rejectionReason r
                where a.vacancy.id = :vacancy and a.status = :outcome
                order by a.endedAt desc, a.id desc
                """, EndedApplication.class).setParameter("vacancy", vacancyId).setParameter("outcome", outcome).getResultList();
        Candidate.openAll(ended.stream().map(EndedApplication::candidate).filter(Objects::nonNull).toList());
        return ended;
    }

    /** A candidate's applications as their status page shows them, newest first, each titled in {@code language} where it can be. */
    public static List<CandidateApplication> listForCandidate(long candidateId, Language language) {
        return getEntityManager().createQuery("""
                select new nl.werving.pipeline.CandidateApplication(a.id, coalesce(t.title, v.title), v.slug, a.appliedAt, a.status,
                    s.phase, a.endedAt)
                from Application a join a.vacancy v join a.stage s left join v.texts t on t.language = :language
                where a.candidate.id = :candidate
                order by a.appliedAt desc, a.id desc
                """, CandidateApplication.class).setParameter("candidate", candidateId).setParameter("language", language)
                .getResultList();
    }

    /**
     * A vacancy's active applications as board cards without names, longest waiting first, narrowed by the board's
     * filters; one query.
     */
    public static List<BoardCard> listBoardCards(long vacancyId, BoardFilter filter) {
        Filters filters = new Filters()
                .require("a.vacancy.id = :vacancy", "vacancy", vacancyId)
                .require("a.status = :active", "active", ApplicationStatus.ACTIVE)
                .optional("a.source = :source", "source", filter.source);
        Candidate.wordSearch(filter.q, "c").ifPresent(words -> filters.always(words.condition()));
        return filters.bind(getEntityManager().createQuery(BOARD_CARDS + filters.where() + " order by a.stageEnteredAt, a.id",
                BoardCard.class)).getResultList();
    }

    /** One application's board card, without the name; empty once it has ended or its candidate was purged. */
    public static Optional<BoardCard> findBoardCard(long applicationId) {
        return getEntityManager().createQuery(BOARD_CARDS + " where a.id = :id and a.status = :active", BoardCard.class)
                .setParameter("id", applicationId).setParameter("active", ApplicationStatus.ACTIVE).getResultStream().findFirst();
    }

    /** Active applications in each of these stages of a vacancy, as the board's column counts; 0 for an empty one. */
    public static Map<Long, Long> countActiveByStage(long vacancyId, Collection<Long> stageIds) {
        Map<Long, Long> counts = new HashMap<>();
        stageIds.forEach(stageId -> counts.put(stageId, 0L));
        if (!stageIds.isEmpty()) {
            getEntityManager().createQuery("""
                    select a.stage.id, count(a) from Application a
                    where a.vacancy.id = :vacancy and a.status = :active and a.stage.id in :stages
                    group by a.stage.id""", Object[].class)
                    .setParameter("vacancy", vacancyId).setParameter("active", ApplicationStatus.ACTIVE).setParameter("stages", stageIds)
                    .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** The chosen applications of one vacancy, in one query; ids of other vacancies are left out. */
    public static List<Application> listOfVacancy(long vacancyId, Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? List.of() : list("vacancy.id = ?1 and id in ?2", vacancyId, applicationIds);
    }

    /** A vacancy's applications for the API, oldest first, of one stage and/or status when given. */
    public static List<Application> listOfVacancy(long vacancyId, Long stageId, ApplicationStatus status) {
        Filters filters = new Filters()
                .require("vacancy.id = :vacancy", "vacancy", vacancyId)
                .optional("stage.id = :stage", "stage", stageId)
                .optional("status = :status", "status", status);
        return list("from Application" + filters.where() + " order by appliedAt, id", filters.parameters());
    }

    /** The chosen active applications of one vacancy with name and stage, for a bulk action's confirmation; one query. */
    public static List<BulkSelection> listSelection(long vacancyId, Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        List<BulkSelection> selection = getEntityManager().createQuery("""
                select new nl.werving.pipeline.BulkSelection(a.id, c, s.name, s.sortOrder, s.phase)
                from Application a join a.candidate c join a.stage s
                where a.vacancy.id = :vacancy and a.id in :ids and a.status = :active
                """, BulkSelection.class)
                .setParameter("vacancy", vacancyId).setParameter("ids", applicationIds)
                .setParameter("active", ApplicationStatus.ACTIVE).getResultList();
        Candidate.openAll(selection.stream().map(BulkSelection::candidate).toList());
        // Furthest stage first, then by name: sorted here, as the database cannot sort sealed names.
        return selection.stream().sorted(Comparator.comparingInt(BulkSelection::stageOrder).reversed()
                .thenComparing(BulkSelection::candidateName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * For each of these applications, the active applications just before and after it in its stage, in the board's
     * order (longest waiting first), whose candidate is still there. One query for a whole profile: the window functions
     * look only at the stages these applications are in.
     */
    public static Map<Long, StageNeighbours> neighboursInStage(Collection<Application> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select x.id, x.previous_id, x.next_id from (
                    select a.id,
                        lag(a.candidate_id) over (partition by a.stage_id order by a.stage_entered_at, a.id) as previous_id,
                        lead(a.candidate_id) over (partition by a.stage_id order by a.stage_entered_at, a.id) as next_id
                    from application a
                    where a.stage_id in (:stages) and a.status = :active and a.candidate_id is not null) x
                where x.id in (:ids)""")
                .setParameter("stages", applications.stream().map(a -> a.stage.id).distinct().toList())
                .setParameter("active", ApplicationStatus.ACTIVE.name())
                .setParameter("ids", applications.stream().map(a -> a.id).toList()).getResultList();
        Map<Long, String> names = Candidate.namesOf(rows.stream().flatMap(row -> Stream.of(row[1], row[2])).filter(Objects::nonNull)
                .map(id -> ((Number) id).longValue()).toList());
        Map<Long, StageNeighbours> neighbours = new HashMap<>();
        for (Object[] row : rows) {
            neighbours.put(((Number) row[0]).longValue(), new StageNeighbours(neighbour(row[1], names), neighbour(row[2], names)));
        }
        return neighbours;
    }

    private static StageNeighbour neighbour(Object candidateId, Map<Long, String> names) {
        return candidateId == null ? null : new StageNeighbour(((Number) candidateId).longValue(), names.get(((Number) candidateId).longValue()));
    }

    /** These applications with their stages, by id. */
    public static Map<Long, Application> findWithStages(Collection<Long> applicationIds) {
        return Application.<Application> find("select a from Application a join fetch a.stage where a.id in ?1", applicationIds)
                .stream().collect(Collectors.toMap(a -> a.id, a -> a));
    }

    /** An application with its vacancy, stage and candidate (null once purged), for a page about it. */
    public static Optional<Application> findWithCandidate(long applicationId) {
        return find("""
                select a from Application a join fetch a.vacancy join fetch a.stage left join fetch a.candidate where a.id = ?1""",
                applicationId).firstResultOptional();
    }

    /** Some application, running or ended, is in this stage. */
    public static boolean anyInStage(long stageId) {
        return count("stage.id", stageId) > 0;
    }

    /** How often each rejection reason was given. */
    public static Map<Long, Long> countByRejectionReason() {
        Map<Long, Long> uses = new HashMap<>();
        getEntityManager().createQuery("""
                select a.rejectionReason.id, count(a) from Application a where a.rejectionReason is not null
                group by a.rejectionReason.id""", Object[].class)
                .getResultList().forEach(row -> uses.put((Long) row[0], (Long) row[1]));
        return uses;
    }

    /** A candidate's applications as the back-office profile shows them, newest first. */
    public static List<ProfileApplication> listForProfile(long candidateId) {
        return getEntityManager().createQuery("""
                select new nl.werving.pipeline.ProfileApplication(a.id, v.id, v.title, s.name, a.status, a.source, a.appliedAt,
                    a.endedAt, a.version, hm.id)
                from Application a join a.vacancy v join a.stage s left join v.hiringManager hm
                where a.candidate.id = :candidate order by a.appliedAt desc
                """, ProfileApplication.class).setParameter("candidate", candidateId).getResultList();
    }

    /** How many vacancies both candidates applied to. */
    public static long countSharedVacancies(long candidateId, long otherId) {
        return count("candidate.id = ?1 and vacancy.id in (select o.vacancy.id from Application o where o.candidate.id = ?2)",
                candidateId, otherId);
    }

    /**
     * Other candidates who are likely the same person as this one: the same mailbox, the same phone number, or the same
     * name with the same e-mail user name at another provider. Each test is one keyed hash through its own index.
     * {@code hiringManagerId}, when given, keeps to candidates who applied to that manager's vacancies.
     */
    public static List<LikelyDuplicate> listLikelyDuplicates(Candidate candidate, Long hiringManagerId, int max) {
        Filters filters = new Filters()
                .optional("exists (select 1 from Application a join a.vacancy v where a.candidate = c and v.hiringManager.id = :hm)",
                        "hm", hiringManagerId);
        TypedQuery<Candidate> query = getEntityManager().createQuery("""
                select c from Candidate c
                where c.id <> :id and (c.mailboxKey = :mailbox or c.phoneKey = :phone or c.nameUserKey = :nameUser)
                """ + filters.where().replaceFirst(" where ", " and ") + " order by c.id", Candidate.class)
                .setParameter("id", candidate.id).setParameter("mailbox", missingAsDash(candidate.mailboxKey))
                .setParameter("phone", missingAsDash(candidate.phoneKey)).setParameter("nameUser", missingAsDash(candidate.nameUserKey));
        List<Candidate> others = filters.bind(query).setMaxResults(max).getResultList();
        Candidate.openAll(others);
        return others.stream().map(other -> LikelyDuplicate.of(other, candidate)).toList();
    }

    /** A key that matches nothing stands in for a missing one: no candidate's key is {@code -}. */
    private static String missingAsDash(String key) {
        return key == null ? "-" : key;
    }

    /** Every application of the candidate, ended ones too. */
    public static List<Application> listAllOfCandidate(long candidateId) {
        return list("""
                from Application a join fetch a.vacancy join fetch a.stage left join fetch a.rejectionReason
                where a.candidate.id = ?1 order by a.appliedAt, a.id""", candidateId);
    }

    /** The candidate's running applications. */
    public static List<Application> listActiveOfCandidate(long candidateId) {
        return list("candidate.id = ?1 and status = ?2", candidateId, ApplicationStatus.ACTIVE);
    }

    /** Hits per page of the candidate search. */
    public static final int SEARCH_PAGE_SIZE = 25;

    /** Sorted by name, the search sorts this many of the newest hits (names are sealed: the database cannot sort them). */
    static final int NAME_ORDER_MAX = 2000;

    /** Up to this many candidates a search text is given to the database as ids. */
    static final int SEARCH_IDS_MAX = 5000;

    /**
     * One page of the candidate search: the applications matching it whose candidate is still known, as rows that
     * cannot lazy-load, in two queries whatever the page.
     */
    public static Page<CandidateHit> search(CandidateSearch search) {
        // Every condition on a's own columns or a subquery, so the count needs no join and a text finds its candidates
        // through the trigram index over the candidate table's search tokens first (see V41).
        Filters filters = new Filters()
                .always("a.candidate.id is not null")
                .optional("a.vacancy.hiringManager.id = :manager", "manager", search.hiringManagerId())
                .optional("a.status = :status", "status", search.status())
                .optional("a.source = :source", "source", search.source())
                .optional("a.appliedAt >= :from", "from", startOf(search.appliedFrom()))
                .optional("a.appliedAt < :to", "to", startOf(search.appliedTo() == null ? null : search.appliedTo().plusDays(1)));
        for (int i = 0; i < search.tags().size(); i++) {
            // Each tag by its own (tag, candidate) or (text, candidate) index: the candidates carrying it, as a semi-join.
            String key = Tag.keyOf(search.tags().get(i));
            Optional<Tag> listed = Tag.findByKey(key);
            if (listed.isPresent()) {
                filters.require("a.candidate.id in (select l.candidate.id from CandidateTag l where l.tag.id = :tag" + i + ")",
                        "tag" + i, listed.get().id);
            } else {
                filters.require("a.candidate.id in (select l.candidate.id from CandidateTag l where l.labelKey in :tag" + i + ")",
                        "tag" + i, CandidateTag.labelKeysOf(search.tags().get(i)));
            }
        }
        if (search.isPhoneNumber()) {
            filters.require("a.candidate.id in (select p.id from Candidate p where p.phoneKey = :phone)", "phone",
                    Objects.requireNonNullElse(Candidate.phoneKey(search.text()), "-"));
        } else if (search.text() != null && !search.text().isBlank()) {
            // A rare text is looked up first and given as ids, so the planner knows how few they are; a common one stays a
            // subquery, and the newest applications are walked until a page is full.
            List<Long> people = Candidate.idsMatching(search.text(), SEARCH_IDS_MAX + 1);
            List<Long> vacancies = Vacancy.idsWithTitleContaining(search.text());
            if (people.isEmpty() && vacancies.isEmpty()) {
                return new Page<>(List.of(), 1, SEARCH_PAGE_SIZE, 0);
            }
            Optional<CandidateContacts.WordSearch> words = Candidate.wordSearch(search.text(), "p");
            String ofPeople = people.size() > SEARCH_IDS_MAX
                    ? "a.candidate.id in (select p.id from Candidate p where " + words.orElseThrow().condition() + ")"
                    : people.isEmpty() ? "1 = 0" : "a.candidate.id in (" + joined(people) + ")";
            String condition = vacancies.isEmpty() ? ofPeople : "(" + ofPeople + " or a.vacancy.id in (" + joined(vacancies) + "))";
            filters.always(condition);
        }
        SearchOrder order = search.order() == null ? SearchOrder.NEWEST : search.order();
        TypedQuery<CandidateHit> rows = filters.bind(getEntityManager().createQuery("""
                select new nl.werving.pipeline.CandidateHit(a.id, c, v.id, v.title, s.name, a.status, a.source, a.appliedAt)
                from Application a join a.candidate c join a.vacancy v join a.stage s""" + filters.where() + " order by "
                + order.clause, CandidateHit.class));
        TypedQuery<Long> count = filters.bind(getEntityManager().createQuery("select count(a) from Application a" + filters.where(),
                Long.class));
        long total = count.getSingleResult();
        int pageIndex = Page.clamp(search.page(), total, SEARCH_PAGE_SIZE) - 1;
        List<CandidateHit> hits;
        if (order == SearchOrder.NAME) {
            List<CandidateHit> newest = rows.setMaxResults(NAME_ORDER_MAX).getResultList();
            Candidate.openAll(newest.stream().map(CandidateHit::candidate).toList());
            hits = newest.stream().sorted(Comparator.comparing(CandidateHit::fullName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(CandidateHit::applicationId)).skip((long) pageIndex * SEARCH_PAGE_SIZE).limit(SEARCH_PAGE_SIZE).toList();
        } else {
            hits = rows.setFirstResult(pageIndex * SEARCH_PAGE_SIZE).setMaxResults(SEARCH_PAGE_SIZE).getResultList();
            Candidate.openAll(hits.stream().map(CandidateHit::candidate).toList());
        }
        return new Page<>(hits, pageIndex + 1, SEARCH_PAGE_SIZE, total);
    }

    /** Of these candidates, those with an application in the manager's vacancies ({@code null}: in any vacancy). */
    public static List<Long> candidatesVisibleTo(Collection<Long> candidateIds, Long managerId) {
        return candidateIds.isEmpty() ? List.of() : candidatesWhere("a.candidate.id in :ids", candidateIds, managerId);
    }

    /** The candidates of these applications, of those in the manager's vacancies ({@code null}: in any vacancy). */
    public static List<Long> candidatesOfApplications(Collection<Long> applicationIds, Long managerId) {
        return applicationIds.isEmpty() ? List.of() : candidatesWhere("a.id in :ids", applicationIds, managerId);
    }

    private static List<Long> candidatesWhere(String condition, Collection<Long> ids, Long managerId) {
        Filters filters = new Filters().require(condition, "ids", ids).always("a.candidate.id is not null")
                .optional("a.vacancy.hiringManager.id = :manager", "manager", managerId);
        return filters.bind(getEntityManager().createQuery("select distinct a.candidate.id from Application a" + filters.where(),
                Long.class)).getResultList();
    }

    /** Ids written into the query: numbers only, and at most {@value #SEARCH_IDS_MAX}. */
    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.ZONE).toInstant();
    }
}
