-- Interviewer calibration reads one row per judgement: an interviewer's rating of one competency on one application
-- (the mean where they held two interviews), with what calibration needs already worked out against the colleagues on
-- the same application. Written when a scorecard is submitted or amended, so the page adds up one narrow table instead
-- of comparing every rating of the period with its colleagues' on each request. Anonymous facts: they stay after the
-- purge, like the application row they belong to.
create table calibration_fact (
    application_id bigint not null,
    interviewer_id bigint not null,
    competency varchar(200) not null,
    vacancy_id bigint not null,
    -- The application's last scorecard submission: all of an application's facts fall in the same period and quarter.
    rated_at timestamp(6) with time zone not null,
    -- Year * 10 + quarter, in Dutch/Belgian time (20264 is October to December 2026).
    rated_quarter integer not null,
    rating double precision not null,
    -- The other interviewers who rated this competency on this application; the columns below are null without any.
    colleagues integer not null,
    -- This rating minus the colleagues' mean.
    difference double precision,
    -- This judgement's part of its unit's observed disagreement (Krippendorff's alpha): Σ(vi − vj)² / ((m − 1) m).
    disagreement double precision,
    -- 1 / the compared judgements on the application, and 1 / this interviewer's compared judgements on it: summed,
    -- they count applications and (interviewer, application) pairs.
    share_of_application double precision,
    share_of_interview double precision,
    constraint pk_calibration_fact primary key (application_id, interviewer_id, competency),
    constraint fk_calibration_fact_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_calibration_fact_interviewer foreign key (interviewer_id) references app_user (id),
    constraint fk_calibration_fact_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade
);
create index ix_calibration_fact_interviewer on calibration_fact (interviewer_id);
create index ix_calibration_fact_vacancy on calibration_fact (vacancy_id);
create index ix_calibration_fact_rated_at on calibration_fact (rated_at);

-- The facts of every submitted scorecard so far.
insert into calibration_fact (application_id, interviewer_id, competency, vacancy_id, rated_at, rated_quarter, rating, colleagues,
    difference, disagreement, share_of_application, share_of_interview)
select application_id, interviewer_id, competency, vacancy_id, rated_at,
    cast(extract(year from rated_at at time zone 'Europe/Amsterdam') as integer) * 10
        + cast(extract(quarter from rated_at at time zone 'Europe/Amsterdam') as integer),
    rating, m - 1,
    case when m > 1 then rating - (sx - rating) / (m - 1) end,
    case when m > 1 then 2 * (m * sxx - sx * sx) / ((m - 1) * m) end,
    case when m > 1 then 1.0 / sum(case when m > 1 then 1 else 0 end) over (partition by application_id) end,
    case when m > 1 then 1.0 / sum(case when m > 1 then 1 else 0 end) over (partition by application_id, interviewer_id) end
from (
    select j.*, max(j.submitted_at) over (partition by j.application_id) as rated_at,
        count(*) over (partition by j.application_id, j.competency) as m,
        sum(j.rating) over (partition by j.application_id, j.competency) as sx,
        sum(j.rating * j.rating) over (partition by j.application_id, j.competency) as sxx
    from (
        select s.application_id, s.interviewer_id, c.name_nl as competency, a.vacancy_id,
            avg(cast(r.rating as double precision)) as rating, max(s.submitted_at) as submitted_at
        from scorecard_rating r
        join scorecard s on s.id = r.scorecard_id
        join competency c on c.id = r.competency_id
        join application a on a.id = s.application_id
        where r.question_id is null and s.status = 'SUBMITTED'
        group by s.application_id, s.interviewer_id, c.name_nl, a.vacancy_id
    ) j
) u;
