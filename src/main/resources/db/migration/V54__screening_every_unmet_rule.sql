-- Every knock-out rule an application's answers failed, in the rules' order: the first is application.knockout_rule_id,
-- the rule that decided. The candidate is told all of them. Rule ids name nobody: the rows stay after the purge with the
-- application.
create table application_unmet_rule (
    application_id bigint not null,
    position integer not null,
    rule_id bigint not null,
    constraint pk_application_unmet_rule primary key (application_id, position),
    constraint fk_application_unmet_rule_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_application_unmet_rule_rule foreign key (rule_id) references knockout_rule (id)
);

create index ix_application_unmet_rule_rule on application_unmet_rule (rule_id);

-- Knock-outs recorded before this table: the deciding rule is the one known.
insert into application_unmet_rule (application_id, position, rule_id)
select id, 0, knockout_rule_id from application where knockout_rule_id is not null;
