-- Each firing of a scheduled job, claimed by the instance that runs it (scheduling/OncePerFiring). Quarkus reschedules
-- every stored trigger when an instance starts; a firing that another instance was taking at that moment is then due
-- once more, and without this row it would run twice. Rows older than a day are deleted as new ones come.
create table scheduled_firing (
    job varchar(200) not null,
    -- The due time as Quartz stores it (milliseconds since 1970, UTC): the same number on every instance, whatever the
    -- time zone of its JVM or a clock change.
    fired_for bigint not null,
    primary key (job, fired_for)
);
